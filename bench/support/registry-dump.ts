import type pg from 'pg';

/**
 * The registry of a database as canonical lines: every row of the registry's tables as JSON, keyed and
 * ordered by natural keys (household number, ID number, year), without what legitimately differs between two
 * databases holding the same registry: generated ids (identities advance in rolled-back transactions too),
 * timestamps, request ids. Whatever columns later migrations add are compared with the rest.
 */
const DUMPS = {
  households: `SELECT to_jsonb(h) - 'id' - 'created_at' - 'updated_at' AS row
    FROM households h ORDER BY h.household_no`,
  household_years: `SELECT jsonb_build_object('household_no', h.household_no) || (to_jsonb(y) - 'household_id') AS row
    FROM household_years y JOIN households h ON h.id = y.household_id ORDER BY h.household_no, y.year`,
  members: `SELECT jsonb_build_object('household_no', h.household_no)
      || (to_jsonb(m) - 'id' - 'household_id' - 'created_at' - 'updated_at') AS row
    FROM members m JOIN households h ON h.id = m.household_id
    ORDER BY h.household_no, m.id_number, m.active, m.left_on`,
  member_events: `SELECT jsonb_build_object('household_no', h.household_no, 'id_number', m.id_number,
      'other_household_no', o.household_no)
      || (to_jsonb(e) - 'id' - 'member_id' - 'household_id' - 'other_household_id' - 'at') AS row
    FROM member_events e JOIN households h ON h.id = e.household_id JOIN members m ON m.id = e.member_id
    LEFT JOIN households o ON o.id = e.other_household_id
    ORDER BY h.household_no, m.id_number, e.event, e.event_date`,
  // The history written once per change: a crash must neither lose a committed batch's rows nor let a re-run
  // write them again. Values of a '*' snapshot carry member ids, so those fields are compared by count.
  change_history: `SELECT jsonb_build_object('household_no', h.household_no, 'id_number', m.id_number)
      || (to_jsonb(c) - 'id' - 'household_id' - 'member_id' - 'at' - 'request_id'
          - CASE WHEN c.field = '*' THEN ARRAY['old_value', 'new_value'] ELSE ARRAY[]::text[] END) AS row
    FROM change_history c JOIN households h ON h.id = c.household_id LEFT JOIN members m ON m.id = c.member_id
    ORDER BY 1`,
  region_stats: `SELECT to_jsonb(s) AS row FROM region_stats s
    ORDER BY s.region_code, s.year, s.dimension, s.key`,
} as const;

export type Table = keyof typeof DUMPS;
export type RegistryDump = Record<Table, string[]>;

export async function dumpRegistry(client: pg.Client): Promise<RegistryDump> {
  const dump = {} as RegistryDump;
  for (const [table, sql] of Object.entries(DUMPS) as [Table, string][]) {
    const { rows } = await client.query<{ row: unknown }>(sql);
    dump[table] = rows.map((r) => JSON.stringify(r.row));
  }
  return dump;
}

export interface TableDifference {
  table: Table;
  expected: number;
  actual: number;
  /** Lines only in one of the two (at most a few of each), to read. */
  missing: string[];
  extra: string[];
}

const SHOWN = 3;

/** The tables whose lines differ (as multisets: a line twice in one and once in the other differs). */
export function compareDumps(expected: RegistryDump, actual: RegistryDump): TableDifference[] {
  const found: TableDifference[] = [];
  for (const table of Object.keys(DUMPS) as Table[]) {
    const counts = new Map<string, number>();
    for (const line of expected[table]) counts.set(line, (counts.get(line) ?? 0) + 1);
    for (const line of actual[table]) counts.set(line, (counts.get(line) ?? 0) - 1);
    const missing = [...counts].filter(([, n]) => n > 0).map(([line]) => line);
    const extra = [...counts].filter(([, n]) => n < 0).map(([line]) => line);
    if (missing.length || extra.length)
      found.push({
        table,
        expected: expected[table].length,
        actual: actual[table].length,
        missing: missing.slice(0, SHOWN),
        extra: extra.slice(0, SHOWN),
      });
  }
  return found;
}
