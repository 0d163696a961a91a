import { useQuery } from '@tanstack/react-query';
import { Segmented, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { useCapabilities } from '../../auth/capabilities.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { useT } from '../../i18n/useT.ts';
import { useRegionScope } from '../../region/scope.ts';
import { Chart } from '../dashboard/Chart.tsx';
import { prefilledShare, weeklyTotals, type BurdenRow } from './weeks.ts';

type By = 'cadre' | 'village' | 'me';

/**
 * 基层负担: the fields typed per week against those the system pre-filled, per cadre and per village of the
 * region (or the caller's own), with the weeks' line. The figures come from the burden log every write keeps.
 */
export function BurdenPage() {
  const t = useT();
  const scope = useRegionScope();
  // One who reads no registry region (a paired cadre) has their own sums only: the region's are not theirs.
  const regional = useCapabilities().canReadRegistry;
  const [chosen, setBy] = useState<By>('cadre');
  const by = regional ? chosen : 'me';
  const region = scope.code ?? undefined;
  const burden = useQuery({
    queryKey: ['burden', region, by],
    enabled: region !== undefined,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/burden', { params: { query: { region, by } }, signal })),
  });
  const rows: BurdenRow[] = useMemo(() => burden.data?.items ?? [], [burden.data]);
  const weeks = useMemo(() => weeklyTotals(rows), [rows]);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('burden.chart.typed'), t('burden.chart.prefilled')] },
      grid: { left: 40, right: 16, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: weeks.map((w) => w.week.slice(5)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('burden.chart.typed'), type: 'line', data: weeks.map((w) => w.typed) },
        { name: t('burden.chart.prefilled'), type: 'line', data: weeks.map((w) => w.prefilled) },
      ],
    }),
    [weeks, t],
  );
  const sum = (k: 'typed' | 'prefilled') => weeks.reduce((n, w) => n + w[k], 0);
  const percent = (r: BurdenRow) => {
    const share = prefilledShare(r);
    return share === null ? '—' : `${Math.round(share * 100)}%`;
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('burden.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('burden.help')}</Typography.Paragraph>
      <Segmented<By>
        value={by}
        onChange={setBy}
        options={[
          ...(regional
            ? [
                { value: 'cadre' as const, label: t('burden.byCadre') },
                { value: 'village' as const, label: t('burden.byVillage') },
              ]
            : []),
          { value: 'me', label: t('burden.mine') },
        ]}
      />
      {burden.error ? <ErrorAlert error={burden.error} /> : null}
      {weeks.length > 0 ? (
        <Chart
          option={option}
          height={260}
          description={t('burden.chart.description', {
            weeks: weeks.length,
            typed: sum('typed'),
            prefilled: sum('prefilled'),
          })}
        />
      ) : null}
      <Table<BurdenRow>
        size="small"
        loading={burden.isLoading}
        rowKey={(r) => `${r.week}/${r.key}`}
        dataSource={[...rows].reverse()}
        locale={{ emptyText: t('burden.empty') }}
        scroll={{ x: true }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('burden.col.week'), dataIndex: 'week' },
          { title: t('burden.col.name'), dataIndex: 'name' },
          { title: t('burden.col.typed'), dataIndex: 'typed', align: 'right' },
          { title: t('burden.col.prefilled'), dataIndex: 'prefilled', align: 'right' },
          { title: t('burden.col.writes'), dataIndex: 'writes', align: 'right' },
          { title: t('burden.col.share'), key: 'share', align: 'right', render: (_, r) => percent(r) },
        ]}
      />
    </Space>
  );
}
