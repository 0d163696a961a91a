import type { Tx } from '../../../db/types.ts';
import { recordAuditMany, type AuditEntry } from '../../audit/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import { syncHouseholdCadres } from '../../organisation/household-cadre.ts';
import { POOR_OR_MONITORED } from '../../organisation/village.ts';
import { HEAD_RELATION } from '../fields.ts';
import type { Staging } from './staging.ts';

/**
 * The household file's responsible cadre (帮扶责任人, 帮扶单位, 帮扶责任人电话) is a cadre of the organisation
 * and a pairing, not three words on the household: for the households of a batch, in a few statements, the
 * unit is found or created by name in the household's county, the cadre found by name and phone in the county
 * (as the organisation's workbook and the demo match them) or created, a household whose cadre changes has its
 * open pairing ended on the import's day (history kept) and a new one opened, and the household's cadre fields
 * are then set from the pairing (organisation/household-cadre.ts). Each made or ended row is audited. A row
 * that names no cadre leaves the household's pairing as it is: an empty cell is no "unpaired". Only poor and
 * monitored households have a responsible cadre (village.ts POOR_OR_MONITORED, by the year just written);
 * another household's cadre columns stay the file's words, as no pairing speaks for it.
 */
export const IMPORT_END_REASON = '导入文件更换帮扶责任人 / the import file names another cadre';

const COUNTY_OF = (code: string) => `rpad(left(${code}, 6), 12, '0')`;

/** The staged cadre of each household (its head's row, as the household's own columns are taken). */
function wantedSql(staging: Staging): string | null {
  const has = (key: string) => staging.columns.some((c) => c.key === key);
  if (!has('cadreName')) return null;
  const unit = has('cadreUnit') ? 's.cadre_unit' : 'NULL::text';
  const phone = has('cadrePhone') ? 's.cadre_phone' : 'NULL::text';
  return `SELECT DISTINCT ON (s.hno) h.id AS household_id, h.region_code, ${COUNTY_OF('h.region_code')} AS county,
            s.cadre_name AS name, ${unit} AS unit, ${phone} AS phone
          FROM ${staging.table} s JOIN households h ON h.household_no = s.hno
          WHERE s.hno = ANY($1::text[]) AND s.cadre_name IS NOT NULL AND ${POOR_OR_MONITORED}
          ORDER BY s.hno, (s.relation = '${HEAD_RELATION}') DESC, s.row_no`;
}

/**
 * The cadre of each household: the oldest of the county with that name and phone (null: none yet). Joined,
 * not looked up household by household: a county has thousands of cadres and a batch thousands of households.
 */
const pickSql = (wanted: string) => `WITH w AS (${wanted}),
  keyed AS (
    SELECT DISTINCT ON (left(c.region_code, 6), c.name, coalesce(c.phone, ''))
      left(c.region_code, 6) AS county6, c.name, coalesce(c.phone, '') AS phone, c.id
    FROM cadres c WHERE c.name IN (SELECT w.name FROM w)
    ORDER BY left(c.region_code, 6), c.name, coalesce(c.phone, ''), c.id),
  pick AS (
    SELECT w.household_id, w.region_code, w.county, w.unit, k.id AS cadre_id FROM w
    LEFT JOIN keyed k ON k.county6 = left(w.county, 6) AND k.name = w.name AND k.phone = coalesce(w.phone, ''))`;

/**
 * Whether the batch changes anything of the organisation or of the households' cadre fields. Every write
 * statement on these tables needs an audit row in its transaction, even one that writes no row: a batch the
 * file leaves as it was must not issue them.
 */
async function hasWork(tx: Tx, wanted: string, householdNos: readonly string[]): Promise<boolean> {
  const [row] = await tx.query<{ work: boolean }>(
    `${pickSql(wanted)}
     SELECT EXISTS (SELECT 1 FROM pick WHERE pick.unit IS NOT NULL AND NOT EXISTS
                      (SELECT 1 FROM org_units u WHERE u.region_code = pick.county AND u.name = pick.unit))
         OR EXISTS (SELECT 1 FROM pick LEFT JOIN pairings p ON p.household_id = pick.household_id AND p.ended_at IS NULL
                    WHERE pick.cadre_id IS NULL OR p.cadre_id IS DISTINCT FROM pick.cadre_id)
         OR EXISTS (SELECT 1 FROM households h JOIN pairings p ON p.household_id = h.id AND p.ended_at IS NULL
                      JOIN cadres c ON c.id = p.cadre_id LEFT JOIN org_units u ON u.id = c.unit_id
                    WHERE h.household_no = ANY($1::text[])
                      AND (h.cadre_name, h.cadre_unit, h.cadre_phone) IS DISTINCT FROM (c.name, u.name, c.phone)) AS work`,
    [householdNos],
  );
  return row?.work === true;
}

