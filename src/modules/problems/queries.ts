import { notFound } from '../../app/errors.ts';
import { offsetOf } from '../../app/paging.ts';
import type { Queryable, Tx } from '../../db/types.ts';
import { requireAccess, requireHouseholdRegion, requireRegion } from '../access/require-access.ts';
import { householdPersonalScope, pairedScope, readScope } from '../access/scope.ts';
import type { Actor } from '../auth/actor.ts';
import { levelOf, subtreeRange } from '../regions/region-code.ts';
import { scrubText } from '../privacy/present.ts';
import type { ListQuery, ProblemDetail, ProblemSummary } from './schemas.ts';
import { allowedSteps } from './transitions.ts';
import { mayWrite } from './access.ts';

/**
 * The problems' reads: the list (scoped in SQL: the problem's household by its village now or by its pairing,
 * a village's problem by its village), one problem with its trail and the steps the reader may take, and the
 * board from the counts the database maintains (migration 0032). A description is free text: any ID, phone or
 * bank number in it is masked for a reader without personal data there (scrubText).
 */
const REGION = 'coalesce(h.region_code, p.region_code)';

const SUMMARY = `p.id::int, p.household_id::int AS "householdId", h.household_no AS "householdNo",
  (SELECT m.name FROM members m WHERE m.household_id = h.id AND m.active AND m.relation = '01' LIMIT 1) AS "headName",
  p.region_code AS "regionCode", r.name AS "regionName", p.category, p.description, p.source,
  CASE WHEN c.id IS NOT NULL THEN json_build_object('kind', 'cadre', 'id', c.id, 'name', c.name)
       WHEN u.id IS NOT NULL THEN json_build_object('kind', 'unit', 'id', u.id, 'name', u.name) END AS owner,
  to_char(p.due, 'YYYY-MM-DD') AS due, p.state, p.overdue, p.handler_region_code AS "handlerRegionCode",
  p.version, to_char(p.opened_on, 'YYYY-MM-DD') AS "openedOn"`;
const FROM = `problems p LEFT JOIN households h ON h.id = p.household_id
  LEFT JOIN regions r ON r.code = p.region_code LEFT JOIN cadres c ON c.id = p.owner_cadre_id
  LEFT JOIN org_units u ON u.id = p.owner_unit_id`;

type Row = Omit<ProblemSummary, 'handlerLevel'> & { personal: boolean };

export const handlerLevel = (code: string): ProblemSummary['handlerLevel'] => {
  const level = levelOf(code);
  return level === 5 ? 'village' : level === 4 ? 'town' : 'county';
};

function present({ personal, ...row }: Row): ProblemSummary {
  return {
    ...row,
    description: personal ? row.description : scrubText(row.description),
    handlerLevel: handlerLevel(row.handlerRegionCode),
  };
}

/**
 * The inbox: problems handled at the level of one of the caller's grants (a town official's holds those
 * escalated to their town); for a paired cadre, the problems of their households still with the village.
 */
function inboxCondition(actor: Actor, params: unknown[]): string {
  const codes = actor.grants.filter((g) => g.role !== 'paired_cadre').map((g) => g.regionCode);
  const byGrant = `p.handler_region_code = ANY($${params.push(codes)}::text[])`;
  const paired = pairedScope(actor, 'h.id', params);
  return paired === 'false'
    ? byGrant
    : `(${byGrant} OR (${paired} AND p.handler_region_code = p.region_code))`;
}

export async function listProblems(
  q: Queryable,
  actor: Actor,
  query: ListQuery,
): Promise<{ items: ProblemSummary[]; total: number }> {
  const params: unknown[] = [];
  const where = [`(${readScope(actor, REGION, params)} OR ${pairedScope(actor, 'h.id', params)})`];
  if (query.region !== undefined) {
    requireHouseholdRegion(actor, query.region);
    const [lo, hi] = subtreeRange(query.region);
    where.push(`${REGION} BETWEEN $${params.push(lo)} AND $${params.push(hi)}`);
  }
  if (query.state) where.push(`p.state = $${params.push(query.state)}`);
  if (query.overdue) where.push(`p.overdue = $${params.push(query.overdue === 'true')}`);
  if (query.householdId !== undefined) where.push(`p.household_id = $${params.push(query.householdId)}`);
  if (query.category) where.push(`p.category = $${params.push(query.category)}`);
  if (query.inbox === 'true') where.push(inboxCondition(actor, params));
  const personal = householdPersonalScope(actor, 'h.id', REGION, params);
  // Unfinished first, the nearest due date on top; then the solved and confirmed, the latest first.
  const rows = await q.query<Row & { total: number }>(
    `SELECT ${SUMMARY}, ${personal} AS personal, count(*) OVER ()::int AS total FROM ${FROM}
     WHERE ${where.join(' AND ')}
     ORDER BY (p.state IN ('solved', 'confirmed')), CASE WHEN p.state IN ('solved', 'confirmed') THEN NULL ELSE p.due END,
              p.id DESC
     LIMIT ${query.limit} OFFSET ${offsetOf(query.page, query.limit)}`,
    params,
  );
  return { items: rows.map(({ total: _total, ...r }) => present(r)), total: rows[0]?.total ?? 0 };
}

