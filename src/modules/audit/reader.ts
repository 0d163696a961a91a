import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { readScope } from '../access/scope.ts';
import { canSeePersonalData } from '../auth/policies.ts';
import { COUNTRY, subtreeRange } from '../regions/region-code.ts';
import { presentSnapshot } from '../privacy/present.ts';

export interface AuditQuery {
  region?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  before?: number | undefined;
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

/**
 * The audit trail the actor may see, newest first: rows of regions in the actor's subtrees; system-wide rows
 * (accounts, configuration) only for a grant on the whole country. Personal data masked by role.
 */
export async function listAudit(
  db: Queryable,
  actor: Actor,
  query: AuditQuery,
): Promise<{ items: AuditRow[]; nextCursor: number | null }> {
  const params: unknown[] = [query.before ?? Number.MAX_SAFE_INTEGER];
  const national = actor.grants.some((g) => g.regionCode === COUNTRY);
  const where = [
    'id < $1',
    `(${readScope(actor, 'region_code', params)}${national ? ' OR region_code IS NULL' : ''})`,
  ];
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
  params.push(query.limit + 1);
  const rows = await db.query<AuditRow & { at: Date }>(
    `SELECT id, at, actor, source, region_code AS "regionCode", action, entity, entity_id AS "entityId", before, after,
            request_id AS "requestId"
     FROM audit_log WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT $${params.length}`,
    params,
  );
  const items = rows.slice(0, query.limit).map((r) => {
    const viewer = { personal: r.regionCode !== null && canSeePersonalData(actor, r.regionCode) };
    return {
      ...r,
      at: new Date(r.at).toISOString(),
      before: presentSnapshot(r.before, viewer),
      after: presentSnapshot(r.after, viewer),
    };
  });
  return { items, nextCursor: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null };
}