type Made = { id: number; region: string; after: Record<string, unknown> };

const audits = (action: string, entity: string, rows: readonly Made[]): AuditEntry[] =>
  rows.map((r) => ({ action, entity, entityId: r.id, regionCode: r.region, after: r.after }));

export async function pairImportedHouseholds(
  tx: Tx,
  actor: Actor,
  staging: Staging,
  householdNos: readonly string[],
  today: string,
): Promise<void> {
  const wanted = wantedSql(staging);
  if (!wanted || householdNos.length === 0 || !(await hasWork(tx, wanted, householdNos))) return;
  const units = await tx.query<Made>(
    `WITH w AS (${wanted})
     INSERT INTO org_units (region_code, name, level, kind)
     SELECT DISTINCT w.county, w.unit, 'county', 'other' FROM w WHERE w.unit IS NOT NULL
     ON CONFLICT (region_code, name) DO NOTHING
     RETURNING id::int AS id, region_code AS region, json_build_object('name', name, 'level', level, 'kind', kind) AS after`,
    [householdNos],
  );
  const cadres = await tx.query<Made>(
    `WITH w AS (${wanted})
     INSERT INTO cadres (region_code, name, phone, unit_id)
     SELECT DISTINCT ON (w.county, w.name, w.phone) w.county, w.name, w.phone, u.id FROM w
     LEFT JOIN org_units u ON u.region_code = w.county AND u.name = w.unit
     WHERE NOT EXISTS (SELECT 1 FROM cadres c WHERE left(c.region_code, 6) = left(w.county, 6)
                         AND c.name = w.name AND c.phone IS NOT DISTINCT FROM w.phone)
     ORDER BY w.county, w.name, w.phone, w.household_id
     RETURNING id::int AS id, region_code AS region,
       json_build_object('name', name, 'unitId', unit_id, 'phone', phone) AS after`,
    [householdNos],
  );
  // ended_at marks the pairing closed (the database's clock: the batch has no other); to_date is the fact.
  const ended = await tx.query<Made>(
    `${pickSql(wanted)}
     UPDATE pairings p SET to_date = greatest(p.from_date, $2::date), end_reason = $3, ended_at = now()
     FROM pick WHERE p.household_id = pick.household_id AND p.ended_at IS NULL AND p.cadre_id <> pick.cadre_id
     RETURNING p.id::int AS id, pick.region_code AS region,
       json_build_object('date', p.to_date, 'reason', p.end_reason) AS after`,
    [householdNos, today, IMPORT_END_REASON],
  );
  const opened = await tx.query<Made>(
    `${pickSql(wanted)}
     INSERT INTO pairings (cadre_id, household_id, from_date)
     SELECT pick.cadre_id, pick.household_id, $2::date FROM pick
     WHERE NOT EXISTS (SELECT 1 FROM pairings p WHERE p.household_id = pick.household_id AND p.ended_at IS NULL)
     RETURNING id::int AS id, (SELECT region_code FROM households WHERE id = household_id) AS region,
       json_build_object('cadreId', cadre_id, 'householdId', household_id, 'from', from_date) AS after`,
    [householdNos, today],
  );
  await recordAuditMany(tx, actor, [
    ...audits('unit.create', 'unit', units),
    ...audits('cadre.create', 'cadre', cadres),
    ...audits('pairing.end', 'pairing', ended),
    ...audits('pairing.create', 'pairing', opened),
  ]);
  const households = await tx.query<{ id: number }>(
    `SELECT h.id::int AS id FROM households h WHERE h.household_no = ANY($1::text[])
       AND EXISTS (SELECT 1 FROM pairings p WHERE p.household_id = h.id AND p.ended_at IS NULL)`,
    [householdNos],
  );
  await syncHouseholdCadres(
    tx,
    actor,
    households.map((h) => h.id),
  );
}
