import { DomainError, notFound, ruleViolation, versionConflict } from '../../../app/errors.ts';
import type { Tx } from '../../../db/types.ts';
import { permits } from '../../access/permissions.ts';
import { forbidden } from '../../access/require-access.ts';
import { recordAudit } from '../../audit/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import { requireSite, requireSiteRegion } from './access.ts';
import { columnRow, columnsOf, siteRow } from './queries.ts';
import type { Column } from './schemas.ts';
import type { z } from 'zod';
import type { createColumnBody, createSiteBody, updateColumnBody, updateSiteBody } from './schemas.ts';

/** The columns every new site starts with, in this order (issue 12 §2). */
export const DEFAULT_COLUMNS = [
  { slug: 'region', name: '区域在线', kind: 'articles' },
  { slug: 'policy', name: '政策文件', kind: 'articles' },
  { slug: 'notice', name: '通知公告', kind: 'articles' },
  { slug: 'publicity', name: '公示公告', kind: 'notices' },
  { slug: 'funds', name: '资金项目公开', kind: 'disclosures' },
  { slug: 'work', name: '工作动态', kind: 'articles' },
  { slug: 'supervision', name: '监督举报', kind: 'complaints' },
] as const;

/** Region levels a site may stand for: a county (3) or a town (4). */
const SITE_LEVELS = [3, 4];

export async function createSite(tx: Tx, actor: Actor, body: z.infer<typeof createSiteBody>) {
  requireSiteRegion(actor, 'site.write', body.regionCode);
  const [region] = await tx.query<{ level: number }>(`SELECT level FROM regions WHERE code = $1`, [
    body.regionCode,
  ]);
  if (!region || !SITE_LEVELS.includes(region.level))
    throw ruleViolation('SITE_REGION', {
      zh: '只有县或乡镇可以建立门户网站',
      en: 'Only a county or a town has a portal site',
    });
  const [taken] = await tx.query(`SELECT 1 FROM portal_sites WHERE region_code = $1`, [body.regionCode]);
  if (taken)
    throw new DomainError('conflict', 'SITE_EXISTS', {
      zh: '该地区已有门户网站',
      en: 'This region already has a site',
    });
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO portal_sites (region_code, name, footer) VALUES ($1, $2, $3::jsonb) RETURNING id::int`,
    [body.regionCode, body.name, JSON.stringify(body.footer ?? {})],
  );
  const id = row!.id;
  await tx.query(
    `INSERT INTO portal_columns (site_id, slug, name, kind, position)
     SELECT $1, slug, name, kind, position FROM unnest($2::text[], $3::text[], $4::text[], $5::int[])
       AS t (slug, name, kind, position)`,
    [
      id,
      DEFAULT_COLUMNS.map((c) => c.slug),
      DEFAULT_COLUMNS.map((c) => c.name),
      DEFAULT_COLUMNS.map((c) => c.kind),
      DEFAULT_COLUMNS.map((_, i) => (i + 1) * 10),
    ],
  );
  const site = { ...(await siteRow(tx, id)), columns: await columnsOf(tx, id) };
  await recordAudit(tx, actor, {
    action: 'portal.site_create',
    entity: 'portal_site',
    entityId: id,
    regionCode: body.regionCode,
    after: { name: site.name, footer: site.footer, columns: site.columns.map((c) => c.slug) },
  });
  return site;
}

export async function updateSite(tx: Tx, actor: Actor, id: number, body: z.infer<typeof updateSiteBody>) {
  const region = await requireSite(tx, actor, id, 'site.write', { lock: true });
  const before = await siteRow(tx, id);
  if (before.version !== body.version) throw versionConflict('portal_site', before.version);
  if (body.logoImageId) await requireOwnImage(tx, id, body.logoImageId);
  if (body.isPrimary === true && !before.isPrimary) await takePrimary(tx, actor, id);
  await tx.query(
    `UPDATE portal_sites SET name = coalesce($2, name), footer = coalesce($3::jsonb, footer),
       logo_image_id = CASE WHEN $4::boolean THEN $5::bigint ELSE logo_image_id END,
       is_primary = coalesce($6, is_primary), version = version + 1, updated_at = now()
     WHERE id = $1`,
    [
      id,
      body.name ?? null,
      body.footer === undefined ? null : JSON.stringify(body.footer),
      body.logoImageId !== undefined,
      body.logoImageId ?? null,
      body.isPrimary ?? null,
    ],
  );
  const after = await siteRow(tx, id);
  await recordAudit(tx, actor, {
    action: 'portal.site_update',
    entity: 'portal_site',
    entityId: id,
    regionCode: region,
    before: changed(before, body),
    after: changed(after, body),
  });
  return { ...after, columns: await columnsOf(tx, id) };
}

/** The fields a request named, as they were or are. */
function changed(site: Record<string, unknown>, body: object) {
  return Object.fromEntries(Object.keys(body).map((k) => [k, site[k]]));
}

/** One primary site: whoever takes the flag must manage the site that holds it now. */
async function takePrimary(tx: Tx, actor: Actor, id: number) {
  const [holder] = await tx.query<{ id: number; regionCode: string }>(
    `SELECT id::int, region_code AS "regionCode" FROM portal_sites WHERE is_primary AND id <> $1 FOR UPDATE`,
    [id],
  );
  if (!holder) return;
  if (!permits(actor, 'site.write', holder.regionCode)) throw forbidden();
  await tx.query(
    `UPDATE portal_sites SET is_primary = false, version = version + 1, updated_at = now() WHERE id = $1`,
    [holder.id],
  );
  await recordAudit(tx, actor, {
    action: 'portal.site_update',
    entity: 'portal_site',
    entityId: holder.id,
    regionCode: holder.regionCode,
    before: { isPrimary: true },
    after: { isPrimary: false },
  });
}

async function requireOwnImage(tx: Tx, siteId: number, imageId: number) {
  const [image] = await tx.query(`SELECT 1 FROM portal_images WHERE id = $1 AND site_id = $2`, [
    imageId,
    siteId,
  ]);
  if (!image)
    throw ruleViolation('IMAGE_UNKNOWN', {
      zh: `图片 ${imageId} 不属于本网站`,
      en: `Image ${imageId} is not one of this site's`,
    });
}

