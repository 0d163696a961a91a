import { Card, Checkbox, Empty, List, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT.ts';
import { shortRegionName } from '../../region/code.ts';
import type { CaseSummary } from './api.ts';
import { CaseTags } from './CaseHeader.tsx';
import { useCaseWords } from './labels.ts';

interface Props {
  items: readonly CaseSummary[];
  loading: boolean;
  hrefOf: (item: CaseSummary) => string;
  /** The ids picked for a bulk step; undefined when the user may not run one. */
  selected?: ReadonlySet<number>;
  onSelected?: (next: ReadonlySet<number>) => void;
}

const region = (c: CaseSummary) => (c.regionName ? shortRegionName(c.regionName) : c.regionCode);

/** Cases as a table on a desktop: type, household, village, year, stage with its tags, since when. */
export function CaseTable({ items, loading, hrefOf, selected, onSelected }: Props) {
  const t = useT();
  const words = useCaseWords();
  const columns: TableColumnsType<CaseSummary> = [
    {
      title: t('cases.col.case'),
      key: 'case',
      render: (_, c) => <Link to={hrefOf(c)}>{`${words.type(c.type)} #${c.id}`}</Link>,
    },
    {
      title: t('cases.col.household'),
      key: 'household',
      render: (_, c) => c.headName ?? c.householdNo ?? '—',
    },
    { title: t('cases.col.region'), key: 'region', render: (_, c) => region(c) },
    { title: t('cases.col.year'), dataIndex: 'year', key: 'year', width: 72 },
    {
      title: t('cases.col.stage'),
      key: 'stage',
      render: (_, c) => (
        <>
          {words.stage(c.stage)} <CaseTags item={c} />
        </>
      ),
    },
    { title: t('cases.col.since'), dataIndex: 'stageSince', key: 'since', width: 112 },
  ];
  return (
    <Table<CaseSummary>
      className="zf-case-table"
      rowKey="id"
      size="small"
      loading={loading}
      pagination={false}
      dataSource={items}
      columns={columns}
      locale={{ emptyText: <Empty description={t('cases.empty')} /> }}
      rowSelection={
        selected && onSelected
          ? {
              selectedRowKeys: [...selected],
              onChange: (keys) => onSelected(new Set(keys.map(Number))),
            }
          : undefined
      }
    />
  );
}

/** Cases as cards on a phone: each a link, with a box to pick it for a bulk step. */
export function CaseCards({ items, loading, hrefOf, selected, onSelected }: Props) {
  const t = useT();
  const words = useCaseWords();
  return (
    <List
      className="zf-case-cards"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: <Empty description={t('cases.empty')} /> }}
      renderItem={(c) => (
        <Card size="small" className="zf-case-card">
          <div className="zf-case-card-head">
            {selected && onSelected && (
              <Checkbox
                checked={selected.has(c.id)}
                aria-label={t('cases.pick', { id: c.id })}
                onChange={(e) => {
                  const next = new Set(selected);
                  if (e.target.checked) next.add(c.id);
                  else next.delete(c.id);
                  onSelected(next);
                }}
              />
            )}
            <Link to={hrefOf(c)} className="zf-case-card-title">
              {words.type(c.type)} · {c.headName ?? c.householdNo ?? region(c)}
            </Link>
          </div>
          <div>
            {words.stage(c.stage)} <CaseTags item={c} />
          </div>
          <div className="zf-muted">
            {region(c)} · {c.year} · {t('cases.sinceDate', { date: c.stageSince })}
          </div>
        </Card>
      )}
    />
  );
}
