import type { Queryable } from '../../db/types.ts';
import type { Actor, WriteSource } from '../auth/actor.ts';
import { SEALED_KEYS, sealSnapshot, sealValue } from '../privacy/seal.ts';
import type { Correction } from './years.ts';

export interface HistoryEntry {
  householdId: number;
  memberId?: number | null;
  year?: number | null;
  field: string;
  from: unknown;
  to: unknown;
  action: string;
  /** The reason of a correction of a closed year (years.ts); null for any other change. */
  reason?: string | null;
  /** The case whose procedure wrote the change (standing.ts); null for any other change. */
  caseId?: number | null;
}

/** Where a history row came from: the actor's door (api, cli, import, demo) or a procedure's decision. */
export type HistorySource = WriteSource | 'procedure';

/**
 * The entries of a write that corrects a closed year carry its reason, and are of that year unless they name
 * another (a later year the correction also changed). Entries of an open year's write pass unchanged.
 */
export function asCorrection(
  entries: readonly HistoryEntry[],
  correction: Correction | undefined,
): HistoryEntry[] {
  if (!correction) return [...entries];
  return entries.map((e) => ({ ...e, year: e.year ?? correction.year, reason: correction.reason }));
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

/**
 * A value as the history keeps it: a personal field as its masked text with its keyed hash beside it (the
 * hash columns), a snapshot ('*') with its personal keys sealed inside (see privacy/seal.ts).
 */
function sealed(field: string, v: unknown): { text: string | null; hash: string | null } {
  if (field === '*' && v !== null && typeof v === 'object')
    return { text: asText(sealSnapshot(v)), hash: null };
  const text = asText(v);
  const kind = SEALED_KEYS.get(field);
  if (!kind || text === null || text === '') return { text, hash: null };
  const { masked, hash } = sealValue(kind, text);
  return { text: masked, hash };
}

/**
 * Writes field-level history rows in the transaction of the change, with where it came from (the actor's
 * source unless a procedure wrote it).
 */
export async function recordHistory(
  tx: Queryable,
  actor: Actor,
  entries: readonly HistoryEntry[],
  source: HistorySource = actor.source,
): Promise<void> {
  if (entries.length === 0) return;
  const from = entries.map((e) => sealed(e.field, e.from));
  const to = entries.map((e) => sealed(e.field, e.to));
  await tx.query(
    `INSERT INTO change_history (household_id, member_id, year, field, old_value, new_value, old_hash, new_hash,
                                 action, reason, case_id, actor, request_id, source)
     SELECT h, m, y, f, o, n, oh, nh, a, r, c, $12, $13, $14
     FROM unnest($1::bigint[], $2::bigint[], $3::smallint[], $4::text[], $5::text[], $6::text[], $7::text[],
                 $8::text[], $9::text[], $10::text[], $11::bigint[]) AS t (h, m, y, f, o, n, oh, nh, a, r, c)`,
    [
      entries.map((e) => e.householdId),
      entries.map((e) => e.memberId ?? null),
      entries.map((e) => e.year ?? null),
      entries.map((e) => e.field),
      from.map((v) => v.text),
      to.map((v) => v.text),
      from.map((v) => v.hash),
      to.map((v) => v.hash),
      entries.map((e) => e.action),
      entries.map((e) => e.reason ?? null),
      entries.map((e) => e.caseId ?? null),
      actor.username,
      actor.requestId,
      source,
    ],
  );
}
