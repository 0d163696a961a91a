import type { Tx } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { sealSnapshot } from '../privacy/seal.ts';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number | null;
  /** The region the record belongs to; null for system-wide records (users, configuration). */
  regionCode: string | null;
  before?: unknown;
  after?: unknown;
}

const COLUMNS = 'actor_id, actor, source, region_code, action, entity, entity_id, before, after, request_id';

function values(actor: Actor, e: AuditEntry): unknown[] {
  return [
    actor.userId,
    actor.username,
    actor.source,
    e.regionCode,
    e.action,
    e.entity,
    e.entityId === null ? null : String(e.entityId),
    // Personal data is kept only masked, with its keyed hash (privacy/seal.ts).
    e.before === undefined ? null : JSON.stringify(sealSnapshot(e.before)),
    e.after === undefined ? null : JSON.stringify(sealSnapshot(e.after)),
    actor.requestId,
  ];
}

/** Writes one audit row. Call it inside the transaction of the write it records. */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.query(
    `INSERT INTO audit_log (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10)`,
    values(actor, entry),
    // Every write of the system runs it: prepared, it is parsed and planned once per connection.
    { prepare: true },
  );
}

/** Writes many audit rows in one statement (imports, demo data). Same transaction rule as recordAudit. */
export async function recordAuditMany(tx: Tx, actor: Actor, entries: readonly AuditEntry[]): Promise<void> {
  const chunk = 2000;
  for (let i = 0; i < entries.length; i += chunk) {
    const rows = entries.slice(i, i + chunk).map((e) => values(actor, e));
    await tx.query(
      `INSERT INTO audit_log (${COLUMNS})
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                            $8::jsonb[], $9::jsonb[], $10::text[])`,
      Array.from({ length: 10 }, (_, c) => rows.map((r) => r[c])),
    );
  }
}

/**
 * An `INSERT INTO audit_log … SELECT` recording that the actor read the rows of `from` (a CTE of the read
 * itself), to run as a data-modifying CTE of that read: a view of personal data is on record in the same
 * statement that shows it, with no extra round trip. `entityId` and `region` are SQL over `from`'s alias.
 */
export function auditReadSql(
  actor: Actor,
  params: unknown[],
  read: { action: string; entity: string; from: string; entityId: string; region: string; where: string },
): string {
  params.push(actor.userId, actor.username, actor.source, actor.requestId);
  const n = params.length;
  return `INSERT INTO audit_log (actor_id, actor, source, region_code, action, entity, entity_id, request_id)
          SELECT $${n - 3}::bigint, $${n - 2}, $${n - 1}, ${read.region}, '${read.action}', '${read.entity}',
                 ${read.entityId}::text, $${n}
          FROM ${read.from} WHERE ${read.where}`;
}
