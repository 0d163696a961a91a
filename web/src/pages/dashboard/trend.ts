import type { YearStats } from '../../api/types.ts';
import type { NationalYear } from './national-series.ts';

/**
 * ECharts options of the two trend charts (free of React and ECharts, so they can be tested): the region's
 * households by status across the years it has, and the national series 2012–2020 for context.
 */
type Label = (code: string) => string;

const FONT =
  "-apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";
const STATUS_COLOURS: Record<string, string> = {
  '01': '#d4380d',
  '02': '#389e0d',
  '03': '#fa8c16',
  '04': '#8c8c8c',
};

/**
 * The axis of years. ECharts hides every other year when the labels would touch, which on a phone left the
 * national series with 2012, 2014, … only. On a narrow screen every year keeps its label: in a smaller font
 * while nine or fewer fit side by side (about 26 px each in the ~260 px a 375 px phone leaves for the plot),
 * turned upright beyond that, where each takes only the font's height.
 */
export const NARROW_YEARS_SIDE_BY_SIDE = 9;

export function yearAxis(years: readonly string[], narrow: boolean) {
  if (!narrow) return { type: 'category', data: [...years] };
  const upright = years.length > NARROW_YEARS_SIDE_BY_SIDE;
  return {
    type: 'category',
    data: [...years],
    axisTick: { alignWithLabel: true },
    axisLabel: { interval: 0, fontSize: upright ? 10 : 11, rotate: upright ? 90 : 0, margin: 6 },
  };
}

/**
 * Households by status per year (stacked bars, left axis) and persons (a line, right axis). The axes carry no
 * names (they would be cut off on a phone): the legend names each series.
 */
export function statusTrend(
  years: readonly YearStats[],
  label: Label,
  names: { persons: string },
  narrow = false,
) {
  const codes = [...new Set(years.flatMap((y) => y.byStatus.map((b) => b.code)))].sort();
  const of = (y: YearStats, code: string) => y.byStatus.find((b) => b.code === code)?.households ?? 0;
  return {
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, itemGap: 8 },
    grid: { left: 8, right: 8, top: 16, bottom: 56, containLabel: true },
    xAxis: yearAxis(
      years.map((y) => String(y.year)),
      narrow,
    ),
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      ...codes.map((code) => ({
        type: 'bar',
        stack: 'households',
        name: label(code),
        itemStyle: { color: STATUS_COLOURS[code] ?? '#597ef7' },
        barMaxWidth: 48,
        data: years.map((y) => of(y, code)),
      })),
      {
        type: 'line',
        name: names.persons,
        yAxisIndex: 1,
        itemStyle: { color: '#1d39c4' },
        data: years.map((y) => y.persons),
      },
    ],
  };
}

/** The national rural poor (millions, bars) and poverty incidence (%, a line on the right axis). */
export function nationalTrend(
  series: readonly NationalYear[],
  names: { poor: string; incidence: string },
  narrow = false,
) {
  return {
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 16, bottom: 56, containLabel: true },
    xAxis: yearAxis(
      series.map((s) => String(s.year)),
      narrow,
    ),
    yAxis: [
      { type: 'value' },
      { type: 'value', axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: names.poor,
        itemStyle: { color: '#b71c1c' },
        barMaxWidth: 36,
        data: series.map((s) => s.ruralPoorMillions),
      },
      {
        type: 'line',
        name: names.incidence,
        yAxisIndex: 1,
        itemStyle: { color: '#8c5a2b' },
        data: series.map((s) => s.incidencePercent),
      },
    ],
  };
}
