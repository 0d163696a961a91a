import type { Queryable } from '../../../db/types.ts';
import { HEAD_RELATION } from '../fields.ts';
import type { Staging } from './staging.ts';

/**
 * Households of a batch that the file gives exactly as the registry holds them, found in one query, so that a
 * file imported again (every year, mostly the same) is not read back into Node household by household to be
 * compared. "Exactly" is on the typed values, column by column (`IS NOT DISTINCT FROM`): the region, every
 * household and yearly column the file has, the household phone as the head's when the head's row gives one,
 * the yearly row of the import year with the file's number of members, and the active members — the same
 * people (by ID number), none more, each with every member column the file has. Anything else goes to the
 * full comparison (diff.ts), which stays the rule: this only skips what it would find unchanged.
 */
export async function unchangedHouseholds(
  tx: Queryable,
  staging: Staging,
  existing: readonly { householdNo: string; existingId: number }[],
  year: number,
): Promise<Set<number>> {
  if (existing.length === 0) return new Set();
  const same = (level: string, alias: string) =>
    staging.columns
      .filter((c) => c.level === level)
      .map((c) => ` AND s.${c.name} IS NOT DISTINCT FROM ${alias}.${c.name}`)
      .join('');
  // The household's phone is the head's when the head's row gives one (docs/import-format.md).
  const householdPhone = staging.columns.some((c) => c.level === 'member' && c.key === 'phone')
    ? ` AND (s.relation <> '${HEAD_RELATION}' OR s.phone IS NULL OR s.phone IS NOT DISTINCT FROM h.phone)`
    : '';
  // Everything is looked up from each household of the batch (keys and indexes only), whatever the planner
  // believes of the tables' sizes: right after a first import their statistics are those of empty tables.
  // bool_and skips NULLs, so a comparison that gives NULL counts as a difference.
  const rows = await tx.query<{ id: number }>(
    `SELECT e.id FROM unnest($1::bigint[], $2::text[]) AS e (id, hno)
     CROSS JOIN LATERAL (
       SELECT count(*) AS rows, min(y.size) AS size,
              (SELECT count(*) FROM members a WHERE a.household_id = e.id AND a.active) AS active,
              bool_and(coalesce(s.region = h.region_code AND s.region = y.region_code${same('household', 'h')}${same('year', 'y')}${householdPhone}, false)) AS household_same,
              bool_and(coalesce(m.id IS NOT NULL${same('member', 'm')}, false)) AS members_same
       FROM households h
       JOIN household_years y ON y.household_id = h.id AND y.year = $3
       JOIN ${staging.table} s ON s.hno = e.hno
       LEFT JOIN members m ON m.active AND m.id_number = s.id_number AND m.household_id = h.id
       WHERE h.id = e.id) st
     WHERE st.household_same AND st.members_same AND st.size = st.rows AND st.active = st.rows`,
    [existing.map((e) => e.existingId), existing.map((e) => e.householdNo), year],
  );
  return new Set(rows.map((r) => Number(r.id)));
}
