import type { Queryable } from '../../../db/types.ts';
import type { Actor } from '../../auth/actor.ts';
import { HASH_SUFFIX, SEALED_KEYS, sealPads } from '../../privacy/seal.ts';
import { HEAD_RELATION, HOUSEHOLD_FIELDS, MEMBER_FIELDS, YEAR_FIELDS, type FieldSpec } from '../fields.ts';
import type { Staging } from './staging.ts';

/**
 * Registers the batch's new households with two statements. The first INSERT … SELECTs households and
 * members from the staging table and writes their field-level history from what the inserts return: one '*'
 * row per household whose snapshot lists its members as created (with their ids) — not one row per member.
 * The second adds the yearly facts, whose trigger updates the statistics, their '*' history and one audit
 * row per household. Nothing of the rows travels through Node.
 */
export interface Created {
  id: number;
  householdNo: string;
  regionCode: string;
  size: number;
}

/**
 * `LATERAL (SELECT x.natural_village AS "naturalVillage", …) j`: the history snapshot of a row as
 * row_to_json(j) — one call per row, several times cheaper than jsonb_build_object over every field.
 */
function snapshot(specs: readonly FieldSpec[], alias: string, extra: [string, string][] = []): string {
  const pairs: [string, string][] = [
    ...specs.flatMap((s) => sealedPair(s, `${alias}.${s.column}`)),
    ...extra,
  ];
  return `LATERAL (SELECT ${pairs.map(([key, expr]) => `${expr} AS "${key}"`).join(', ')}) j`;
}

/** The pads of the seal's key (privacy/seal.ts), parameters $6 and $7 of householdStatement. */
const PADS = `decode($6::text, 'hex'), decode($7::text, 'hex')`;

/** A field of the snapshot; a personal one masked, with its keyed hash beside it, as recordHistory keeps it. */
function sealedPair(spec: FieldSpec, expr: string): [string, string][] {
  const kind = SEALED_KEYS.get(spec.key);
  if (!kind) return [[spec.key, expr]];
  return [
    [spec.key, `zf_mask('${kind}', ${expr})`],
    [`${spec.key}${HASH_SUFFIX}`, `zf_hmac(${PADS}, ${expr})`],
  ];
}

const list = (cols: readonly string[], alias?: string) =>
  cols.map((c) => `, ${alias ? `${alias}.` : ''}${c}`).join('');

function presentFields(staging: Staging) {
  const present = new Set(staging.columns.map((c) => `${c.level}:${c.key}`));
  return {
    household: HOUSEHOLD_FIELDS.filter((s) => present.has(`household:${s.key}`)),
    year: YEAR_FIELDS.filter((s) => present.has(`year:${s.key}`)),
    member: MEMBER_FIELDS.filter((s) => present.has(`member:${s.key}`)),
    memberPhone: present.has('member:phone'),
  };
}

/**
 * $1 household numbers, $2 actor, $3 request id, $4 head relation, $5 this year, $6 and $7 the seal's pads, $8 the
 * actor's source (the history says the import wrote it).
 */
