import { describe, expect, it } from 'vitest';
import { contributionBars, describeContributions, type Indicator } from './measures-chart.ts';

const indicator = (name: Indicator['name'], contribution: number | null, censored = 0.1): Indicator => ({
  name,
  weight: 1 / 3,
  uncensoredHeadcount: censored,
  censoredHeadcount: censored,
  contribution,
  unknown: 0,
});
const label = (name: string) => `L:${name}`;

describe('the MPI contribution chart', () => {
  it('puts the largest contribution on top, income in its own colour, rounded to 0.1 %', () => {
    const option = contributionBars(
      [indicator('income', 50.04), indicator('water', 12.5), indicator('housing', 37.46)],
      label,
      { contribution: 'c', censored: 'h' },
    );
    expect(option.yAxis.data).toEqual(['L:water', 'L:housing', 'L:income']);
    expect(option.series[0]!.data.map((d) => d.value)).toEqual([12.5, 37.5, 50]);
    expect(option.series[0]!.data[2]!.itemStyle.color).not.toBe(option.series[0]!.data[0]!.itemStyle.color);
  });

  it('draws nothing as zero and says so in words when M0 is 0', () => {
    const none = [indicator('income', null, 0), indicator('food', null, 0)];
    expect(contributionBars(none, label, { contribution: 'c', censored: 'h' }).series[0]!.data).toEqual([
      { value: 0, itemStyle: { color: '#b71c1c' } },
      { value: 0, itemStyle: { color: '#8c5a2b' } },
    ]);
    expect(describeContributions('M0', none, label)).toBe('M0: L:income —, L:food —');
  });
});
