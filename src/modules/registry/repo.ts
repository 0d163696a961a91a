import type { Queryable } from '../../db/types.ts';
import { presentColumns, selectList } from './columns.ts';
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS, YEAR_FIELDS } from './fields.ts';
import type { Values } from './validate.ts';

/** All SQL of the registry's writes. Reads for lists and pages are in queries.ts. */

export interface HouseholdRow extends Values {
  id: number;
  householdNo: string;
  countyCode: string;
  regionCode: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface MemberRow extends Values {
  id: number;
  householdId: number;
  countyCode: string;
  name: string;
  idNumber: string;
  sex: string;
  birthDate: string;
  relation: string;
  active: boolean;
  leftEvent: string | null;
  leftOn: string | null;
  version: number;
}

export interface YearRow extends Values {
  householdId: number;
  year: number;
  regionCode: string;
  size: number;
  perCapitaIncome: number | null;
}

export const HOUSEHOLD_SELECT = `h.id, h.household_no AS "householdNo", h.county_code AS "countyCode",
  h.region_code AS "regionCode", ${selectList(HOUSEHOLD_FIELDS, 'h')}, h.version,
  h.created_at AS "createdAt", h.updated_at AS "updatedAt"`;

export const MEMBER_SELECT = `m.id, m.household_id AS "householdId", m.county_code AS "countyCode",
  ${selectList(MEMBER_FIELDS, 'm')}, m.sex, m.birth_date AS "birthDate", m.active, m.left_event AS "leftEvent",
  m.left_on AS "leftOn", m.version`;

export const YEAR_SELECT = `y.household_id AS "householdId", y.year, y.region_code AS "regionCode",
  ${selectList(YEAR_FIELDS, 'y')}, y.size, y.per_capita_income AS "perCapitaIncome"`;

/** A household by id; ask the access layer first (requireAccess locks the row for the write). */
export async function loadHousehold(tx: Queryable, id: number): Promise<HouseholdRow | undefined> {
  const rows = await tx.query<HouseholdRow>(`SELECT ${HOUSEHOLD_SELECT} FROM households h WHERE h.id = $1`, [
    id,
  ]);
  return rows[0];
}

export async function householdNoExists(tx: Queryable, householdNo: string): Promise<boolean> {
  return (await tx.query('SELECT 1 FROM households WHERE household_no = $1', [householdNo])).length > 0;
}

export async function insertHousehold(
  tx: Queryable,
  core: { householdNo: string; regionCode: string },
  fields: Values,
): Promise<HouseholdRow> {
  const { columns, params } = presentColumns(HOUSEHOLD_FIELDS, fields);
  const all = ['household_no', 'county_code', 'region_code', ...columns];
  const values = [core.householdNo, core.regionCode.slice(0, 6), core.regionCode, ...params];
  const rows = await tx.query<HouseholdRow>(
    `INSERT INTO households AS h (${all.join(', ')}) VALUES (${all.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING ${HOUSEHOLD_SELECT}`,
    values,
  );
  return rows[0]!;
}

/** Applies changed fields (possibly none) and bumps the version. */
export async function updateHousehold(
  tx: Queryable,
  id: number,
  fields: Values,
  core: { regionCode?: string } = {},
): Promise<HouseholdRow> {
  const { columns, params } = presentColumns(HOUSEHOLD_FIELDS, fields);
  if (core.regionCode) {
    columns.push('region_code', 'county_code');
    params.push(core.regionCode, core.regionCode.slice(0, 6));
  }
  const sets = columns.map((c, i) => `${c} = $${i + 2}`);
  const year = columns.indexOf('identified_year');
  if (year >= 0) {
    // A corrected year of identification changes the standard the household was identified under (the line
    // of that year; unknown when the year is cleared). Other edits leave the recorded standard alone.
    const region = columns.indexOf('region_code');
    const regionExpr = region >= 0 ? `$${region + 2}` : 'h.region_code';
    sets.push(
      `standard_id = CASE WHEN h.identified_year IS DISTINCT FROM $${year + 2}::smallint
         THEN poverty_standard_id(${regionExpr}, $${year + 2}::int) ELSE h.standard_id END`,
    );
  }
  sets.push('version = h.version + 1', 'updated_at = now()');
  const rows = await tx.query<HouseholdRow>(
    `UPDATE households h SET ${sets.join(', ')} WHERE h.id = $1 RETURNING ${HOUSEHOLD_SELECT}`,
    [id, ...params],
  );
  return rows[0]!;
}

export async function getYear(
  tx: Queryable,
  householdId: number,
  year: number,
): Promise<YearRow | undefined> {
  const rows = await tx.query<YearRow>(
    `SELECT ${YEAR_SELECT} FROM household_years y WHERE y.household_id = $1 AND y.year = $2`,
    [householdId, year],
  );
  return rows[0];
}

/** The household's latest year row, or its latest before `before` when given. */
export async function latestYear(
  tx: Queryable,
  householdId: number,
  before?: number,
): Promise<YearRow | undefined> {
  const rows = await tx.query<YearRow>(
    `SELECT ${YEAR_SELECT} FROM household_years y WHERE y.household_id = $1 AND y.year < $2
     ORDER BY y.year DESC LIMIT 1`,
    [householdId, before ?? 32767],
  );
  return rows[0];
}

/** The household's year rows of `fromYear` and later, oldest first. */
export async function yearsFrom(tx: Queryable, householdId: number, fromYear: number): Promise<YearRow[]> {
  return tx.query<YearRow>(
    `SELECT ${YEAR_SELECT} FROM household_years y WHERE y.household_id = $1 AND y.year >= $2 ORDER BY y.year`,
    [householdId, fromYear],
  );
}

export async function insertYear(
  tx: Queryable,
  key: { householdId: number; year: number; regionCode: string; size: number },
  facts: Values,
): Promise<YearRow> {
  const { columns, params } = presentColumns(YEAR_FIELDS, facts);
  const all = ['household_id', 'year', 'region_code', 'size', ...columns];
  const rows = await tx.query<YearRow>(
    `INSERT INTO household_years AS y (${all.join(', ')}) VALUES (${all.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING ${YEAR_SELECT}`,
    [key.householdId, key.year, key.regionCode, key.size, ...params],
  );
  return rows[0]!;
}

export async function updateYear(
  tx: Queryable,
  householdId: number,
  year: number,
  facts: Values & { size?: number; regionCode?: string },
): Promise<YearRow> {
  const { columns, params } = presentColumns(YEAR_FIELDS, facts);
  if (facts.size !== undefined) {
    columns.push('size');
    params.push(facts.size);
  }
  if (facts.regionCode !== undefined) {
    columns.push('region_code');
    params.push(facts.regionCode);
  }
  if (columns.length === 0) return (await getYear(tx, householdId, year))!;
  const sets = columns.map((c, i) => `${c} = $${i + 3}`).join(', ');
  const rows = await tx.query<YearRow>(
    `UPDATE household_years y SET ${sets} WHERE y.household_id = $1 AND y.year = $2 RETURNING ${YEAR_SELECT}`,
    [householdId, year, ...params],
  );
  return rows[0]!;
}

/**
 * The ID numbers among `ids` that are already active members of some household, each with that household's
 * number when `scope` (the access layer's readScope of the caller, on `h.region_code`) lets the caller read
 * it, and null otherwise: the scope is asked in the same statement, so a number outside it never leaves the
 * database.
 */
export async function activeIdNumbers(
  tx: Queryable,
  ids: readonly string[],
  scope: (column: string, params: unknown[]) => string,
): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const params: unknown[] = [ids];
  const readable = scope('h.region_code', params);
  const rows = await tx.query<{ id_number: string; household_no: string | null }>(
    `SELECT m.id_number, CASE WHEN ${readable} THEN h.household_no END AS household_no
     FROM members m JOIN households h ON h.id = m.household_id
     WHERE m.active AND m.id_number = ANY($1::text[])`,
    params,
  );
  return new Map(rows.map((r) => [r.id_number, r.household_no]));
}