/** One problem with its trail and the steps the reader may take now; 404 outside the reader's scope. */
export async function problemDetail(tx: Tx, actor: Actor, id: number): Promise<ProblemDetail> {
  await requireAccess(tx, actor, 'problem.read', [id]);
  const params: unknown[] = [id];
  const personal = householdPersonalScope(actor, 'h.id', REGION, params);
  const [row] = await tx.query<
    Row & {
      sourceKey: string | null;
      visitId: number | null;
      solvedOn: string | null;
      confirmedOn: string | null;
    }
  >(
    `SELECT ${SUMMARY}, ${personal} AS personal, p.source_key AS "sourceKey", p.visit_id::int AS "visitId",
            to_char(p.solved_on, 'YYYY-MM-DD') AS "solvedOn", to_char(p.confirmed_on, 'YYYY-MM-DD') AS "confirmedOn"
     FROM ${FROM} WHERE p.id = $1`,
    params,
  );
  if (!row) throw notFound('problem', id);
  const events = await problemEvents(tx, id);
  const solvedBy = lastSolver(events);
  const writes = await mayWrite(tx, actor, id);
  const actions = allowedSteps(actor, {
    state: row.state,
    villageCode: row.regionCode,
    writes,
    solvedBy,
  });
  return {
    ...present(row),
    sourceKey: row.sourceKey,
    visitId: row.visitId,
    solvedOn: row.solvedOn,
    confirmedOn: row.confirmedOn,
    events: events.map(({ actorUserId: _u, ...e }) => ({
      ...e,
      reason: e.reason === null || row.personal ? e.reason : scrubText(e.reason),
    })),
    actions,
  };
}

export interface EventRow {
  id: number;
  action: string;
  actor: string;
  actorName: string | null;
  actorUserId: number | null;
  actorRole: string | null;
  regionCode: string | null;
  date: string;
  reason: string | null;
  evidence: { documentNo: string; date: string } | null;
  at: string;
}

/**
 * Who took a problem's step, as a person (over `e`, problem_events): the cadre's name, else the login's
 * display name; NULL for the shell (its username, actor_name, is all there is).
 */
export const EVENT_PERSON_SQL = `coalesce((SELECT c.name FROM cadres c WHERE c.user_id = e.actor_user_id),
                                          (SELECT u.display_name FROM users u WHERE u.id = e.actor_user_id))`;

export async function problemEvents(q: Queryable, id: number): Promise<EventRow[]> {
  const rows = await q.query<EventRow>(
    `SELECT e.id::int, e.action, e.actor_name AS actor,
            ${EVENT_PERSON_SQL} AS "actorName",
            e.actor_user_id::int AS "actorUserId", e.actor_role AS "actorRole", e.region_code AS "regionCode",
            to_char(e.date, 'YYYY-MM-DD') AS date, e.reason, e.evidence,
            to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at
     FROM problem_events e WHERE e.problem_id = $1 ORDER BY e.id`,
    [id],
  );
  return rows;
}

/** Who solved the problem last (the one who may not confirm it). */
export function lastSolver(events: readonly EventRow[]): number | null {
  const solve = [...events].reverse().find((e) => e.action === 'solve');
  return solve?.actorUserId ?? null;
}

interface BoardRow {
  code: string;
  name: string;
  open: number;
  inProgress: number;
  solved: number;
  confirmed: number;
  overdue: number;
}

/** The board of a region: its totals and each child region's, from problem_stats (0032). */
export async function problemBoard(q: Queryable, actor: Actor, region: string) {
  requireRegion(actor, 'region.read', region);
  const counts = `f.open::int, f.in_progress::int AS "inProgress", f.solved::int, f.confirmed::int, f.overdue::int`;
  const [own] = await q.query<BoardRow>(
    `SELECT r.code, r.name, ${counts} FROM regions r CROSS JOIN LATERAL problem_figures(r.code) f WHERE r.code = $1`,
    [region],
  );
  if (!own) throw notFound('region', region);
  const byRegion = await q.query<BoardRow>(
    `SELECT r.code, r.name, ${counts} FROM regions r CROSS JOIN LATERAL problem_figures(r.code) f
     WHERE r.parent_code = $1 ORDER BY r.code`,
    [region],
  );
  const { code, name, ...totals } = own;
  return { region: { code, name }, totals, byRegion };
}
