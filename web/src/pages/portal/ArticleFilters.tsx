import { Input, Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import { ARTICLE_KINDS, ARTICLE_STATES, type ArticleFilters as Filters } from './list-params.ts';
import type { Column } from './types.ts';

interface Props {
  columns: Column[];
  filters: Filters;
  onChange: (next: Filters) => void;
}

/** Column, state, kind and text; any change goes back to the first page. */
export function ArticleFilters({ columns, filters, onChange }: Props) {
  const t = useT();
  const [text, setText] = useState(filters.q);
  const set = (patch: Partial<Filters>) => {
    const next: Filters = { ...filters, ...patch, page: 1 };
    for (const key of ['columnId', 'state', 'kind'] as const) if (next[key] === undefined) delete next[key];
    onChange(next);
  };
  return (
    <div className="zf-portal-filters">
      <Select
        className="zf-portal-filter-column"
        aria-label={t('portal.col.column')}
        allowClear
        placeholder={t('portal.articles.allColumns')}
        value={filters.columnId}
        options={columns.map((c) => ({ value: c.id, label: c.name }))}
        onChange={(columnId?: number) => set({ columnId })}
      />
      <Select
        className="zf-portal-filter-state"
        aria-label={t('portal.col.state')}
        allowClear
        placeholder={t('portal.articles.allStates')}
        value={filters.state}
        options={ARTICLE_STATES.map((s) => ({ value: s, label: t(`portal.state.${s}`) }))}
        onChange={(state?: Filters['state']) => set({ state })}
      />
      <Select
        className="zf-portal-filter-kind"
        aria-label={t('portal.col.kind')}
        allowClear
        placeholder={t('portal.articles.allKinds')}
        value={filters.kind}
        options={ARTICLE_KINDS.map((k) => ({ value: k, label: t(`portal.articleKind.${k}`) }))}
        onChange={(kind?: Filters['kind']) => set({ kind })}
      />
      <Input.Search
        className="zf-portal-filter-text"
        aria-label={t('portal.articles.search')}
        placeholder={t('portal.articles.search')}
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(q) => set({ q })}
      />
    </div>
  );
}
