import { DomainError, notFound } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { requireHouseholdRegion } from '../access/require-access.ts';
import {
  historyScope,
  householdPersonalScope,
  householdScope,
  householdYearScope,
  pairedScope,
} from '../access/scope.ts';
import { offsetOf } from '../../app/paging.ts';
import { auditReadSql } from '../audit/audit.ts';
import { canSeePersonalData } from '../auth/policies.ts';
import { normaliseLookup, sealHash, stripSealsText } from '../privacy/seal.ts';
import { subtreeRange } from '../regions/region-code.ts';
import {
  presentHistoryValue,
  presentHousehold,
  presentListIdNumber,
  presentMember,
} from '../privacy/present.ts';
import { checkSearch } from '../privacy/search.ts';
import {
  HOUSEHOLD_SELECT,
  MEMBER_SELECT,
  YEAR_SELECT,
  type HouseholdRow,
  type MemberRow,
  type YearRow,
} from './repo.ts';
import type { HouseholdListQuery } from './schemas.ts';

/** Reads of the registry, always limited to the actor's subtrees in SQL and masked by role. */

type HouseholdPageRow = HouseholdRow & {
  paired: boolean;
  yearRows: YearRow[];
  memberRows: MemberRow[];
  path: { code: string; name: string }[];
};

/**
 * A household with its yearly facts, members and region path, in one statement (the page is the most read
 * thing in the console; see bench/household-get.ts). The statement carries the access layer's scopes: the
 * household by its village now, each year's facts by the village of that year; and when the actor sees
 * personal data unmasked there, it records the view in the audit log (a data-modifying CTE, no extra trip).
 * `today` (the server's clock) is the day members' ages are counted on.
 */
export async function getHousehold(
  db: Queryable,
  actor: Actor,
  id: number,
  { year, today }: { year?: number | undefined; today: string },
) {
  const params: unknown[] = [id];
  const scope = householdScope(actor, 'h.id', 'h.region_code', params);
  const years = householdYearScope(actor, 'y', params);
  const paired = pairedScope(actor, 'h.id', params);
  const viewed = auditReadSql(actor, params, {
    action: 'household.view',
    entity: 'household',
    from: 'page p',
    entityId: 'p.id',
    region: 'p."regionCode"',
    where: householdPersonalScope(actor, 'p.id', 'p."regionCode"', params),
  });
  const [household] = await db.query<HouseholdPageRow>(
    `WITH page AS (
       SELECT ${HOUSEHOLD_SELECT},
         (SELECT coalesce(json_agg(y ORDER BY y.year), '[]') FROM (SELECT ${YEAR_SELECT} FROM household_years y WHERE y.household_id = h.id AND ${years}) y) AS "yearRows",
         (SELECT coalesce(json_agg(m ORDER BY m.active DESC, m.relation, m.id), '[]') FROM (SELECT ${MEMBER_SELECT} FROM members m WHERE m.household_id = h.id) m) AS "memberRows",
         (SELECT json_agg(json_build_object('code', r.code, 'name', r.name) ORDER BY r.level) FROM regions r
           WHERE r.code IN (rpad(left(h.region_code, 2), 12, '0'), rpad(left(h.region_code, 4), 12, '0'),
                            rpad(left(h.region_code, 6), 12, '0'), rpad(left(h.region_code, 9), 12, '0'), h.region_code)) AS path,
         ${paired} AS paired
       FROM households h WHERE h.id = $1 AND ${scope}),
     viewed AS (${viewed})
     SELECT * FROM page`,
    params,
    // Its text has one shape per shape of the caller's grants: prepared, it is planned once per connection.
    { prepare: true },
  );
  if (!household) throw notFound('household', id);
  const { yearRows, memberRows, path, paired: byPairing, ...core } = household;
  const facts = year === undefined ? yearRows.at(-1) : yearRows.find((y) => y.year === year);
  // A paired cadre sees their household's personal data: they call it and visit it.
  const viewer = { personal: byPairing || canSeePersonalData(actor, household.regionCode), today };
  const member = (m: MemberRow) => presentMember(m, viewer);
  return {
    ...presentHousehold(core, viewer),
    createdAt: new Date(household.createdAt).toISOString(),
    updatedAt: new Date(household.updatedAt).toISOString(),
    regionPath: path,
    years: yearRows.map((y) => y.year),
    facts: facts ?? null,
    members: memberRows.filter((m) => m.active).map(member),
    formerMembers: memberRows.filter((m) => !m.active).map(member),
  };
}

