import { Alert, Card, Empty, Spin, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { useStats } from '../../api/queries.ts';
import type { Stats } from '../../api/types.ts';
import { useCodeLabel } from '../../components/codes.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/useT.ts';
import { COUNTRY, shortCode, shortRegionName } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { Chart } from './Chart.tsx';
import { IncidenceSection } from './IncidenceSection.tsx';
import { MeasuresPanel } from './MeasuresPanel.tsx';
import { TrendCharts } from './TrendCharts.tsx';
import { householdsOf, monitoringBreakdown, rankedBars, statusRing, summarise } from './charts.ts';

type ChildRow = Stats['children'][number];

/**
 * The selected region and year at a glance: headline numbers, households by status, main cause and type, and
 * a table of the child regions to drill down. Everything comes from GET /api/v1/stats, which reads the
 * maintained counters, so this page costs the same for a village and for a province.
 */
export function DashboardPage() {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const scope = useRegionScope();
  const region = scope.code ?? COUNTRY;
  const stats = useStats(shortCode(region), scope.viewYear);
  const data = stats.data;
  const unit = t('dashboard.unit');
  const number = (n: number) => formatNumber(n, lang);
  const labelWidth = phone ? 110 : 180;

  const charts = useMemo(() => {
    if (!data) return null;
    const status = (c: string) => label('household_status', c);
    const cause = (c: string) => label('poverty_cause', c);
    const type = (c: string) => label('household_type', c);
    const monitored = monitoringBreakdown(
      data.byMonitoring,
      (c) => label('monitoring_type', c),
      (c) => label('monitoring_state', c),
    );
    return {
      monitoring: {
        shown: monitored.items.length > 0,
        option: rankedBars(monitored.items, monitored.label, unit, { colour: '#2b5a8c', labelWidth }),
        text: summarise(t('dashboard.byMonitoring'), monitored.items, monitored.label, unit),
      },
      status: {
        option: statusRing(data.byStatus, status, unit),
        text: summarise(t('dashboard.byStatus'), data.byStatus, status, unit),
      },
      cause: {
        option: rankedBars(data.byCause, cause, unit, { labelWidth }),
        text: summarise(t('dashboard.byCause'), data.byCause, cause, unit),
      },
      type: {
        option: rankedBars(data.byType, type, unit, { colour: '#8c5a2b', labelWidth }),
        text: summarise(t('dashboard.byType'), data.byType, type, unit),
      },
    };
  }, [data, label, t, unit, labelWidth]);

  if (stats.isPending) return <Spin className="zf-block-spin" />;
  if (stats.isError) return <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />;
  if (!data || !charts) return null;

  const empty = data.households === 0;
  const columns: ColumnsType<ChildRow> = [
    {
      title: t('dashboard.child'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <Link
          to={regionHref(row.code, 'dashboard', scope.year)}
          title={name}
          onClick={(e) => e.stopPropagation()}
        >
          {shortRegionName(name)}
        </Link>
      ),
    },
    {
      title: t('dashboard.col.households'),
      dataIndex: 'households',
      align: 'right',
      sorter: (a, b) => a.households - b.households,
      render: (n: number) => number(n),
    },
    {
      title: t('dashboard.persons'),
      dataIndex: 'persons',
      align: 'right',
      sorter: (a, b) => a.persons - b.persons,
      render: (n: number) => number(n),
    },
    {
      title: t('dashboard.share'),
      key: 'share',
      align: 'right',
      render: (_: unknown, row) =>
        data.households ? `${formatNumber((100 * row.households) / data.households, lang, 1)}%` : '',
    },
  ];
  const chartHeight = phone ? 240 : 300;

  return (
    <div className="zf-page">
      <div className="zf-page-head">
        <Typography.Title level={3} className="zf-page-title">
          {t('dashboard.title')}
        </Typography.Title>
        {data.year > 0 && (
          <Typography.Text type="secondary">{t('households.yearOf', { year: data.year })}</Typography.Text>
        )}
      </div>
      {empty && region === COUNTRY && <Alert type="info" showIcon title={t('households.chooseRegion')} />}
      <div className="zf-figures zf-headlines">
        <Card size="small">
          <Statistic title={t('dashboard.households')} value={number(data.households)} />
        </Card>
        <Card size="small">
          <Statistic title={t('dashboard.persons')} value={number(data.persons)} />
        </Card>
        {(['01', '02', '03'] as const).map((code) => (
          <Card size="small" key={code}>
            <Statistic
              title={label('household_status', code)}
              value={number(householdsOf(data.byStatus, code))}
              suffix={unit}
            />
          </Card>
        ))}
        {/* Cancelled households are in none of the figures above: shown apart (docs/glossary.md). */}
        <Card size="small">
          <Statistic
            title={label('household_status', '04')}
            value={number(data.cancelledHouseholds)}
            suffix={unit}
          />
        </Card>
      </div>
      {empty ? (
        <Card size="small">
          <Empty description={t('households.noYear')} />
        </Card>
      ) : (
        <div className="zf-charts">
          <Card size="small" title={t('dashboard.byStatus')} className="zf-chart-status">
            <Chart option={charts.status.option} description={charts.status.text} height={chartHeight} />
          </Card>
          <Card size="small" title={t('dashboard.byCause')} className="zf-chart-cause">
            <Chart option={charts.cause.option} description={charts.cause.text} height={chartHeight} />
          </Card>
          <Card size="small" title={t('dashboard.byType')} className="zf-chart-type">
            <Chart option={charts.type.option} description={charts.type.text} height={phone ? 180 : 220} />
          </Card>
        </div>
      )}
      {charts.monitoring.shown && (
        <Card size="small" title={t('dashboard.byMonitoring')} className="zf-chart-monitoring">
          <Chart
            option={charts.monitoring.option}
            description={charts.monitoring.text}
            height={phone ? 180 : 220}
          />
        </Card>
      )}
      {!empty && <IncidenceSection region={region} year={scope.viewYear} />}
      {!empty && <MeasuresPanel region={region} year={scope.viewYear} />}
      {region !== COUNTRY && <TrendCharts region={shortCode(region)} />}
      {data.children.length > 0 && (
        <Card size="small" title={t('dashboard.children')}>
          <Table<ChildRow>
            className="zf-children"
            rowKey="code"
            size="small"
            columns={columns}
            dataSource={data.children}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={(row) => ({
              onClick: () => void navigate(regionHref(row.code, 'dashboard', scope.year)),
              className: 'zf-clickable',
            })}
          />
        </Card>
      )}
    </div>
  );
}
