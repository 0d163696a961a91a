import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError } from '../../app/errors.ts';
import { offsetOf } from '../../app/paging.ts';
import { readScope } from '../access/scope.ts';
import { canReadAudit, canSeePersonalData } from '../auth/policies.ts';
import { stripSeals } from '../privacy/seal.ts';
import { COUNTRY, subtreeRange } from '../regions/region-code.ts';
import { presentSnapshot } from '../privacy/present.ts';

export interface AuditQuery {
  region?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  before?: number | undefined;
  page?: number | undefined;
  limit: number;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  source: string;
  regionCode: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/** The actor narrowed to its grants that may read the audit (administrators and inspectors). */
function auditorOf(actor: Actor): Actor {
  return {
    ...actor,
    grants: actor.grants.filter((g) => canReadAudit({ ...actor, grants: [g] }, g.regionCode)),
  };
}

/**
 * The audit trail the actor may see, newest first: rows of regions in the subtrees of the actor's grants that
 * may read the audit; system-wide rows (configuration, accounts without grants) only for such a grant on the
 * whole country. Personal data masked by role; the keyed hashes kept with it at rest never leave.
 */
export async function listAudit(
  db: Queryable,
  caller: Actor,
  query: AuditQuery,
): Promise<{ items: AuditRow[]; nextCursor: number | null; total: number }> {
  const actor = auditorOf(caller);
  if (actor.grants.length === 0) {
    throw new DomainError('forbidden', 'FORBIDDEN', {
      zh: '无权查看审计日志',
      en: 'You may not read the audit trail',
    });
  }
  const params: unknown[] = [];
  const national = actor.grants.some((g) => g.regionCode === COUNTRY);
  const where = [`(${readScope(actor, 'region_code', params)}${national ? ' OR region_code IS NULL' : ''})`];
  if (query.region) {
    const [lo, hi] = subtreeRange(query.region);
    params.push(lo, hi);
    where.push(`region_code BETWEEN $${params.length - 1} AND $${params.length}`);
  }
  for (const [value, column] of [
    [query.entity, 'entity'],
    [query.entityId, 'entity_id'],
    [query.action, 'action'],
  ] as const) {
    if (value === undefined) continue;
    params.push(value);
    where.push(`${column} = $${params.length}`);
  }
  const [counted] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM audit_log WHERE ${where.join(' AND ')}`,
    params,
  );
  const before =
    query.page === undefined ? (query.before ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER;
  const n = params.length;
  const rows = await db.query<AuditRow & { at: Date }>(
    `SELECT id, at, actor, source, region_code AS "regionCode", action, entity, entity_id AS "entityId", before, after,
            request_id AS "requestId"
     FROM audit_log WHERE ${where.join(' AND ')} AND id < $${n + 1}
     ORDER BY id DESC LIMIT $${n + 2} OFFSET $${n + 3}`,
    [...params, before, query.limit + 1, offsetOf(query.page, query.limit)],
  );
  const items = rows.slice(0, query.limit).map((r) => {
    const viewer = { personal: r.regionCode !== null && canSeePersonalData(caller, r.regionCode) };
    return {
      ...r,
      at: new Date(r.at).toISOString(),
      before: presentSnapshot(stripSeals(r.before), viewer),
      after: presentSnapshot(stripSeals(r.after), viewer),
    };
  });
  return {
    items,
    nextCursor: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null,
    total: counted?.total ?? 0,
  };
}
