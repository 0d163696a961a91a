import type { Queryable } from '../../db/types.ts';

/** SQL of the standards' writes and of the checks before them. Reads for the API are in queries.ts. */

/** One version of a line: national (province null) or provincial, for one year. */
export interface StandardRow {
  id: number;
  year: number;
  province: string | null;
  version: number;
  line: number;
  monitoringMultiplier: number;
  reason: string;
  changedBy: string;
  changedAt: string;
}

export const STANDARD_SELECT = `s.id, s.year, s.province, s.version, s.line,
  s.monitoring_multiplier AS "monitoringMultiplier", s.reason, s.changed_by AS "changedBy",
  s.changed_at AS "changedAt"`;

/** Timestamps come back as Date from pg and PGlite alike; the API speaks ISO text. */
export function presentRow(row: StandardRow): StandardRow {
  return { ...row, changedAt: new Date(row.changedAt).toISOString() };
}

export async function provinceExists(q: Queryable, province: string): Promise<boolean> {
  const rows = await q.query(`SELECT 1 FROM regions WHERE code = rpad($1, 12, '0') AND level = 1`, [
    province,
  ]);
  return rows.length > 0;
}

/**
 * Serialises changes of one year and scope, so two administrators saving at once get versions n and n+1
 * rather than a unique-index failure. The national line is scope 0.
 */
export async function lockScope(tx: Queryable, year: number, province: string | null): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(7242009, $1)', [year * 100 + Number(province ?? 0)]);
}

/** The version in force for exactly this scope (not falling back to the national line). */
export async function latestVersion(
  q: Queryable,
  year: number,
  province: string | null,
): Promise<StandardRow | undefined> {
  const rows = await q.query<StandardRow>(
    `SELECT ${STANDARD_SELECT} FROM poverty_standards s
     WHERE s.year = $1 AND s.province IS NOT DISTINCT FROM $2::text ORDER BY s.version DESC LIMIT 1`,
    [year, province],
  );
  return rows[0] && presentRow(rows[0]);
}

/**
 * Households identified under the line in force for the scope: for the national line those that reference a
 * national version of the year; for a province also those of the province that reference the national line
 * (a new provincial line would take its place for them).
 */
export async function householdsIdentifiedUnder(
  q: Queryable,
  year: number,
  province: string | null,
): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM households h JOIN poverty_standards s ON s.id = h.standard_id
     WHERE s.year = $1
       AND (s.province = $2::text OR (s.province IS NULL AND ($2::text IS NULL OR left(h.region_code, 2) = $2::text)))`,
    [year, province],
  );
  return rows[0]?.n ?? 0;
}

export async function insertVersion(
  tx: Queryable,
  row: {
    year: number;
    province: string | null;
    version: number;
    line: number;
    monitoringMultiplier: number;
    reason: string;
    changedBy: string;
    changedById: number | null;
  },
): Promise<StandardRow> {
  const rows = await tx.query<StandardRow>(
    `INSERT INTO poverty_standards AS s
       (year, province, version, line, monitoring_multiplier, reason, changed_by, changed_by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${STANDARD_SELECT}`,
    [
      row.year,
      row.province,
      row.version,
      row.line,
      row.monitoringMultiplier,
      row.reason,
      row.changedBy,
      row.changedById,
    ],
  );
  return presentRow(rows[0]!);
}
