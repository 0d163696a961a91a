import type { Queryable } from '../../../db/types.ts';
import { recordAuditMany } from '../../audit/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import { HEAD_RELATION, HOUSEHOLD_FIELDS, MEMBER_FIELDS, YEAR_FIELDS, type FieldSpec } from '../fields.ts';
import { batchCondition } from './screen.ts';
import type { Staging } from './staging.ts';

/**
 * Registers the batch's new households in one statement: households, members and yearly facts are INSERT …
 * SELECTed from the staging table, and the field-level history ('*' rows, as createHousehold writes them) from
 * what those inserts return. Nothing of the rows travels back through Node; the statistics follow through
 * the statement-level triggers on household_years. The audit rows (one per household) come after.
 */
export interface Created {
  id: number;
  householdNo: string;
  regionCode: string;
  size: number;
}

/** `jsonb_build_object('naturalVillage', x.natural_village, …)` over the given fields. */
function snapshot(specs: readonly FieldSpec[], alias: string, extra: string[] = []): string {
  const pairs = specs.map((s) => `'${s.key}', ${alias}.${s.column}`);
  return `jsonb_build_object(${[...pairs, ...extra].join(', ')})::text`;
}

function createStatement(staging: Staging, after: string | null): string {
  const t = staging.table;
  const present = new Set(staging.columns.map((c) => `${c.level}:${c.key}`));
  const household = HOUSEHOLD_FIELDS.filter((s) => present.has(`household:${s.key}`));
  const year = YEAR_FIELDS.filter((s) => present.has(`year:${s.key}`));
  const member = MEMBER_FIELDS.filter((s) => present.has(`member:${s.key}`));
  const memberPhone = present.has('member:phone');
  // The household phone is the head's: the source row of a household is its head's row.
  const householdCols = [...household.map((s) => s.column), ...(memberPhone ? ['phone'] : [])];
  const yearCols = year.map((s) => s.column);
  const memberCols = member.map((s) => s.column);
  const list = (cols: string[], alias?: string) =>
    cols.map((c) => `, ${alias ? `${alias}.` : ''}${c}`).join('');
  return `
    WITH batch AS (
      SELECT s.* FROM ${t} s
      WHERE ${batchCondition(after, 6, 7)} AND s.hno IN (SELECT unnest($1::text[]))),
    src AS (
      SELECT DISTINCT ON (s.hno) s.* FROM batch s ORDER BY s.hno, (s.relation = $5::text) DESC, s.row_no),
    hh AS (
      INSERT INTO households (household_no, county_code, region_code${list(householdCols)})
      SELECT src.hno, left(src.region, 6), src.region${list(householdCols, 'src')} FROM src ORDER BY src.hno
      RETURNING *),
    mm AS (
      INSERT INTO members (household_id, county_code, sex, birth_date${list(memberCols)})
      SELECT hh.id, hh.county_code, s.sex, s.birth_date${list(memberCols, 's')}
      FROM batch s JOIN hh ON hh.household_no = s.hno ORDER BY s.hno, s.row_no
      RETURNING *),
    sizes AS (SELECT household_id, count(*)::int AS size FROM mm GROUP BY household_id),
    yy AS (
      INSERT INTO household_years (household_id, year, region_code, size${list(yearCols)})
      SELECT hh.id, $2::smallint, hh.region_code, sizes.size${list(yearCols, 'src')}
      FROM hh JOIN src ON src.hno = hh.household_no JOIN sizes ON sizes.household_id = hh.id
      RETURNING *),
    history AS (
      INSERT INTO change_history (household_id, member_id, year, field, old_value, new_value, action, actor, request_id)
      SELECT id, NULL::bigint, NULL::smallint, '*', NULL, ${snapshot(household, 'hh', [
        ...(memberPhone ? [`'phone', hh.phone`] : []),
        `'householdNo', hh.household_no`,
        `'regionCode', hh.region_code`,
      ])}, 'household.create', $3::text, $4::text FROM hh
      UNION ALL
      SELECT household_id, NULL, year, '*', NULL, ${snapshot(year, 'yy')}, 'household.facts', $3::text, $4::text FROM yy
      UNION ALL
      SELECT household_id, id, NULL, '*', NULL, ${snapshot(MEMBER_FIELDS, 'mm')}, 'member.add', $3::text, $4::text FROM mm)
    SELECT hh.id, hh.household_no AS "householdNo", hh.region_code AS "regionCode", sizes.size
    FROM hh JOIN sizes ON sizes.household_id = hh.id ORDER BY hh.household_no`;
}

export async function createHouseholds(
  tx: Queryable,
  actor: Actor,
  staging: Staging,
  batch: { after: string | null; upTo: string },
  householdNos: readonly string[],
  year: number,
): Promise<Created[]> {
  if (householdNos.length === 0) return [];
  const sql = createStatement(staging, batch.after);
  const rows = await tx.query<Created>(sql, [
    householdNos,
    year,
    actor.username,
    actor.requestId,
    HEAD_RELATION,
    batch.after ?? '',
    batch.upTo,
  ]);
  const created = rows.map((r) => ({ ...r, id: Number(r.id) }));
  await recordAuditMany(
    tx,
    actor,
    created.map((h) => ({
      action: 'household.create',
      entity: 'household',
      entityId: h.id,
      regionCode: h.regionCode,
      after: { householdNo: h.householdNo, regionCode: h.regionCode, year, size: h.size },
    })),
  );
  return created;
}
