import { notFound } from '../../../app/errors.ts';
import type { Queryable } from '../../../db/types.ts';
import type { Actor } from '../../auth/actor.ts';
import { portalScope } from '../../access/scope.ts';
import { isoOrNull, requireSite } from './access.ts';
import type { Column, Site } from './schemas.ts';

/** The staff's reads of sites and columns, scoped to the sites the caller may read. */
export const SITE_COLUMNS = `s.id::int, s.region_code AS "regionCode", r.name AS "regionName", s.name,
  s.logo_image_id::int AS "logoImageId", s.footer, s.is_primary AS "isPrimary", s.version,
  s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;
const SITE_FROM = 'portal_sites s JOIN regions r ON r.code = s.region_code';

export const COLUMN_COLUMNS = `c.id::int, c.site_id::int AS "siteId", c.slug, c.name, c.kind, c.position,
  c.stale_days AS "staleDays", c.version`;

type SiteRow = Omit<Site, 'createdAt' | 'updatedAt'> & { createdAt: Date; updatedAt: Date };

export const presentSite = (row: SiteRow): Site => ({
  ...row,
  createdAt: isoOrNull(row.createdAt)!,
  updatedAt: isoOrNull(row.updatedAt)!,
});

export async function listSites(q: Queryable, actor: Actor): Promise<{ items: Site[] }> {
  const params: unknown[] = [];
  const rows = await q.query<SiteRow>(
    `SELECT ${SITE_COLUMNS} FROM ${SITE_FROM}
     WHERE ${portalScope(actor, 's.region_code', params)} ORDER BY s.region_code`,
    params,
  );
  return { items: rows.map(presentSite) };
}

export async function siteRow(q: Queryable, id: number): Promise<Site> {
  const [row] = await q.query<SiteRow>(`SELECT ${SITE_COLUMNS} FROM ${SITE_FROM} WHERE s.id = $1`, [id]);
  if (!row) throw notFound('site', id);
  return presentSite(row);
}

export async function columnsOf(q: Queryable, siteId: number): Promise<Column[]> {
  return q.query<Column>(
    `SELECT ${COLUMN_COLUMNS} FROM portal_columns c WHERE c.site_id = $1 ORDER BY c.position, c.id`,
    [siteId],
  );
}

export async function getSite(q: Queryable, actor: Actor, id: number) {
  await requireSite(q, actor, id, 'site.read');
  return { ...(await siteRow(q, id)), columns: await columnsOf(q, id) };
}

export async function listColumns(q: Queryable, actor: Actor, siteId: number) {
  await requireSite(q, actor, siteId, 'site.read');
  return { items: await columnsOf(q, siteId) };
}

export async function columnRow(q: Queryable, id: number, lock = false): Promise<Column> {
  const [row] = await q.query<Column>(
    `SELECT ${COLUMN_COLUMNS} FROM portal_columns c WHERE c.id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  if (!row) throw notFound('column', id);
  return row;
}
