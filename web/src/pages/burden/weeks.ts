/** A row of GET /api/v1/burden: one week of one cadre, village or the caller. */
export interface BurdenRow {
  week: string;
  key: string;
  name: string;
  typed: number;
  prefilled: number;
  writes: number;
}

export interface WeekTotal {
  week: string;
  typed: number;
  prefilled: number;
  writes: number;
}

/** The weeks' totals over every cadre (or village), oldest first: the line of typed against pre-filled. */
export function weeklyTotals(rows: readonly BurdenRow[]): WeekTotal[] {
  const weeks = new Map<string, WeekTotal>();
  for (const r of rows) {
    const total = weeks.get(r.week) ?? { week: r.week, typed: 0, prefilled: 0, writes: 0 };
    total.typed += r.typed;
    total.prefilled += r.prefilled;
    total.writes += r.writes;
    weeks.set(r.week, total);
  }
  return [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week));
}

/** The share of the fields the system filled in (0–1), or null when nothing was written. */
export function prefilledShare(t: { typed: number; prefilled: number }): number | null {
  const all = t.typed + t.prefilled;
  return all === 0 ? null : t.prefilled / all;
}
