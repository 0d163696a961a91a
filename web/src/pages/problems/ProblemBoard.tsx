import { Empty, Table, Typography, type TableColumnsType } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/errors.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useT } from '../../i18n/useT.ts';
import { shortRegionName } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useProblemBoard, type BoardCounts } from './api.ts';
import { boardChart, boardOrder, boardWords, BOARD_STATES, type BoardRow } from './board.ts';

// ECharts comes in the dashboard's own chunk, only when a board has regions to draw.
const Chart = lazy(() => import('../dashboard/Chart.tsx').then((m) => ({ default: m.Chart })));

const KEYS = [...BOARD_STATES, 'overdue'] as const;
type Row = BoardCounts & { code: string; name: string; total?: boolean };

/**
 * The region's problems by state, per child region (a link down the tree, where the board of that region
 * opens) with the region's own totals as the last row, and the same as stacked bars.
 */
export function ProblemBoard({ region }: { region: string | undefined }) {
  const t = useT();
  const scope = useRegionScope();
  const board = useProblemBoard(region);
  // On a phone every column fits the screen: overdue, the last, is what a level must see first.
  const phone = useIsPhone();
  const label = (key: (typeof KEYS)[number]) => t(`problems.count.${key}`);
  const name = (r: BoardRow) => shortRegionName(r.name);
  const rows = useMemo(() => boardOrder(board.data?.byRegion ?? []), [board.data]);
  const option = useMemo(
    () =>
      boardChart(
        rows,
        (key) => t(`problems.count.${key}`),
        (r) => shortRegionName(r.name),
      ),
    [rows, t],
  );

  if (board.isError) return <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />;
  const data: Row[] = board.data
    ? [...rows, { ...board.data.totals, code: 'total', name: t('problems.board.total'), total: true }]
    : [];
  const columns: TableColumnsType<Row> = [
    {
      title: t('problems.board.region'),
      key: 'region',
      fixed: phone ? undefined : 'left',
      render: (_, r) =>
        r.total ? (
          <Typography.Text strong>{r.name}</Typography.Text>
        ) : (
          <Link to={regionHref(r.code, 'problems', scope.year)} title={t('problems.board.drill')}>
            {shortRegionName(r.name)}
          </Link>
        ),
    },
    ...KEYS.map((key) => ({
      title: label(key),
      key,
      align: 'right' as const,
      render: (_: unknown, r: Row) =>
        key === 'overdue' && r[key] > 0 ? <Typography.Text type="danger">{r[key]}</Typography.Text> : r[key],
    })),
  ];
  const withCounts = rows.filter((r) => KEYS.some((k) => r[k] > 0));
  return (
    <div className="zf-problem-board">
      <Table<Row>
        rowKey="code"
        size="small"
        loading={board.isFetching}
        pagination={false}
        dataSource={data}
        columns={columns}
        scroll={phone ? undefined : { x: 520 }}
        rowClassName={(r) => (r.total ? 'zf-problem-total' : '')}
        // Until the counts arrive the table is loading, not empty: it never says "no problems" unknowing.
        locale={{ emptyText: board.data ? <Empty description={t('problems.board.empty')} /> : ' ' }}
      />
      {withCounts.length > 0 && (
        <Suspense fallback={null}>
          <Chart
            option={option}
            height={Math.max(160, 40 + rows.length * 28)}
            description={t('problems.board.chart', { rows: boardWords(rows, name) })}
          />
        </Suspense>
      )}
    </div>
  );
}
