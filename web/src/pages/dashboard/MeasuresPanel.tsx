import { Card, Empty, Spin, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { useRegistryMeasures, type RegistryMeasures } from '../../api/measures.ts';
import { MeasureNotice } from '../../components/MeasureNotice.tsx';
import { useMeasureFormat } from '../../components/measureFormat.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useT } from '../../i18n/useT.ts';
import { shortCode } from '../../region/code.ts';
import '../measures.css';
import { Chart } from './Chart.tsx';
import { IndicatorTable, useIndicatorLabel } from './IndicatorTable.tsx';
import { contributionBars, describeContributions } from './measures-chart.ts';

/**
 * Poverty measured over the registry of the region and year: the FGT family (P0 headcount, P1 gap, P2
 * severity, Watts) against the line in force, and the Alkire–Foster index (H, A, M0) over income and
 * 两不愁三保障 + water, with each indicator's contribution to M0 as a chart. Its own query, below the
 * headline numbers, so they never wait for it.
 */
export function MeasuresPanel({ region, year }: { region: string; year: number | undefined }) {
  const t = useT();
  const measures = useRegistryMeasures(shortCode(region), year);
  return (
    <Card size="small" title={t('measures.title')} className="zf-measures">
      {measures.isPending ? (
        <Spin className="zf-block-spin" />
      ) : measures.isError ? (
        <MeasureNotice error={measures.error} onRetry={() => void measures.refetch()} />
      ) : (
        <Measures data={measures.data} stale={measures.isPlaceholderData} />
      )}
    </Card>
  );
}

function Measures({ data, stale }: { data: RegistryMeasures; stale: boolean }) {
  const t = useT();
  const f = useMeasureFormat();
  const phone = useIsPhone();
  const label = useIndicatorLabel();
  const { fgt, mpi, standard } = data;
  const chart = useMemo(
    () => ({
      option: contributionBars(
        mpi.indicators,
        label,
        { contribution: t('measures.contribution'), censored: t('measures.censored') },
        { labelWidth: phone ? 90 : 160 },
      ),
      text: describeContributions(t('measures.contributions'), mpi.indicators, label),
    }),
    [mpi.indicators, label, t, phone],
  );
  const figure = (title: string, value: string, help: string) => (
    <Card size="small" key={title}>
      <Statistic title={title} value={value} />
      <Typography.Text type="secondary" className="zf-figure-help">
        {help}
      </Typography.Text>
    </Card>
  );

  return (
    <div className={`zf-stack${stale ? ' zf-stale' : ''}`}>
      <Typography.Text type="secondary">
        {t('measures.basis', {
          year: data.year,
          source: t(standard.source === 'provincial' ? 'measures.provincialLine' : 'measures.nationalLine'),
          line: f.yuan(standard.line),
          persons: f.count(fgt.population),
          households: f.count(fgt.households),
        })}
      </Typography.Text>
      <Typography.Title level={5} className="zf-measure-heading">
        {t('measures.fgt')}
      </Typography.Title>
      <div className="zf-figures zf-fgt">
        {figure(
          t('measures.p0'),
          f.percent(fgt.headcount),
          t('measures.p0Help', { poor: f.count(fgt.poor) }),
        )}
        {figure(t('measures.p1'), f.index(fgt.gap), t('measures.p1Help'))}
        {figure(t('measures.p2'), f.index(fgt.squaredGap), t('measures.p2Help'))}
        {figure(
          t('measures.watts'),
          f.index(fgt.watts),
          t(fgt.watts === null ? 'measures.wattsNone' : 'measures.wattsHelp'),
        )}
      </div>
      <Typography.Title level={5} className="zf-measure-heading">
        {t('measures.mpi', { k: f.index(mpi.k, 2) })}
      </Typography.Title>
      <div className="zf-figures zf-mpi">
        {figure(t('measures.h'), f.percent(mpi.headcount), t('measures.hHelp', { poor: f.count(mpi.poor) }))}
        {figure(t('measures.a'), f.percent(mpi.intensity), t('measures.aHelp'))}
        {figure(t('measures.m0'), f.index(mpi.adjustedHeadcount), t('measures.m0Help'))}
      </div>
      <div className="zf-measures-chart">
        <Typography.Text strong>{t('measures.contributions')}</Typography.Text>
        {mpi.adjustedHeadcount > 0 ? (
          <Chart option={chart.option} description={chart.text} height={phone ? 220 : 240} />
        ) : (
          <Empty description={t('measures.noMpiPoor')} />
        )}
      </div>
      <IndicatorTable indicators={mpi.indicators} />
    </div>
  );
}
