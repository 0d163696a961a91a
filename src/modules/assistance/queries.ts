import type { Queryable } from '../../db/types.ts';
import { offsetOf } from '../../app/paging.ts';
import { householdScope } from '../access/scope.ts';
import type { Actor } from '../auth/actor.ts';
import { subtreeRange } from '../regions/region-code.ts';
import type { Measure } from './schemas.ts';

/** Reads of the measures: one measure, and lists by household or by region, scoped in SQL (access/scope.ts). */
const COLUMNS = `m.id::int, m.household_id::int AS "householdId", h.household_no AS "householdNo",
  head.name AS "headName", h.region_code AS "regionCode", m.year::int, m.category, m.description,
  m.amount, m.provider, m.start_on::text AS "startOn", m.end_on::text AS "endOn", m.development,
  m.project_id::int AS "projectId", m.version`;
const FROM = `assistance_measures m JOIN households h ON h.id = m.household_id
  LEFT JOIN LATERAL (SELECT name FROM members x WHERE x.household_id = h.id AND x.active AND x.relation = '01'
                     LIMIT 1) head ON true`;

export async function measureById(q: Queryable, id: number): Promise<Measure> {
  const [row] = await q.query<Measure>(`SELECT ${COLUMNS} FROM ${FROM} WHERE m.id = $1`, [id]);
  return row!;
}

export async function listMeasures(
  q: Queryable,
  actor: Actor,
  query: { householdId?: number; region?: string; year?: number; page?: number; limit: number },
): Promise<{ items: Measure[]; total: number }> {
  const params: unknown[] = [];
  const where = [householdScope(actor, 'h.id', 'h.region_code', params)];
  if (query.householdId !== undefined) where.push(`m.household_id = $${params.push(query.householdId)}`);
  if (query.region !== undefined) {
    const [low, high] = subtreeRange(query.region);
    where.push(`h.region_code BETWEEN $${params.push(low)} AND $${params.push(high)}`);
  }
  if (query.year !== undefined) where.push(`m.year = $${params.push(query.year)}`);
  const rows = await q.query<Measure & { total: number }>(
    `SELECT ${COLUMNS}, count(*) OVER ()::int AS total FROM ${FROM}
     WHERE ${where.join(' AND ')}
     ORDER BY m.household_id, m.year DESC, m.start_on DESC, m.id DESC
     LIMIT ${query.limit} OFFSET ${offsetOf(query.page, query.limit)}`,
    params,
  );
  return { items: rows.map(({ total: _total, ...r }) => r), total: rows[0]?.total ?? 0 };
}
