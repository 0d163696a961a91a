import { describe, expect, it } from 'vitest';
import type { YearStats } from '../../api/types.ts';
import { NATIONAL_SERIES } from './national-series.ts';
import { nationalTrend, statusTrend, yearAxis } from './trend.ts';

const stats = (year: number, households: number, byStatus: [string, number][]): YearStats => ({
  year,
  households,
  persons: households * 3,
  byStatus: byStatus.map(([code, n]) => ({ code, households: n, persons: n * 3 })),
});

describe('the dashboard trends', () => {
  it('stacks households by status per year, with persons on the right axis', () => {
    const years = [
      stats(2020, 4, [
        ['01', 3],
        ['02', 1],
      ]),
      stats(2021, 5, [['02', 5]]),
    ];
    const option = statusTrend(years, (c) => `s${c}`, { persons: '人' });
    expect(option.xAxis.data).toEqual(['2020', '2021']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['s01', [3, 0]],
      ['s02', [1, 5]],
      ['人', [12, 15]],
    ]);
  });

  it('draws the national series 2012–2020 as shipped', () => {
    expect(NATIONAL_SERIES.map((s) => s.year)).toEqual([
      2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020,
    ]);
    expect(NATIONAL_SERIES[0]).toEqual({ year: 2012, ruralPoorMillions: 98.99, incidencePercent: 10.2 });
    const option = nationalTrend(NATIONAL_SERIES, { poor: 'p', incidence: 'i' });
    expect(option.series[1]?.data.at(-2)).toBe(0.6);
  });

  it('labels every year on a phone: smaller side by side up to nine, upright beyond', () => {
    const nine = NATIONAL_SERIES.map((s) => String(s.year));
    expect(yearAxis(nine, false)).toEqual({ type: 'category', data: nine });
    expect(yearAxis(nine, true).axisLabel).toMatchObject({ interval: 0, rotate: 0, fontSize: 11 });
    const fourteen = Array.from({ length: 14 }, (_, i) => String(2013 + i));
    expect(yearAxis(fourteen, true).axisLabel).toMatchObject({ interval: 0, rotate: 90 });
    expect(
      nationalTrend(NATIONAL_SERIES, { poor: 'p', incidence: 'i' }, true).xAxis.axisLabel?.interval,
    ).toBe(0);
  });
});
