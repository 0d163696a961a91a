import { Button, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { CodeList } from '../../api/types.ts';
import { useCodeOptions } from '../../components/codes.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import type { ListFilters } from './filters.ts';

type CodeFilter = 'status' | 'cause' | 'type';

const CODE_FILTERS: readonly { key: CodeFilter; list: CodeList; label: MessageKey }[] = [
  { key: 'status', list: 'household_status', label: 'households.filter.status' },
  { key: 'cause', list: 'poverty_cause', label: 'households.filter.cause' },
  { key: 'type', list: 'household_type', label: 'households.filter.type' },
];

function CodeSelect(props: {
  list: CodeList;
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  const options = useCodeOptions(props.list);
  return (
    <Select
      className="zf-filter"
      allowClear
      aria-label={props.label}
      placeholder={props.label}
      value={props.value ?? null}
      options={options}
      onChange={(v: string | null | undefined) => props.onChange(v ?? undefined)}
      popupMatchSelectWidth={false}
    />
  );
}

/** Status, main cause and type from the code tables, and a search by member name or ID number. */
export function HouseholdFilters({
  filters,
  onChange,
}: {
  filters: ListFilters;
  onChange: (next: ListFilters) => void;
}) {
  const t = useT();
  const [text, setText] = useState(filters.q ?? '');
  // The URL is the truth: follow it when it changes from elsewhere (back button, clear).
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  const anySet = Object.values(filters).some((v) => v !== undefined);

  return (
    <div className="zf-filters">
      {CODE_FILTERS.map((f) => (
        <CodeSelect
          key={f.key}
          list={f.list}
          label={t(f.label)}
          value={filters[f.key]}
          onChange={(value) => onChange({ ...filters, [f.key]: value })}
        />
      ))}
      <Input.Search
        className="zf-search"
        allowClear
        value={text}
        maxLength={50}
        placeholder={t('households.search')}
        aria-label={t('households.search')}
        enterButton={t('households.searchButton')}
        onChange={(e) => setText(e.target.value)}
        onSearch={(value) => onChange({ ...filters, q: value.trim() || undefined })}
      />
      {anySet && (
        <Button
          type="link"
          onClick={() => onChange({ status: undefined, cause: undefined, type: undefined, q: undefined })}
        >
          {t('households.clear')}
        </Button>
      )}
    </div>
  );
}