/** The latest year with figures for a region, from the maintained statistics (no registry scan). */
export async function latestYearOf(db: Queryable, regionCode: string): Promise<number | null> {
  const rows = await db.query<{ year: number }>(
    `SELECT max(year) AS year FROM region_figures($1) WHERE dimension = 'total' AND households > 0`,
    [regionCode],
  );
  return rows[0]?.year ?? null;
}

interface ListRow {
  id: number;
  householdNo: string;
  regionCode: string;
  regionName: string | null;
  headName: string | null;
  headIdNumber: string | null;
  size: number;
  status: string;
  householdType: string;
  mainCause: string;
  perCapitaIncome: number | null;
  version: number;
}

/**
 * Builds the member-search condition on households `h`: a full ID number, the last 4–6 characters of one, or a
 * name. Shared with the export, so a download holds what the list showed. Which of these a role may use is
 * checked before (privacy/search.ts).
 */
export function searchCondition(q: string, params: unknown[]): string {
  const text = q.trim().toUpperCase();
  if (/^\d{17}[\dX]$/.test(text)) {
    params.push(text);
    return `EXISTS (SELECT 1 FROM members s WHERE s.household_id = h.id AND s.id_number = $${params.length})`;
  }
  if (/^\d{3,5}[\dX]$/.test(text)) {
    params.push(text);
    return `EXISTS (SELECT 1 FROM members s WHERE s.household_id = h.id AND right(s.id_number, ${text.length}) = $${params.length})`;
  }
  params.push(`%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return `EXISTS (SELECT 1 FROM members s WHERE s.household_id = h.id AND s.name LIKE $${params.length})`;
}

/**
 * One page of households of a region and year, filtered, in id order: after a keyset cursor (`after`) or at
 * a page number, with the total the filter matches (counted in SQL under the same scope).
 */
export async function listHouseholds(db: Queryable, actor: Actor, region: string, query: HouseholdListQuery) {
  const byPairing = requireHouseholdRegion(actor, region);
  checkSearch(query.q, byPairing || canSeePersonalData(actor, region));
  const year = query.year ?? (await latestYearOf(db, region));
  if (year === null) return { year: null, items: [], nextCursor: null, total: 0 };
  const [lo, hi] = subtreeRange(region);
  const params: unknown[] = [year, lo, hi];
  const where = [
    'y.year = $1',
    'y.region_code BETWEEN $2 AND $3',
    householdScope(actor, 'h.id', 'h.region_code', params),
  ];
  const filters: [keyof HouseholdListQuery, string][] = [
    ['status', 'y.status'],
    ['cause', 'y.main_cause'],
    ['type', 'y.household_type'],
  ];
  for (const [key, column] of filters) {
    if (query[key] === undefined) continue;
    params.push(query[key]);
    where.push(`${column} = $${params.length}`);
  }
  if (query.q) where.push(searchCondition(query.q, params));
  const from = 'FROM household_years y JOIN households h ON h.id = y.household_id';
  const [counted] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total ${from} WHERE ${where.join(' AND ')}`,
    params,
  );
  const pageParams = [...params, query.page === undefined ? (query.after ?? 0) : 0, query.limit + 1];
  pageParams.push(offsetOf(query.page, query.limit));
  const rows = await db.query<ListRow>(
    `SELECT h.id, h.household_no AS "householdNo", h.region_code AS "regionCode", r.name AS "regionName",
            head.name AS "headName", head.id_number AS "headIdNumber", y.size, y.status,
            y.household_type AS "householdType", y.main_cause AS "mainCause", y.per_capita_income AS "perCapitaIncome", h.version
     ${from}
     LEFT JOIN regions r ON r.code = h.region_code
     LEFT JOIN LATERAL (SELECT name, id_number FROM members m WHERE m.household_id = h.id AND m.active AND m.relation = '01' LIMIT 1) head ON true
     WHERE ${where.join(' AND ')} AND y.household_id > $${params.length + 1}
     ORDER BY y.household_id
     LIMIT $${params.length + 2} OFFSET $${params.length + 3}`,
    pageParams,
  );
  const page = rows.slice(0, query.limit);
  const items = page.map((r) => ({ ...r, headIdNumber: presentListIdNumber(r.headIdNumber) }));
  return {
    year,
    items,
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
    total: counted?.total ?? 0,
  };
}