export async function insertMember(
  tx: Queryable,
  household: { id: number; countyCode: string },
  person: { sex: string; birthDate: string },
  fields: Values,
): Promise<MemberRow> {
  const { columns, params } = presentColumns(MEMBER_FIELDS, fields);
  const all = ['household_id', 'county_code', 'sex', 'birth_date', ...columns];
  const rows = await tx.query<MemberRow>(
    `INSERT INTO members AS m (${all.join(', ')}) VALUES (${all.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING ${MEMBER_SELECT}`,
    [household.id, household.countyCode, person.sex, person.birthDate, ...params],
  );
  return rows[0]!;
}

/** A member with its household's region, by id; ask the access layer first (it locks the row for a write). */
export async function loadMember(
  tx: Queryable,
  id: number,
): Promise<(MemberRow & { regionCode: string }) | undefined> {
  const rows = await tx.query<MemberRow & { regionCode: string }>(
    `SELECT ${MEMBER_SELECT}, h.region_code AS "regionCode" FROM members m JOIN households h ON h.id = m.household_id
     WHERE m.id = $1`,
    [id],
  );
  return rows[0];
}

export async function updateMember(
  tx: Queryable,
  id: number,
  fields: Values & { sex?: string; birthDate?: string },
): Promise<MemberRow> {
  const { columns, params } = presentColumns(MEMBER_FIELDS, fields);
  for (const [column, value] of [
    ['sex', fields.sex],
    ['birth_date', fields.birthDate],
  ] as const) {
    if (value === undefined) continue;
    columns.push(column);
    params.push(value);
  }
  const sets = [
    ...columns.map((c, i) => `${c} = $${i + 2}`),
    'version = m.version + 1',
    'updated_at = now()',
  ];
  const rows = await tx.query<MemberRow>(
    `UPDATE members m SET ${sets.join(', ')} WHERE m.id = $1 RETURNING ${MEMBER_SELECT}`,
    [id, ...params],
  );
  return rows[0]!;
}

