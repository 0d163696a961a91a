import { Card, Empty, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useYearStats } from '../../api/queries.ts';
import { useCodeLabel } from '../../components/codes.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useI18n } from '../../i18n/useT.ts';
import { Chart } from './Chart.tsx';
import { NATIONAL_SERIES } from './national-series.ts';
import { nationalTrend, statusTrend } from './trend.ts';

/**
 * The region across the years it has data (one GET /api/v1/stats/years, read from the maintained counters),
 * and the national series 2012–2020 beside it for context.
 */
export function TrendCharts({ region }: { region: string }) {
  const { t } = useI18n();
  const label = useCodeLabel();
  const phone = useIsPhone();
  const trendQuery = useYearStats(region);
  const years = useMemo(() => trendQuery.data ?? [], [trendQuery.data]);

  const trend = useMemo(() => {
    const status = (c: string) => label('household_status', c);
    const names = { persons: t('dashboard.persons') };
    const text = years
      .map((y) => t('dashboard.trendYear', { year: y.year, households: y.households, persons: y.persons }))
      .join('; ');
    return { option: statusTrend(years, status, names, phone), text: `${t('dashboard.trend')}: ${text}` };
  }, [years, label, t, phone]);

  const national = useMemo(() => {
    const names = { poor: t('dashboard.nationalPoor'), incidence: t('dashboard.nationalIncidence') };
    const text = NATIONAL_SERIES.map((s) =>
      t('dashboard.nationalYear', { year: s.year, poor: s.ruralPoorMillions, incidence: s.incidencePercent }),
    ).join('; ');
    return {
      option: nationalTrend(NATIONAL_SERIES, names, phone),
      text: `${t('dashboard.national')}: ${text}`,
    };
  }, [t, phone]);

  const height = phone ? 240 : 300;
  return (
    <div className="zf-charts zf-trends">
      <Card size="small" title={t('dashboard.trend')} className="zf-chart-trend">
        {trendQuery.isError ? (
          <ErrorAlert error={trendQuery.error} onRetry={() => void trendQuery.refetch()} />
        ) : trendQuery.isPending ? (
          <Spin className="zf-block-spin" />
        ) : years.length === 0 ? (
          <Empty description={t('households.noYear')} />
        ) : (
          <Chart option={trend.option} description={trend.text} height={height} />
        )}
      </Card>
      <Card size="small" title={t('dashboard.national')} className="zf-chart-national">
        <Chart option={national.option} description={national.text} height={height} />
        <Typography.Text type="secondary" className="zf-chart-source">
          {t('dashboard.nationalSource')}
        </Typography.Text>
      </Card>
    </div>
  );
}
