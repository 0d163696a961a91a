import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { capabilityScope, registryScope, scopeCondition } from '../auth/policies.ts';
import { COUNTRY } from '../regions/region-code.ts';
import { pairedScope } from './scope.ts';

/**
 * The access layer's set queries, one per kind of row: which of these ids the actor may read, and the region
 * each answers to. Batched (one statement for any number of ids) and scoped in SQL, so a row outside the
 * actor's subtrees never leaves the database. `lock` takes the row for the rest of the transaction, so the
 * region checked is the region written.
 */
export interface Located {
  key: string;
  regionCode: string;
  /** The row is the actor's through an open pairing with its household (a paired cadre). */
  paired?: boolean;
}

/**
 * Every command and many reads pass this door first: its statements are prepared, planned once per connection
 * (their text has one shape per shape of the caller's grants), not at every request.
 */
const PREPARED = { prepare: true } as const;

/**
 * A statement's first parameter, the ids asked about, and its test of `column`: `= $1` for one id (most
 * commands name one row), `= ANY($1)` for several. Prepared, `= ANY($1)` alone would be planned anew at every
 * call: PostgreSQL prices its generic plan for an array of unknown length (ten ids) above the custom plan for
 * one, and a paired cadre's visit spent 0.5 ms planning its access check against 0.04 ms running it. An
 * unnest of arrays is priced the same way.
 */
const idParam = (ids: number[]): unknown => (ids.length === 1 ? ids[0] : ids);
const idTest = (column: string, ids: number[]) =>
  ids.length === 1 ? `${column} = $1::bigint` : `${column} = ANY($1::bigint[])`;

