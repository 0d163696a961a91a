import type { RegistryMeasures } from '../../api/measures.ts';

/**
 * The ECharts option of the multidimensional index: each indicator's contribution to M0 (percent), largest on
 * top, with its censored headcount in the tooltip. Free of React and ECharts, so it can be tested; labels come
 * from the catalogue in the reader's language.
 */
export type Indicator = RegistryMeasures['mpi']['indicators'][number];
type Label = (name: Indicator['name']) => string;

const FONT =
  "-apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";
/** Income in the red of the standards; the guarantees in the brown of the dashboard's second series. */
const COLOURS = { income: '#b71c1c', guarantee: '#8c5a2b' };

const round1 = (n: number) => Math.round(n * 10) / 10;

export function contributionBars(
  indicators: readonly Indicator[],
  label: Label,
  names: { contribution: string; censored: string },
  { labelWidth = 160 }: { labelWidth?: number } = {},
) {
  const sorted = [...indicators].sort((a, b) => (a.contribution ?? 0) - (b.contribution ?? 0));
  return {
    textStyle: { fontFamily: FONT },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: { dataIndex: number }[]) => {
        const i = sorted[params[0]?.dataIndex ?? 0];
        if (!i) return '';
        return `${label(i.name)}<br/>${names.contribution}: ${round1(i.contribution ?? 0)}%<br/>${names.censored}: ${round1(i.censoredHeadcount * 100)}%`;
      },
    },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    // Each bar carries its figure; axis labels would only crowd a phone.
    xAxis: { type: 'value', axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: {
      type: 'category',
      data: sorted.map((i) => label(i.name)),
      axisTick: { show: false },
      axisLabel: { width: labelWidth, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: names.contribution,
        data: sorted.map((i) => ({
          value: round1(i.contribution ?? 0),
          itemStyle: { color: i.name === 'income' ? COLOURS.income : COLOURS.guarantee },
        })),
        label: { show: true, position: 'right', formatter: '{c}%' },
        barMaxWidth: 18,
      },
    ],
  };
}

/** The same figures in words, for screen readers and for the tests. */
export function describeContributions(title: string, indicators: readonly Indicator[], label: Label): string {
  return `${title}: ${indicators
    .map((i) => `${label(i.name)} ${i.contribution === null ? '—' : `${round1(i.contribution)}%`}`)
    .join(', ')}`;
}
