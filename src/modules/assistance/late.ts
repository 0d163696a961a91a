import type { Queryable } from '../../db/types.ts';
import { offsetOf } from '../../app/paging.ts';
import { householdScope } from '../access/scope.ts';
import type { Actor } from '../auth/actor.ts';
import { subtreeRange } from '../regions/region-code.ts';

/** The households flagged and not yet resolved (their problem open or in progress), in a region's subtree. */
export async function listLate(
  q: Queryable,
  actor: Actor,
  query: { region: string; page?: number; limit: number },
) {
  const params: unknown[] = [];
  const [low, high] = subtreeRange(query.region);
  const where = [
    `p.source_key LIKE 'assistance:%'`,
    `p.state IN ('open', 'in_progress')`,
    householdScope(actor, 'h.id', 'h.region_code', params),
    `h.region_code BETWEEN $${params.push(low)} AND $${params.push(high)}`,
  ];
  const rows = await q.query<{
    householdId: number;
    householdNo: string;
    headName: string | null;
    regionCode: string;
    regionName: string | null;
    caseId: number;
    caseType: string;
    decidedOn: string;
    flaggedOn: string;
    problemId: number;
    problemState: string;
    measuresSince: number;
    total: number;
  }>(
    `SELECT h.id::int AS "householdId", h.household_no AS "householdNo", head.name AS "headName",
            h.region_code AS "regionCode", r.name AS "regionName", c.id::int AS "caseId", c.type AS "caseType",
            coalesce(c.closed_on, c.stage_since)::text AS "decidedOn", p.opened_on::text AS "flaggedOn",
            p.id::int AS "problemId", p.state AS "problemState",
            (SELECT count(*)::int FROM assistance_measures m
             WHERE m.household_id = h.id AND m.start_on >= coalesce(c.closed_on, c.stage_since)) AS "measuresSince",
            count(*) OVER ()::int AS total
     FROM problems p
     JOIN cases c ON p.source_key = 'assistance:' || c.id
     JOIN households h ON h.id = p.household_id
     LEFT JOIN regions r ON r.code = h.region_code
     LEFT JOIN LATERAL (SELECT name FROM members x WHERE x.household_id = h.id AND x.active AND x.relation = '01'
                        LIMIT 1) head ON true
     WHERE ${where.join(' AND ')}
     ORDER BY p.opened_on, h.id
     LIMIT ${query.limit} OFFSET ${offsetOf(query.page, query.limit)}`,
    params,
  );
  return { items: rows.map(({ total: _total, ...r }) => r), total: rows[0]?.total ?? 0 };
}
