import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';

export interface HistoryEntry {
  householdId: number;
  memberId?: number | null;
  year?: number | null;
  field: string;
  from: unknown;
  to: unknown;
  action: string;
}

/** History entries for a list of changed fields (from changedFields in columns.ts). */
export function changeEntries(
  where: { householdId: number; memberId?: number; year?: number },
  changes: readonly { key: string; from: unknown; to: unknown }[],
  action: string,
): HistoryEntry[] {
  return changes.map((c) => ({ ...where, field: c.key, from: c.from, to: c.to, action }));
}

const asText = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v);

/** Writes field-level history rows in the transaction of the change. */
export async function recordHistory(
  tx: Queryable,
  actor: Actor,
  entries: readonly HistoryEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await tx.query(
    `INSERT INTO change_history (household_id, member_id, year, field, old_value, new_value, action, actor, request_id)
     SELECT h, m, y, f, o, n, a, $8, $9
     FROM unnest($1::bigint[], $2::bigint[], $3::smallint[], $4::text[], $5::text[], $6::text[], $7::text[]) AS t (h, m, y, f, o, n, a)`,
    [
      entries.map((e) => e.householdId),
      entries.map((e) => e.memberId ?? null),
      entries.map((e) => e.year ?? null),
      entries.map((e) => e.field),
      entries.map((e) => asText(e.from)),
      entries.map((e) => asText(e.to)),
      entries.map((e) => e.action),
      actor.username,
      actor.requestId,
    ],
  );
}
