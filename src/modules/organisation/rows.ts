import { versionConflict } from '../../app/errors.ts';
import { offsetOf } from '../../app/paging.ts';
import type { Queryable, Tx } from '../../db/types.ts';
import { requireAccess } from '../access/require-access.ts';
import type { Permission } from '../access/permissions.ts';
import { organisationScope } from '../access/scope.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { countTyped, recordBurden } from '../burden/record.ts';
import { subtreeRange } from '../regions/region-code.ts';
import type { ListQuery } from './schemas.ts';

/**
 * What the organisation's simple rows (units, Party branches, the fields of a work team) share: a list of the
 * rows the actor reads, scoped in SQL by the region they answer to; a write audited with its burden.
 */
export async function listRows<T>(
  q: Queryable,
  actor: Actor,
  query: ListQuery,
  /** `select` starts with SELECT and ends with its FROM clause. */
  sql: { select: string; regionColumn: string; order: string },
): Promise<{ items: T[]; total: number }> {
  const params: unknown[] = [];
  const where = [organisationScope(actor, sql.regionColumn, params)];
  if (query.region) {
    const [lo, hi] = subtreeRange(query.region);
    where.push(`${sql.regionColumn} BETWEEN $${params.push(lo)} AND $${params.push(hi)}`);
  }
  const rows = await q.query<T & { total: number }>(
    `${sql.select.replace(/^SELECT /, 'SELECT count(*) OVER ()::int AS total, ')}
     WHERE ${where.join(' AND ')} ORDER BY ${sql.order}
     LIMIT ${query.limit} OFFSET ${offsetOf(query.page, query.limit)}`,
    params,
  );
  return {
    items: rows.map(({ total: _total, ...item }) => item as unknown as T),
    total: rows[0]?.total ?? 0,
  };
}

/** The audit row and burden entry of an organisation write. */
export async function recordWrite(
  tx: Tx,
  actor: Actor,
  write: { action: string; entity: string; id: number; regionCode: string; input: object; before?: unknown },
  now: Date,
): Promise<void> {
  await recordAudit(tx, actor, {
    action: write.action,
    entity: write.entity,
    entityId: write.id,
    regionCode: write.regionCode,
    ...(write.before === undefined ? {} : { before: write.before }),
    after: write.input,
  });
  await recordBurden(
    tx,
    actor,
    { action: write.action, regionCode: write.regionCode, typed: countTyped(write.input), prefilled: 0 },
    now,
  );
}

/**
 * Changes the given columns of one row after the access layer allows it (404/403) and its version matches
 * (409); audited. `columns` maps the input's keys to the table's. Returns the row's region.
 */
export async function patchRow(
  tx: Tx,
  actor: Actor,
  target: { permission: Permission; table: string; entity: string; id: number },
  input: Record<string, unknown> & { version: number },
  columns: Readonly<Record<string, string>>,
  now: Date,
): Promise<string> {
  const { permission, table, entity, id } = target;
  const region = (await requireAccess(tx, actor, permission, [id], { lock: true })).get(String(id))!;
  const [row] = await tx.query<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id]);
  const { version, ...fields } = input;
  if (row!.version !== version) throw versionConflict(entity, row!.version);
  const set = Object.entries(fields).filter(([k, v]) => v !== undefined && k in columns);
  await tx.query(
    `UPDATE ${table} SET ${[...set.map(([k], i) => `${columns[k]} = $${i + 2}`), 'version = version + 1'].join(', ')}
     WHERE id = $1`,
    [id, ...set.map(([, v]) => (v === '' ? null : v))],
  );
  await recordWrite(
    tx,
    actor,
    { action: `${entity}.update`, entity, id, regionCode: region, input: fields, before: { version } },
    now,
  );
  return region;
}
