import { Card, Empty, List, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useT } from '../../i18n/useT.ts';
import { shortRegionName } from '../../region/code.ts';
import type { ProblemSummary } from './api.ts';
import { useProblemWords } from './labels.ts';
import { ProblemTags } from './ProblemTags.tsx';

interface Props {
  items: readonly ProblemSummary[];
  loading: boolean;
  hrefOf: (item: ProblemSummary) => string;
  empty: string;
}

const region = (p: ProblemSummary) => (p.regionName ? shortRegionName(p.regionName) : p.regionCode);

/** Problems as a table on a desktop and as cards on a phone, each a link to the problem. */
export function ProblemResults(props: Props) {
  return useIsPhone() ? <ProblemCards {...props} /> : <ProblemTable {...props} />;
}

function ProblemTable({ items, loading, hrefOf, empty }: Props) {
  const t = useT();
  const words = useProblemWords();
  const columns: TableColumnsType<ProblemSummary> = [
    {
      title: t('problems.col.problem'),
      key: 'problem',
      render: (_, p) => (
        <Link to={hrefOf(p)} className="zf-problem-link">
          {words.category(p.category)} · {p.description}
        </Link>
      ),
    },
    {
      title: t('problems.col.household'),
      key: 'household',
      width: 110,
      render: (_, p) => p.headName ?? p.householdNo ?? t('problems.village'),
    },
    { title: t('problems.col.region'), key: 'region', width: 120, render: (_, p) => region(p) },
    {
      title: t('problems.col.source'),
      key: 'source',
      width: 100,
      render: (_, p) => words.source(p.source),
    },
    { title: t('problems.col.owner'), key: 'owner', width: 110, render: (_, p) => p.owner?.name ?? '—' },
    { title: t('problems.col.due'), dataIndex: 'due', key: 'due', width: 110 },
    {
      title: t('problems.col.state'),
      key: 'state',
      width: 190,
      render: (_, p) => <ProblemTags item={p} />,
    },
  ];
  return (
    <Table<ProblemSummary>
      className="zf-problem-table"
      rowKey="id"
      size="small"
      loading={loading}
      pagination={false}
      dataSource={items}
      columns={columns}
      locale={{ emptyText: <Empty description={empty} /> }}
    />
  );
}

function ProblemCards({ items, loading, hrefOf, empty }: Props) {
  const t = useT();
  const words = useProblemWords();
  return (
    <List
      className="zf-problem-cards"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: <Empty description={empty} /> }}
      renderItem={(p) => (
        <Card size="small" className="zf-problem-card">
          <Link to={hrefOf(p)} className="zf-problem-link">
            {words.category(p.category)} · {p.headName ?? p.householdNo ?? t('problems.village')}
          </Link>
          <div className="zf-problem-desc">{p.description}</div>
          <div>
            <ProblemTags item={p} />
          </div>
          <div className="zf-muted">
            {region(p)} · {t('casework.problems.due', { date: p.due })}
            {p.owner ? ` · ${p.owner.name}` : ''}
          </div>
        </Card>
      )}
    />
  );
}