/**
 * Field-level change history of a household and its members, newest first. Personal values are kept masked
 * with a keyed hash (privacy/seal.ts); `match` (an ID number, phone or bank account, for a role that may see
 * personal data) keeps the rows whose old or new value — or a value inside a snapshot — was exactly it.
 */
export async function householdHistory(
  db: Queryable,
  actor: Actor,
  householdId: number,
  page: { before?: number | undefined; page?: number | undefined; limit: number; match?: string | undefined },
) {
  const params: unknown[] = [householdId];
  const scope = householdScope(actor, 'h.id', 'h.region_code', params);
  const paired = pairedScope(actor, 'h.id', params);
  const [household] = await db.query<{ regionCode: string; paired: boolean }>(
    `SELECT h.region_code AS "regionCode", ${paired} AS paired FROM households h WHERE h.id = $1 AND ${scope}`,
    params,
  );
  if (!household) throw notFound('household', householdId);
  const personal = household.paired || canSeePersonalData(actor, household.regionCode);
  // Matching is a test of a guess against the hashes: only for those who may see the value anyway.
  if (page.match !== undefined && !personal) {
    throw new DomainError('forbidden', 'FORBIDDEN', {
      zh: '无权按个人信息查询变更记录',
      en: 'You may not search the history by personal data',
    });
  }
  const hash = page.match === undefined ? null : sealHash(normaliseLookup(page.match));
  // Rows of a year the household spent in a village outside the actor's subtrees are not the actor's.
  const historyParams: unknown[] = [householdId, hash];
  const yearRows = household.paired ? 'true' : historyScope(actor, historyParams);
  const where = `household_id = $1 AND ${yearRows}
       AND ($2::text IS NULL OR old_hash = $2 OR new_hash = $2 OR strpos(old_value, $2) > 0 OR strpos(new_value, $2) > 0)`;
  const [counted] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM change_history c WHERE ${where}`,
    historyParams,
  );
  const before = page.page === undefined ? (page.before ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER;
  const n = historyParams.length;
  const rows = await db.query<{
    id: number;
    memberId: number | null;
    year: number | null;
    field: string;
    oldValue: string | null;
    newValue: string | null;
    action: string;
    reason: string | null;
    source: string | null;
    caseId: number | null;
    actor: string;
    at: Date;
  }>(
    `SELECT id, member_id AS "memberId", year, field, old_value AS "oldValue", new_value AS "newValue", action,
            reason, source, case_id AS "caseId", actor, at
     FROM change_history c WHERE ${where} AND id < $${n + 1}
     ORDER BY id DESC LIMIT $${n + 2} OFFSET $${n + 3}`,
    [...historyParams, before, page.limit + 1, offsetOf(page.page, page.limit)],
  );
  const viewer = { personal };
  const items = rows.slice(0, page.limit).map((r) => ({
    ...r,
    at: new Date(r.at).toISOString(),
    oldValue: presentHistoryValue(r.field, stripSealsText(r.oldValue), viewer),
    newValue: presentHistoryValue(r.field, stripSealsText(r.newValue), viewer),
  }));
  return {
    items,
    nextCursor: rows.length > page.limit ? (items.at(-1)?.id ?? null) : null,
    total: counted?.total ?? 0,
  };
}
