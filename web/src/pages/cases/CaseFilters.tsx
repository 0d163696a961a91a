import { Button, Checkbox, Select } from 'antd';
import { useT } from '../../i18n/useT.ts';
import type { CaseType, CaseTypeDef } from './api.ts';
import { stagesOf, type CaseState, type InboxFilters } from './inbox.ts';
import { useCaseWords } from './labels.ts';

const STATES: readonly CaseState[] = ['open', 'closed', 'all'];

/** Type, stage (of the chosen type), state and overdue; each change starts again from the first page. */
export function CaseFilters({
  defs,
  filters,
  onChange,
}: {
  defs: readonly CaseTypeDef[];
  filters: InboxFilters;
  onChange: (next: InboxFilters) => void;
}) {
  const t = useT();
  const words = useCaseWords();
  const set = (patch: Partial<InboxFilters>) => onChange({ ...filters, ...patch, after: undefined });
  const anySet = filters.type || filters.stage || filters.overdue || filters.state !== 'open';
  return (
    <div className="zf-filters">
      <Select<CaseType>
        className="zf-filter"
        allowClear
        aria-label={t('cases.filter.type')}
        placeholder={t('cases.filter.type')}
        value={filters.type ?? null}
        options={defs.map((d) => ({ value: d.type, label: words.type(d.type) }))}
        onChange={(type) => {
          const stages = stagesOf(defs, type ?? undefined);
          set({
            type: type ?? undefined,
            stage: filters.stage && stages.includes(filters.stage) ? filters.stage : undefined,
          });
        }}
        popupMatchSelectWidth={false}
      />
      <Select<string>
        className="zf-filter"
        allowClear
        aria-label={t('cases.filter.stage')}
        placeholder={t('cases.filter.stage')}
        value={filters.stage ?? null}
        options={stagesOf(defs, filters.type).map((s) => ({ value: s, label: words.stage(s) }))}
        onChange={(stage) => set({ stage: stage ?? undefined })}
        popupMatchSelectWidth={false}
      />
      <Select<CaseState>
        className="zf-filter"
        aria-label={t('cases.filter.state')}
        value={filters.state}
        options={STATES.map((s) => ({ value: s, label: t(`cases.state.${s}`) }))}
        onChange={(state) => set({ state })}
        popupMatchSelectWidth={false}
      />
      <Checkbox checked={filters.overdue} onChange={(e) => set({ overdue: e.target.checked })}>
        {t('cases.filter.overdue')}
      </Checkbox>
      {anySet && (
        <Button
          type="link"
          onClick={() =>
            onChange({ type: undefined, stage: undefined, overdue: false, state: 'open', after: undefined })
          }
        >
          {t('cases.filter.clear')}
        </Button>
      )}
    </div>
  );
}