export async function deactivateMember(
  tx: Queryable,
  id: number,
  event: string,
  date: string,
): Promise<MemberRow> {
  const rows = await tx.query<MemberRow>(
    `UPDATE members m SET active = false, left_event = $2, left_on = $3, version = m.version + 1, updated_at = now()
     WHERE m.id = $1 RETURNING ${MEMBER_SELECT}`,
    [id, event, date],
  );
  return rows[0]!;
}

export async function activeMembers(tx: Queryable, householdId: number): Promise<MemberRow[]> {
  return tx.query<MemberRow>(
    `SELECT ${MEMBER_SELECT} FROM members m WHERE m.household_id = $1 AND m.active ORDER BY m.relation, m.id`,
    [householdId],
  );
}

export async function insertEvent(
  tx: Queryable,
  e: {
    memberId: number;
    householdId: number;
    event: string;
    date: string;
    otherHouseholdId?: number | null;
    note?: string | null;
  },
): Promise<void> {
  await tx.query(
    'INSERT INTO member_events (member_id, household_id, event, event_date, other_household_id, note) VALUES ($1, $2, $3, $4, $5, $6)',
    [e.memberId, e.householdId, e.event, e.date, e.otherHouseholdId ?? null, e.note ?? null],
  );
}

/** The day a member row joined its household (born, married or moved in), when an event recorded it. */
export async function joinedOn(tx: Queryable, memberId: number): Promise<string | undefined> {
  const rows = await tx.query<{ day: string | null }>(
    'SELECT max(event_date)::text AS day FROM member_events WHERE member_id = $1',
    [memberId],
  );
  return rows[0]?.day ?? undefined;
}
