import type { Board, BoardCounts } from './api.ts';

/**
 * The board's chart as an ECharts option, kept free of React and ECharts to be tested: per child region its
 * problems stacked by state (open, in progress, solved, confirmed), the regions with most unsolved on top.
 */
export type BoardRow = Board['byRegion'][number];
export const BOARD_STATES = ['open', 'inProgress', 'solved', 'confirmed'] as const;
type Label = (key: (typeof BOARD_STATES)[number]) => string;

/** Unsolved first: what the level must chase is at the top of the table and the chart. */
export function boardOrder(rows: readonly BoardRow[]): BoardRow[] {
  const unsolved = (r: BoardCounts) => r.open + r.inProgress;
  return [...rows].sort(
    (a, b) => unsolved(b) - unsolved(a) || b.overdue - a.overdue || a.code.localeCompare(b.code),
  );
}

const COLOURS = { open: '#d4380d', inProgress: '#fa8c16', solved: '#1677ff', confirmed: '#389e0d' };

export function boardChart(rows: readonly BoardRow[], label: Label, name: (row: BoardRow) => string) {
  // ECharts draws a category axis from the bottom up: reversed, the first row stands on top.
  const shown = boardOrder(rows).reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 8, bottom: 32, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: shown.map(name),
      axisTick: { show: false },
      axisLabel: { width: 96, overflow: 'truncate' },
    },
    series: BOARD_STATES.map((key) => ({
      name: label(key),
      type: 'bar',
      stack: 'state',
      barMaxWidth: 18,
      itemStyle: { color: COLOURS[key] },
      data: shown.map((r) => r[key]),
    })),
  };
}

/** The chart in words, for a screen reader (and a test): "城关镇 5/2, …" as unsolved/overdue. */
export function boardWords(rows: readonly BoardRow[], name: (row: BoardRow) => string): string {
  return boardOrder(rows)
    .map((r) => `${name(r)} ${r.open + r.inProgress}/${r.overdue}`)
    .join('，');
}