/** The same for pairs (a household and a year, a household and a file): the rows `alias (a, b)` of $1 and $2. */
const pairParams = (pairs: [number, number][]): unknown[] =>
  pairs.length === 1 ? [...pairs[0]!] : [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
const pairRows = (pairs: [number, number][], second: 'int' | 'bigint', alias: string) =>
  pairs.length === 1
    ? `(VALUES ($1::bigint, $2::${second})) AS ${alias}`
    : `unnest($1::bigint[], $2::${second}[]) AS ${alias}`;

const lockClause = (lock: boolean, of: string) => (lock ? ` FOR UPDATE OF ${of}` : '');

/**
 * Rows of households found by region or by pairing: `inRegion` is the registry's scope on the household's
 * village now, `paired` the pairing branch (pairedScope), both over `h`.
 */
function householdBranches(actor: Actor, params: unknown[]) {
  const inRegion = scopeCondition(registryScope(actor), 'h.region_code', params);
  const paired = pairedScope(actor, 'h.id', params);
  return { where: `(${inRegion} OR ${paired})`, paired };
}

export async function households(q: Queryable, actor: Actor, ids: number[], lock: boolean) {
  const params: unknown[] = [idParam(ids)];
  const { where, paired } = householdBranches(actor, params);
  return q.query<Located>(
    `SELECT h.id::text AS key, h.region_code AS "regionCode", ${paired} AS paired FROM households h
     WHERE ${idTest('h.id', ids)} AND ${where}${lockClause(lock, 'h')}`,
    params,
    PREPARED,
  );
}

/**
 * Years of households as "id/year". A recorded year answers to the village of that year; a year not yet
 * recorded to the household's village now (where it would be written).
 */
export async function years(q: Queryable, actor: Actor, pairs: [number, number][], lock: boolean) {
  const params = pairParams(pairs);
  const region = 'coalesce(y.region_code, h.region_code)';
  const paired = pairedScope(actor, 'h.id', params);
  return q.query<Located>(
    `SELECT h.id || '/' || k.year AS key, ${region} AS "regionCode", ${paired} AS paired
     FROM ${pairRows(pairs, 'int', 'k (id, year)')}
     JOIN households h ON h.id = k.id
     LEFT JOIN household_years y ON y.household_id = k.id AND y.year = k.year
     WHERE (${scopeCondition(registryScope(actor), region, params)} OR ${paired})${lockClause(lock, 'h')}`,
    params,
    PREPARED,
  );
}

export async function members(q: Queryable, actor: Actor, ids: number[], lock: boolean) {
  const params: unknown[] = [idParam(ids)];
  const { where, paired } = householdBranches(actor, params);
  return q.query<Located>(
    `SELECT m.id::text AS key, h.region_code AS "regionCode", ${paired} AS paired
     FROM members m JOIN households h ON h.id = m.household_id
     WHERE ${idTest('m.id', ids)} AND ${where}${lockClause(lock, 'm')}`,
    params,
    PREPARED,
  );
}

/**
 * Evidence files as "household/evidence": the file must belong to that household, which the actor may read
 * now, and answers to the region of the year it was assessed for (the household's own when none names it).
 */
export async function evidence(q: Queryable, actor: Actor, pairs: [number, number][]) {
  const params = pairParams(pairs);
  const region = 'coalesce(y.region_code, h.region_code)';
  return q.query<Located>(
    `SELECT e.household_id || '/' || e.id AS key, ${region} AS "regionCode"
     FROM ${pairRows(pairs, 'bigint', 'k (household_id, id)')}
     JOIN assessment_evidence e ON e.id = k.id AND e.household_id = k.household_id
     JOIN households h ON h.id = e.household_id
     LEFT JOIN LATERAL (SELECT a.year FROM guarantee_assessments a WHERE a.evidence_id = e.id LIMIT 1) a ON true
     LEFT JOIN household_years y ON y.household_id = e.household_id AND y.year = a.year
     WHERE ${scopeCondition(registryScope(actor), 'h.region_code', params)} AND ${scopeCondition(registryScope(actor), region, params)}`,
    params,
    PREPARED,
  );
}

/**
 * Cases of the procedures: a household's case answers to the household's village now (a case follows its
 * household), a village's or county's assessment to its region.
 */
export async function cases(q: Queryable, actor: Actor, ids: number[], lock: boolean) {
  const params: unknown[] = [idParam(ids)];
  const region = 'coalesce(h.region_code, c.region_code)';
  return q.query<Located>(
    `SELECT c.id::text AS key, ${region} AS "regionCode" FROM cases c
     LEFT JOIN households h ON h.id = c.household_id
     WHERE ${idTest('c.id', ids)} AND ${scopeCondition(registryScope(actor), region, params)}${lockClause(lock, 'c')}`,
    params,
    PREPARED,
  );
}

/**
 * Jobs the actor started, or of a region the actor administers. Whether the creator still holds a grant on
 * the job's region is the predicate's question (permissions.ts), asked of the grants of this request.
 */
export async function jobs(q: Queryable, actor: Actor, ids: number[]) {
  const admin = { ...actor, grants: actor.grants.filter((g) => ADMIN_ROLES.has(g.role)) };
  const params: unknown[] = [idParam(ids), actor.userId];
  // A job of the shell (no creator, no region) belongs to the whole country: the shell's own grant.
  return q.query<Located>(
    `SELECT j.id::text AS key, coalesce(j.region_code, '${COUNTRY}') AS "regionCode" FROM jobs j
     WHERE ${idTest('j.id', ids)}
       AND (j.created_by IS NOT DISTINCT FROM $2::bigint
            OR (j.region_code IS NOT NULL AND ${scopeCondition(admin, 'j.region_code', params)}))`,
    params,
    PREPARED,
  );
}

const ADMIN_ROLES = new Set(['county_admin', 'system_admin']);

/** Portal sites by id: each answers to its own region, asked of every grant (the predicate narrows by role). */
export async function sites(q: Queryable, actor: Actor, ids: number[], lock: boolean) {
  const params: unknown[] = [idParam(ids)];
  return q.query<Located>(
    `SELECT s.id::text AS key, s.region_code AS "regionCode" FROM portal_sites s
     WHERE ${idTest('s.id', ids)} AND ${scopeCondition(actor, 's.region_code', params)}${lockClause(lock, 's')}`,
    params,
    PREPARED,
  );
}

/** Portal articles (and disclosures) by id: by the region of their site. */
export async function articles(q: Queryable, actor: Actor, ids: number[], lock: boolean) {
  const params: unknown[] = [idParam(ids)];
  return q.query<Located>(
    `SELECT a.id::text AS key, s.region_code AS "regionCode"
     FROM portal_articles a JOIN portal_sites s ON s.id = a.site_id
     WHERE ${idTest('a.id', ids)} AND ${scopeCondition(actor, 's.region_code', params)}${lockClause(lock, 'a')}`,
    params,
    PREPARED,
  );
}

/** Complaints by id: by the region whose inbox holds them now (escalation moves them up). */
export async function complaints(q: Queryable, actor: Actor, ids: number[], lock: boolean) {
  const params: unknown[] = [idParam(ids)];
  return q.query<Located>(
    `SELECT c.id::text AS key, c.handler_region_code AS "regionCode" FROM complaints c
     WHERE ${idTest('c.id', ids)}
       AND ${scopeCondition(actor, 'c.handler_region_code', params)}${lockClause(lock, 'c')}`,
    params,
    PREPARED,
  );
}

/**
 * The organisation's rows answer to the region that keeps them (a unit, a cadre), or to their village (a
 * branch, a team), asked of every grant that reads the registry or keeps the organisation there.
 */
function organisationRows(table: string, regionColumn: string) {
  return async (q: Queryable, actor: Actor, ids: number[], lock: boolean) => {
    const params: unknown[] = [idParam(ids)];
    const keepers = capabilityScope(actor, 'manageOrganisation');
    const scope = `(${scopeCondition(registryScope(actor), `t.${regionColumn}`, params)} OR ${scopeCondition(keepers, `t.${regionColumn}`, params)})`;
    return q.query<Located>(
      `SELECT t.id::text AS key, t.${regionColumn} AS "regionCode" FROM ${table} t
       WHERE ${idTest('t.id', ids)} AND ${scope}${lockClause(lock, 't')}`,
      params,
      PREPARED,
    );
  };
}

export const units = organisationRows('org_units', 'region_code');
export const cadres = organisationRows('cadres', 'region_code');
export const branches = organisationRows('party_branches', 'village_code');
export const teams = organisationRows('work_teams', 'village_code');

/** Pairings by id: by their household's village now (the organisation's keepers there, or its readers). */
export async function pairings(q: Queryable, actor: Actor, ids: number[], lock: boolean) {
  const params: unknown[] = [idParam(ids)];
  const keepers = capabilityScope(actor, 'manageOrganisation');
  const scope = `(${scopeCondition(registryScope(actor), 'h.region_code', params)} OR ${scopeCondition(keepers, 'h.region_code', params)})`;
  return q.query<Located>(
    `SELECT p.id::text AS key, h.region_code AS "regionCode" FROM pairings p JOIN households h ON h.id = p.household_id
     WHERE ${idTest('p.id', ids)} AND ${scope}${lockClause(lock, 'p')}`,
    params,
    PREPARED,
  );
}

/** Rows of a household's casework (visits, measures) by their household's village now, or by its pairing. */
function householdRows(table: string) {
  return async (q: Queryable, actor: Actor, ids: number[], lock: boolean) => {
    const params: unknown[] = [idParam(ids)];
    const { where, paired } = householdBranches(actor, params);
    return q.query<Located>(
      `SELECT t.id::text AS key, h.region_code AS "regionCode", ${paired} AS paired
       FROM ${table} t JOIN households h ON h.id = t.household_id
       WHERE ${idTest('t.id', ids)} AND ${where}${lockClause(lock, 't')}`,
      params,
      PREPARED,
    );
  };
}

export const visits = householdRows('visits');
export const measures = householdRows('assistance_measures');

/** Problems: by their household's village now (or its pairing); a village's problem by its village. */
export async function problems(q: Queryable, actor: Actor, ids: number[], lock: boolean) {
  const params: unknown[] = [idParam(ids)];
  const region = 'coalesce(h.region_code, t.region_code)';
  const paired = pairedScope(actor, 'h.id', params);
  return q.query<Located>(
    `SELECT t.id::text AS key, ${region} AS "regionCode", ${paired} AS paired
     FROM problems t LEFT JOIN households h ON h.id = t.household_id
     WHERE ${idTest('t.id', ids)}
       AND (${scopeCondition(registryScope(actor), region, params)} OR ${paired})${lockClause(lock, 't')}`,
    params,
    PREPARED,
  );
}

/** Projects by their region (the office that keeps them). */
export async function projects(q: Queryable, actor: Actor, ids: number[], lock: boolean) {
  const params: unknown[] = [idParam(ids)];
  return q.query<Located>(
    `SELECT t.id::text AS key, t.region_code AS "regionCode" FROM projects t
     WHERE ${idTest('t.id', ids)} AND ${scopeCondition(registryScope(actor), 't.region_code', params)}${lockClause(lock, 't')}`,
    params,
    PREPARED,
  );
}
