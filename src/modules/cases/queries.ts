import { notFound } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import { requireAccess, requireRegion } from '../access/require-access.ts';
import { readScope } from '../access/scope.ts';
import type { Actor } from '../auth/actor.ts';
import { subtreeRange } from '../regions/region-code.ts';
import { actingGrant } from './actors.ts';
import { caseNotices } from './notices.ts';
import { caseObjections } from './objections.ts';
import { CASE_COLUMNS, type CaseRow } from './repo.ts';
import type { CaseView } from './schemas.ts';
import { caseType, closingRoles, type ActionName, type CaseType } from './transitions.ts';

/** What a list shows of a case, beside the case's own columns. */
const SUMMARY = `${CASE_COLUMNS}, h.household_no AS "householdNo",
  (SELECT m.name FROM members m WHERE m.household_id = c.household_id AND m.relation = '01' AND m.active LIMIT 1)
    AS "headName",
  (SELECT r.name FROM regions r WHERE r.code = coalesce(h.region_code, c.region_code)) AS "regionName",
  c.closed_on AS "closedOn", c.notice_ready AS "noticeReady", c.overdue, c.escalated_to AS "escalatedTo"`;

type SummaryRow = CaseRow & {
  householdNo: string | null;
  headName: string | null;
  regionName: string | null;
  closedOn: string | null;
  noticeReady: boolean;
  overdue: boolean;
  escalatedTo: string | null;
};

/** A list's row: the case without its reason and facts (the case page has them). */
function summary(r: SummaryRow) {
  const rest: Partial<SummaryRow> = { ...r };
  delete rest.reason;
  delete rest.facts;
  return {
    ...(rest as Omit<SummaryRow, 'reason' | 'facts'>),
    id: Number(r.id),
    householdId: r.householdId === null ? null : Number(r.householdId),
  };
}

export interface ListFilter {
  regionCode?: string;
  type?: string;
  stage?: string;
  state: 'open' | 'closed' | 'all';
  overdue?: 'true' | 'false';
  householdId?: number;
  year?: number;
  after?: number;
  limit: number;
}

/**
 * Cases in the actor's regions (a household's case by the household's village now), narrowed by the filter,
 * in keyset pages by id. The scope is part of the statement: nothing outside the actor's subtrees is read.
 */
export async function listCases(q: Queryable, actor: Actor, f: ListFilter) {
  const params: unknown[] = [];
  const region = 'coalesce(h.region_code, c.region_code)';
  const where = [readScope(actor, region, params)];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (f.regionCode) {
    requireRegion(actor, 'region.read', f.regionCode);
    const [lo, hi] = subtreeRange(f.regionCode);
    add(`${region} >= ?`, lo);
    add(`${region} <= ?`, hi);
  }
  if (f.type) add('c.type = ?', f.type);
  if (f.stage) add('c.stage = ?', f.stage);
  if (f.state === 'open') where.push('c.outcome IS NULL');
  if (f.state === 'closed') where.push('c.outcome IS NOT NULL');
  if (f.overdue) add('c.overdue = ?', f.overdue === 'true');
  if (f.householdId) add('c.household_id = ?', f.householdId);
  if (f.year) add('c.year = ?', f.year);
  if (f.after) add('c.id > ?', f.after);
  params.push(f.limit + 1);
  const rows = await q.query<SummaryRow>(
    `SELECT ${SUMMARY} FROM cases c LEFT JOIN households h ON h.id = c.household_id
     WHERE ${where.join(' AND ')} ORDER BY c.id LIMIT $${params.length}`,
    params,
  );
  const items = rows.slice(0, f.limit).map(summary);
  return { items, next: rows.length > f.limit ? items.at(-1)!.id : null };
}

/**
 * The open cases of the actor's regions (the subtree of `regionCode`, if given) counted by type and stage, and
 * how many are overdue: the inbox's and the menu's counts, exact and in one statement.
 */
export async function countCases(q: Queryable, actor: Actor, regionCode: string | undefined) {
  const params: unknown[] = [];
  const region = 'coalesce(h.region_code, c.region_code)';
  const where = [readScope(actor, region, params), 'c.outcome IS NULL'];
  if (regionCode) {
    requireRegion(actor, 'region.read', regionCode);
    const [lo, hi] = subtreeRange(regionCode);
    params.push(lo, hi);
    where.push(`${region} BETWEEN $${params.length - 1} AND $${params.length}`);
  }
  const rows = await q.query<{ type: CaseType; stage: string; count: number; overdue: number }>(
    `SELECT c.type, c.stage, count(*)::int AS count, count(*) FILTER (WHERE c.overdue)::int AS overdue
     FROM cases c LEFT JOIN households h ON h.id = c.household_id
     WHERE ${where.join(' AND ')} GROUP BY c.type, c.stage ORDER BY c.type, c.stage`,
    params,
  );
  return {
    byStage: rows.map(({ type, stage, count }) => ({ type, stage, count })),
    overdue: rows.reduce((sum, r) => sum + r.overdue, 0),
  };
}

/** One case with its events, notices, objections, evidence and the steps this actor may take now. */
export async function getCase(q: Queryable, actor: Actor, id: number): Promise<CaseView> {
  await requireAccess(q, actor, 'case.read', [id]);
  const rows = await q.query<SummaryRow>(
    `SELECT ${SUMMARY} FROM cases c LEFT JOIN households h ON h.id = c.household_id WHERE c.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) throw notFound('case', id);
  const events = await q.query<CaseView['events'][number]>(
    `SELECT id::int, action, from_stage AS "fromStage", to_stage AS "toStage", actor, actor_role AS "actorRole",
            actor_region AS "actorRegion", date, comment, reason, inputs, created_at AS "createdAt"
     FROM case_events WHERE case_id = $1 ORDER BY id`,
    [id],
  );
  const evidence = await q.query<CaseView['evidence'][number]>(
    `SELECT id::int, file_name AS "fileName", content_type AS "contentType", size, sha256, created_at AS "createdAt"
     FROM case_evidence WHERE case_id = $1 ORDER BY id`,
    [id],
  );
  const iso = (v: unknown) => new Date(v as string).toISOString();
  return {
    ...summary(row),
    reason: row.reason,
    facts: row.facts,
    events: events.map((e) => ({ ...e, createdAt: iso(e.createdAt) })),
    notices: await caseNotices(q, id),
    objections: await caseObjections(q, actor, id),
    evidence: evidence.map((e) => ({ ...e, createdAt: iso(e.createdAt) })),
    actions: availableActions(actor, row),
  };
}

/** The steps the actor may take on the case now, by the transition table and the actor's grants. */
export function availableActions(
  actor: Actor,
  c: Pick<CaseRow, 'type' | 'stage' | 'outcome' | 'regionCode'>,
) {
  if (c.outcome !== null) return [];
  const steps = caseType(c.type)
    .steps.filter((s) => s.from === c.stage && actingGrant(actor, [s.role], s.level, c.regionCode))
    .map((s) => ({
      action: s.action,
      to: s.to,
      requires: [...s.requires],
      checks: [...s.checks],
      ...(s.posts ? { posts: s.posts } : {}),
      needsReason: false,
    }));
  const closing = (['reject', 'withdraw'] as const)
    .filter((a) => actingGrant(actor, closingRoles(c.type, a), undefined, c.regionCode))
    .map((a: ActionName) => ({ action: a, to: c.stage, requires: [], checks: [], needsReason: true }));
  return [...steps, ...closing];
}
