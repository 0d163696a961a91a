import { Button, Checkbox, Select } from 'antd';
import { useCodeOptions } from '../../components/codes.ts';
import { useT } from '../../i18n/useT.ts';
import type { ProblemState } from './api.ts';
import { isCategory, PROBLEM_STATES, type ProblemFilters as Filters } from './model.ts';
import { useProblemWords } from './labels.ts';

/** State, category and overdue; each change starts again from the first page. */
export function ProblemFilters({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (next: Filters) => void;
}) {
  const t = useT();
  const words = useProblemWords();
  const categories = useCodeOptions('problem_category');
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch, page: 1 });
  const anySet = filters.state || filters.category || filters.overdue;
  return (
    <div className="zf-filters">
      <Select<ProblemState>
        className="zf-filter"
        allowClear
        aria-label={t('problems.filter.state')}
        placeholder={t('problems.filter.state')}
        value={filters.state ?? null}
        options={PROBLEM_STATES.map((s) => ({ value: s, label: words.state(s) }))}
        onChange={(state) => set({ state: state ?? undefined })}
        popupMatchSelectWidth={false}
      />
      <Select<string>
        className="zf-filter"
        allowClear
        aria-label={t('problems.filter.category')}
        placeholder={t('problems.filter.category')}
        value={filters.category ?? null}
        options={categories}
        onChange={(category) => set({ category: isCategory(category) ? category : undefined })}
        popupMatchSelectWidth={false}
      />
      <Checkbox checked={filters.overdue} onChange={(e) => set({ overdue: e.target.checked })}>
        {t('problems.filter.overdue')}
      </Checkbox>
      {anySet && (
        <Button
          type="link"
          onClick={() =>
            onChange({
              ...filters,
              state: undefined,
              category: undefined,
              overdue: false,
              page: 1,
            })
          }
        >
          {t('problems.filter.clear')}
        </Button>
      )}
    </div>
  );
}
