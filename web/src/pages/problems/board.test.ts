import { describe, expect, it } from 'vitest';
import { boardChart, boardOrder, boardWords, type BoardRow } from './board.ts';

const row = (code: string, name: string, open: number, inProgress: number, overdue: number): BoardRow => ({
  code,
  name,
  open,
  inProgress,
  solved: 1,
  confirmed: 2,
  overdue,
});

describe('the problem board', () => {
  const rows = [row('1', '甲镇', 1, 0, 0), row('2', '乙镇', 2, 3, 1), row('3', '丙镇', 0, 1, 1)];

  it('puts the regions with most unsolved first, then most overdue', () => {
    expect(boardOrder(rows).map((r) => r.name)).toEqual(['乙镇', '丙镇', '甲镇']);
  });

  it('stacks the four states per region, the first region on top of the axis', () => {
    const option = boardChart(
      rows,
      (k) => k,
      (r) => r.name,
    );
    expect(option.yAxis.data).toEqual(['甲镇', '丙镇', '乙镇']);
    expect(option.series.map((s) => s.name)).toEqual(['open', 'inProgress', 'solved', 'confirmed']);
    expect(option.series[1]!.data).toEqual([0, 1, 3]);
  });

  it('says the figures in words: unsolved/overdue per region', () => {
    expect(boardWords(rows, (r) => r.name)).toBe('乙镇 5/1，丙镇 1/1，甲镇 1/0');
  });
});
