import type { Tx } from '../types.ts';
import { SEALED_KEYS, sealSnapshot, sealValue } from '../../modules/privacy/seal.ts';

/**
 * Seals the personal data already in the audit log and the change history (written in clear before 0012):
 * each value becomes its masked text plus its keyed hash, as the writers now store it. Code, not SQL, because
 * it needs the secret; it runs before 0014 makes both tables append-only. Pages of 1,000 rows in id order.
 */
const PAGE = 1000;

/** History fields holding one personal value as text (idNumber, phone, bankAccount). */
const TEXT_FIELDS = [...SEALED_KEYS].filter(([, kind]) => kind !== 'birthDate').map(([key]) => key);

function sealText(field: string, value: string | null): { value: string | null; hash: string | null } {
  if (value === null || value === '') return { value, hash: null };
  if (field === '*') {
    try {
      return { value: JSON.stringify(sealSnapshot(JSON.parse(value))), hash: null };
    } catch {
      return { value, hash: null };
    }
  }
  const kind = SEALED_KEYS.get(field)!;
  const sealed = sealValue(kind, value);
  return { value: sealed.masked, hash: sealed.hash };
}

async function sealHistory(tx: Tx): Promise<number> {
  let after = 0;
  let count = 0;
  for (;;) {
    const rows = await tx.query<{ id: number; field: string; old: string | null; new: string | null }>(
      `SELECT id, field, old_value AS old, new_value AS new FROM change_history
       WHERE id > $1 AND (field = '*' OR field = ANY($2::text[])) AND old_hash IS NULL AND new_hash IS NULL
       ORDER BY id LIMIT $3`,
      [after, TEXT_FIELDS, PAGE],
    );
    if (rows.length === 0) return count;
    const sealed = rows.map((r) => ({
      id: r.id,
      old: sealText(r.field, r.old),
      new: sealText(r.field, r.new),
    }));
    await tx.query(
      `UPDATE change_history c SET old_value = s.o, new_value = s.n, old_hash = s.oh, new_hash = s.nh
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[]) AS s (id, o, n, oh, nh)
       WHERE c.id = s.id`,
      [
        sealed.map((s) => s.id),
        sealed.map((s) => s.old.value),
        sealed.map((s) => s.new.value),
        sealed.map((s) => s.old.hash),
        sealed.map((s) => s.new.hash),
      ],
    );
    count += rows.length;
    after = Number(rows.at(-1)!.id);
  }
}

async function sealAudit(tx: Tx): Promise<number> {
  let after = 0;
  let count = 0;
  for (;;) {
    const rows = await tx.query<{ id: number; before: unknown; after: unknown }>(
      `SELECT id, before, after FROM audit_log
       WHERE id > $1 AND (before IS NOT NULL OR after IS NOT NULL) ORDER BY id LIMIT $2`,
      [after, PAGE],
    );
    if (rows.length === 0) return count;
    const changed = rows
      .map((r) => ({ id: r.id, before: sealSnapshot(r.before), after: sealSnapshot(r.after), row: r }))
      .filter(
        (s) =>
          JSON.stringify(s.before) !== JSON.stringify(s.row.before) ||
          JSON.stringify(s.after) !== JSON.stringify(s.row.after),
      );
    if (changed.length > 0) {
      await tx.query(
        `UPDATE audit_log a SET before = s.b, after = s.a
         FROM unnest($1::bigint[], $2::jsonb[], $3::jsonb[]) AS s (id, b, a) WHERE a.id = s.id`,
        [
          changed.map((s) => s.id),
          changed.map((s) => (s.before === null ? null : JSON.stringify(s.before))),
          changed.map((s) => (s.after === null ? null : JSON.stringify(s.after))),
        ],
      );
    }
    count += changed.length;
    after = Number(rows.at(-1)!.id);
  }
}

export async function up(tx: Tx): Promise<void> {
  const history = await sealHistory(tx);
  const audit = await sealAudit(tx);
  if (history + audit === 0) return;
  // The rewrite is itself on the record: what was sealed, how many rows.
  await tx.query(
    `INSERT INTO audit_log (actor, source, region_code, action, entity, entity_id, after)
     VALUES ('system:migration', 'system', NULL, 'privacy.seal', 'audit_log', NULL, $1::jsonb)`,
    [JSON.stringify({ historyRows: history, auditRows: audit })],
  );
}