function slugTaken(slug: string): DomainError {
  return new DomainError(
    'conflict',
    'SLUG_TAKEN',
    { zh: `本网站已有地址名为 ${slug} 的栏目`, en: `This site already has a column at ${slug}` },
    { field: 'slug' },
  );
}

async function requireFreeSlug(tx: Tx, siteId: number, slug: string, except: number | null) {
  const [taken] = await tx.query(
    `SELECT 1 FROM portal_columns WHERE site_id = $1 AND slug = $2 AND id IS DISTINCT FROM $3`,
    [siteId, slug, except],
  );
  if (taken) throw slugTaken(slug);
}

export async function createColumn(
  tx: Tx,
  actor: Actor,
  siteId: number,
  body: z.infer<typeof createColumnBody>,
): Promise<Column> {
  const region = await requireSite(tx, actor, siteId, 'site.write', { lock: true });
  await requireFreeSlug(tx, siteId, body.slug, null);
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO portal_columns (site_id, slug, name, kind, position, stale_days)
     VALUES ($1, $2, $3, $4, coalesce($5, (SELECT coalesce(max(position), 0) + 10 FROM portal_columns
                                            WHERE site_id = $1)), $6)
     RETURNING id::int`,
    [siteId, body.slug, body.name, body.kind, body.position ?? null, body.staleDays ?? null],
  );
  const column = await columnRow(tx, row!.id);
  await recordAudit(tx, actor, {
    action: 'portal.column_create',
    entity: 'portal_column',
    entityId: column.id,
    regionCode: region,
    after: column,
  });
  return column;
}

export async function updateColumn(
  tx: Tx,
  actor: Actor,
  id: number,
  body: z.infer<typeof updateColumnBody>,
): Promise<Column> {
  const [found] = await tx.query<{ siteId: number }>(
    `SELECT site_id::int AS "siteId" FROM portal_columns WHERE id = $1`,
    [id],
  );
  if (!found) throw notFound('column', id);
  const region = await requireSite(tx, actor, found.siteId, 'site.write', { lock: true }).catch(
    (error: unknown) => {
      throw error instanceof DomainError && error.kind === 'not_found' ? notFound('column', id) : error;
    },
  );
  const before = await columnRow(tx, id, true);
  if (before.version !== body.version) throw versionConflict('portal_column', before.version);
  if (body.slug !== undefined) await requireFreeSlug(tx, before.siteId, body.slug, id);
  await tx.query(
    `UPDATE portal_columns SET slug = coalesce($2, slug), name = coalesce($3, name), kind = coalesce($4, kind),
       position = coalesce($5, position),
       stale_days = CASE WHEN $6::boolean THEN $7::int ELSE stale_days END, version = version + 1
     WHERE id = $1`,
    [
      id,
      body.slug ?? null,
      body.name ?? null,
      body.kind ?? null,
      body.position ?? null,
      body.staleDays !== undefined,
      body.staleDays ?? null,
    ],
  );
  const after = await columnRow(tx, id);
  await recordAudit(tx, actor, {
    action: 'portal.column_update',
    entity: 'portal_column',
    entityId: id,
    regionCode: region,
    before: changed(before, body),
    after: changed(after, body),
  });
  return after;
}
