import type { Stats } from '../../api/types.ts';

/**
 * ECharts options of the dashboard, built from the statistics and a labelling function, kept free of React
 * and of ECharts itself so they can be tested. Labels come from the code tables in the reader's language.
 */
export type Breakdown = Stats['byStatus'][number];
type Label = (code: string) => string;

/** The colours a cadre reads status by, the same as the status tags: 未脱贫 red, 已脱贫 green, 返贫 orange. */
const STATUS_COLOURS: Record<string, string> = {
  '01': '#d4380d',
  '02': '#389e0d',
  '03': '#fa8c16',
  '04': '#8c8c8c',
};
const FONT =
  "-apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

/**
 * Households by status as a ring, each status in its colour. The figures sit in the legend, not on the
 * slices, so small slices (返贫 2) stay readable on a phone.
 */
export function statusRing(items: readonly Breakdown[], label: Label, unit: string) {
  const counts = new Map(items.map((i) => [label(i.code), i.households]));
  return {
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: 'item', valueFormatter: (v: number) => `${v} ${unit}` },
    legend: { bottom: 0, icon: 'circle', formatter: (name: string) => `${name} ${counts.get(name) ?? ''}` },
    series: [
      {
        type: 'pie',
        radius: ['40%', '66%'],
        center: ['50%', '42%'],
        label: { show: false },
        data: items.map((i) => ({
          name: label(i.code),
          value: i.households,
          itemStyle: { color: STATUS_COLOURS[i.code] ?? '#8c8c8c' },
        })),
      },
    ],
  };
}

/**
 * Households by a coded dimension as horizontal bars, the largest on top. Category labels are cut at
 * `labelWidth` pixels (the tooltip has them whole), so long English labels leave room for the bars.
 */
export function rankedBars(
  items: readonly Breakdown[],
  label: Label,
  unit: string,
  { colour = '#b71c1c', labelWidth = 160 }: { colour?: string; labelWidth?: number } = {},
) {
  const sorted = [...items].sort((a, b) => a.households - b.households);
  return {
    textStyle: { fontFamily: FONT },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: number) => `${v} ${unit}`,
    },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: sorted.map((i) => label(i.code)),
      axisTick: { show: false },
      axisLabel: { width: labelWidth, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: sorted.map((i) => i.households),
        itemStyle: { color: colour, borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: 'right' },
        barMaxWidth: 18,
      },
    ],
  };
}

/** The same figures as one sentence, for screen readers and for anyone who cannot see the chart. */
export function summarise(title: string, items: readonly Breakdown[], label: Label, unit: string): string {
  return `${title}: ${items.map((i) => `${label(i.code)} ${i.households} ${unit}`).join(', ')}`;
}

/** Households of one status code, 0 when the region has none. */
export function householdsOf(items: readonly Breakdown[], code: string): number {
  return items.find((i) => i.code === code)?.households ?? 0;
}

/** Monitored households of one type in one state, as GET /api/v1/stats gives them (byMonitoring). */
export interface MonitoringCount {
  type: string;
  state: string;
  households: number;
  persons: number;
}

/**
 * The monitored households as a breakdown for the charts: one bar per type and state, keyed `type:state` and
 * labelled with both names (脱贫不稳定户 · 监测中).
 */
export function monitoringBreakdown(
  items: readonly MonitoringCount[],
  typeLabel: Label,
  stateLabel: Label,
): { items: Breakdown[]; label: Label } {
  const names = new Map(
    items.map((i) => [`${i.type}:${i.state}`, `${typeLabel(i.type)} · ${stateLabel(i.state)}`]),
  );
  return {
    items: items.map((i) => ({ code: `${i.type}:${i.state}`, households: i.households, persons: i.persons })),
    label: (code) => names.get(code) ?? code,
  };
}
