import type { Queryable } from '../../db/types.ts';
import { STANDARD_SELECT, presentRow, type StandardRow } from './repo.ts';
import { monitoringLine } from './rules.ts';
import type { StandardLine, StandardsQuery } from './schemas.ts';

export function versionOf(row: StandardRow) {
  return {
    standardId: row.id,
    version: row.version,
    line: row.line,
    monitoringMultiplier: row.monitoringMultiplier,
    monitoringLine: monitoringLine(row.line, row.monitoringMultiplier),
    reason: row.reason,
    changedBy: row.changedBy,
    changedAt: row.changedAt,
  };
}

/** A version as the line of its year and scope, without history (what a change answers). */
export function lineOf(row: StandardRow): StandardLine {
  return { year: row.year, province: row.province, ...versionOf(row), history: [] };
}

/**
 * The configured lines (national, and a province's when asked) with their history, and per year the line in
 * force. Standards are public policy: any logged-in user reads them all, so there is no region scope here.
 */
export async function listStandards(q: Queryable, query: StandardsQuery) {
  const rows = (
    await q.query<StandardRow>(
      `SELECT ${STANDARD_SELECT} FROM poverty_standards s
       WHERE ($1::int IS NULL OR s.year = $1::int)
         AND (s.province IS NULL OR s.province = $2::text)
       ORDER BY s.year, s.province NULLS FIRST, s.version DESC`,
      [query.year ?? null, query.province ?? null],
    )
  ).map(presentRow);

  const items: StandardLine[] = [];
  for (const row of rows) {
    const last = items.at(-1);
    if (last && last.year === row.year && last.province === row.province) last.history.push(versionOf(row));
    else items.push(lineOf(row));
  }
  // Items are ordered national first within a year, so a provincial line replaces the national one here.
  const effective = new Map<number, StandardLine>();
  for (const item of items) effective.set(item.year, item);
  return {
    items,
    effective: [...effective.values()].map((i) => ({
      year: i.year,
      standardId: i.standardId,
      line: i.line,
      monitoringMultiplier: i.monitoringMultiplier,
      monitoringLine: i.monitoringLine,
      source: i.province === null ? ('national' as const) : ('provincial' as const),
      province: query.province ?? null,
    })),
  };
}
