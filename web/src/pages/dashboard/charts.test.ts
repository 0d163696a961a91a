import { describe, expect, it } from 'vitest';
import { householdsOf, monitoringBreakdown, rankedBars, statusRing, summarise } from './charts.ts';

const label = (code: string) => ({ '01': '未脱贫', '02': '已脱贫', '08': '缺劳动力' })[code] ?? code;

describe('dashboard charts', () => {
  it('draws statuses in their colours with their labels', () => {
    const option = statusRing(
      [
        { code: '01', households: 4, persons: 9 },
        { code: '02', households: 3, persons: 7 },
      ],
      label,
      '户',
    );
    expect(option.series[0]!.data).toEqual([
      { name: '未脱贫', value: 4, itemStyle: { color: '#d4380d' } },
      { name: '已脱贫', value: 3, itemStyle: { color: '#389e0d' } },
    ]);
  });

  it('ranks bars with the largest on top (last on a category axis)', () => {
    const option = rankedBars(
      [
        { code: '08', households: 5, persons: 9 },
        { code: '01', households: 2, persons: 4 },
      ],
      label,
      '户',
    );
    expect(option.yAxis.data).toEqual(['未脱贫', '缺劳动力']);
    expect(option.series[0]!.data).toEqual([2, 5]);
  });

  it('says the figures in words and reads a status', () => {
    const items = [{ code: '01', households: 4, persons: 9 }];
    expect(summarise('户状态', items, label, '户')).toBe('户状态: 未脱贫 4 户');
    expect(householdsOf(items, '01')).toBe(4);
    expect(householdsOf(items, '03')).toBe(0);
  });
});

describe('the monitored households', () => {
  it('are one bar per type and state, labelled with both names', () => {
    const { items, label } = monitoringBreakdown(
      [
        { type: '1', state: '1', households: 3, persons: 9 },
        { type: '2', state: '2', households: 1, persons: 2 },
      ],
      (c) => ({ '1': '脱贫不稳定户', '2': '边缘易致贫户' })[c] ?? c,
      (c) => ({ '1': '监测中', '2': '风险已消除' })[c] ?? c,
    );
    expect(items).toEqual([
      { code: '1:1', households: 3, persons: 9 },
      { code: '2:2', households: 1, persons: 2 },
    ]);
    expect(label('1:1')).toBe('脱贫不稳定户 · 监测中');
    expect(label('2:2')).toBe('边缘易致贫户 · 风险已消除');
  });
});