function householdStatement(staging: Staging): string {
  const { household, member, memberPhone } = presentFields(staging);
  // The household phone is the head's: the source row of a household is its head's row.
  const householdCols = [...household.map((s) => s.column), ...(memberPhone ? ['phone'] : [])];
  const memberCols = member.map((s) => s.column);
  // The year of identification, or this year ($5) when the file does not say.
  const identifiedYear = household.some((s) => s.column === 'identified_year')
    ? 'coalesce(src.identified_year, $5::int)'
    : '$5::int';
  return `
    WITH batch AS (
      -- = ANY of the numbers: the planner reads the array and counts the rows right, so the joins below
      -- are hashed. The batch's range plus a semi-join on the numbers was estimated at one row, and the
      -- nested loops chosen for it took up to 40 s for a batch of 2,000 households.
      SELECT s.* FROM ${staging.table} s WHERE s.hno = ANY($1::text[])),
    src AS (
      SELECT DISTINCT ON (s.hno) s.* FROM batch s ORDER BY s.hno, (s.relation = $4::text) DESC, s.row_no),
    std AS (
      -- The standard each household is identified under (see standards/resolve.ts), looked up once per
      -- province and year rather than once per household.
      SELECT k.province, k.year, poverty_standard_id(k.province, k.year) AS id
      FROM (SELECT DISTINCT left(src.region, 2) AS province, ${identifiedYear} AS year FROM src) k),
    hh AS (
      INSERT INTO households (household_no, county_code, region_code, standard_id${list(householdCols)})
      SELECT src.hno, left(src.region, 6), src.region, std.id${list(householdCols, 'src')}
      FROM src JOIN std ON std.province = left(src.region, 2) AND std.year = ${identifiedYear} ORDER BY src.hno
      RETURNING id, household_no, county_code, region_code${list(householdCols)}),
    mm AS (
      INSERT INTO members (household_id, county_code, sex, birth_date${list(memberCols)})
      SELECT hh.id, hh.county_code, s.sex, s.birth_date${list(memberCols, 's')}
      FROM batch s JOIN hh ON hh.household_no = s.hno ORDER BY s.hno, s.row_no
      RETURNING id, household_id${list(memberCols)}),
    mj AS MATERIALIZED (
      SELECT mm.household_id, json_agg(row_to_json(j) ORDER BY mm.id)::text AS members
      FROM mm, ${snapshot(
        MEMBER_FIELDS.filter((s) => memberCols.includes(s.column)),
        'mm',
        // Fields the file does not have are null, as in createHousehold's snapshot of a new member.
        [
          ['id', 'mm.id'],
          ...MEMBER_FIELDS.filter((s) => !memberCols.includes(s.column)).map((s): [string, string] => [
            s.key,
            'NULL',
          ]),
        ],
      )}
      GROUP BY mm.household_id),
    history AS (
      -- One '*' row per household: its fields and, under "members", each member as created (with its id).
      INSERT INTO change_history (household_id, member_id, field, old_value, new_value, action, actor, request_id, source)
      SELECT hh.id, NULL::bigint, '*', NULL, rtrim(row_to_json(j)::text, '}') || ',"members":' || mj.members || '}',
             'household.create', $2::text, $3::text, $8::text
      FROM hh JOIN mj ON mj.household_id = hh.id, ${snapshot(household, 'hh', [
        ...(memberPhone
          ? sealedPair(
              HOUSEHOLD_FIELDS.find((f) => f.key === 'phone')!,
              'hh.phone',
            )
          : []),
        ['householdNo', 'hh.household_no'],
        ['regionCode', 'hh.region_code'],
      ])})
    SELECT hh.id, hh.household_no AS "householdNo", hh.region_code AS "regionCode", sizes.size
    FROM hh JOIN (SELECT household_id, count(*)::int AS size FROM mm GROUP BY household_id) sizes ON sizes.household_id = hh.id
    ORDER BY hh.household_no`;
}

/**
 * $1 household ids, $2 sizes, $3 household numbers, $4 year, $5 actor, $6 request id, $7 head relation,
 * $8 actor's user id, $9 actor's source. Also writes the audit row of each household (recordAuditMany's row).
 */
function yearStatement(staging: Staging): string {
  const { year } = presentFields(staging);
  const yearCols = year.map((s) => s.column);
  return `
    WITH created AS (SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[]) AS c (id, size, hno)),
    src AS (
      SELECT DISTINCT ON (s.hno) s.hno, s.region${list(yearCols, 's')} FROM ${staging.table} s
      WHERE s.hno = ANY($3::text[]) ORDER BY s.hno, (s.relation = $7::text) DESC, s.row_no),
    yy AS (
      INSERT INTO household_years (household_id, year, region_code, size${list(yearCols)})
      SELECT c.id, $4::smallint, src.region, c.size${list(yearCols, 'src')}
      FROM created c JOIN src ON src.hno = c.hno
      RETURNING household_id, year, region_code, size${list(yearCols)}),
    audit AS (
      INSERT INTO audit_log (actor_id, actor, source, region_code, action, entity, entity_id, after, request_id)
      SELECT $8::bigint, $5::text, $9::text, yy.region_code, 'household.create', 'household', yy.household_id::text,
             jsonb_build_object('householdNo', c.hno, 'regionCode', yy.region_code, 'year', yy.year, 'size', yy.size),
             $6::text
      FROM yy JOIN created c ON c.id = yy.household_id)
    INSERT INTO change_history (household_id, year, field, old_value, new_value, action, actor, request_id, source)
    SELECT yy.household_id, yy.year, '*', NULL, row_to_json(j)::text, 'household.facts', $5::text, $6::text, $9::text
    FROM yy, ${snapshot(year, 'yy')}`;
}

export async function createHouseholds(
  tx: Queryable,
  actor: Actor,
  staging: Staging,
  householdNos: readonly string[],
  year: number,
  today: string,
  lockYears: () => Promise<void>,
): Promise<Created[]> {
  if (householdNos.length === 0) return [];
  const pads = sealPads();
  const rows = await tx.query<Created>(householdStatement(staging), [
    householdNos,
    actor.username,
    actor.requestId,
    HEAD_RELATION,
    Number(today.slice(0, 4)),
    pads.ipad,
    pads.opad,
    actor.source,
  ]);
  const created = rows.map((r) => ({ ...r, id: Number(r.id) }));
  await lockYears();
  await tx.query(yearStatement(staging), [
    created.map((h) => h.id),
    created.map((h) => h.size),
    created.map((h) => h.householdNo),
    year,
    actor.username,
    actor.requestId,
    HEAD_RELATION,
    actor.userId,
    actor.source,
  ]);
  return created;
}
