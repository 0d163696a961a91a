import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../src/db/types.ts';
import { recordAudit } from '../../src/modules/audit/audit.ts';
import { shellActor } from '../../src/modules/auth/actor.ts';
import { DEFAULT_COLUMNS } from '../../src/modules/portal/sites/commands.ts';
import { auditedWrite } from './auth.ts';

/**
 * Portal rows for the self-inspection's tests, written as they stand after the editorial commands (a site
 * with columns, articles in each state, images, complaints past their deadline) — directly, each write with
 * its audit row, because what the inspection reads is the rows, whatever wrote them.
 */
export interface SiteFixture {
  siteId: number;
  columns: Record<string, number>;
}

/** The site of `regionCode` (12 digits) with its default columns, created unless it exists. */
export async function ensureSite(db: Db, regionCode: string, name = '测试网站'): Promise<SiteFixture> {
  await auditedWrite(
    db,
    `INSERT INTO portal_sites (region_code, name) VALUES ($1, $2) ON CONFLICT (region_code) DO NOTHING`,
    [regionCode, name],
  );
  const [site] = await db.query<{ id: number }>('SELECT id FROM portal_sites WHERE region_code = $1', [
    regionCode,
  ]);
  if (!site) throw new Error(`no site for ${regionCode}`);
  await auditedWrite(
    db,
    `INSERT INTO portal_columns (site_id, slug, name, kind, position)
     SELECT $1, c.slug, c.name, c.kind, c.position
     FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS c (slug, name, kind, position)
     ON CONFLICT (site_id, slug) DO NOTHING`,
    [
      site.id,
      DEFAULT_COLUMNS.map((c) => c.slug),
      DEFAULT_COLUMNS.map((c) => c.name),
      DEFAULT_COLUMNS.map((c) => c.kind),
    ],
  );
  const columns = await db.query<{ id: number; slug: string }>(
    'SELECT id, slug FROM portal_columns WHERE site_id = $1',
    [site.id],
  );
  return { siteId: site.id, columns: Object.fromEntries(columns.map((c) => [c.slug, c.id])) };
}

export interface ArticleFixture {
  siteId: number;
  columnId: number;
  title?: string;
  bodyHtml?: string;
  state?: 'draft' | 'in_review' | 'published' | 'withdrawn';
  /** ISO time; default a day before the test clock's. */
  publishedAt?: string;
}

export async function addArticle(db: Db, a: ArticleFixture): Promise<number> {
  const state = a.state ?? 'published';
  const published =
    state === 'published' || state === 'withdrawn' ? (a.publishedAt ?? '2026-06-29T09:00:00+08:00') : null;
  let id = 0;
  await db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO portal_articles (site_id, column_id, title, body_html, state, published_at, withdrawn_at)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $5 = 'withdrawn' THEN $6::timestamptz END) RETURNING id`,
      [
        a.siteId,
        a.columnId,
        a.title ?? `文章 ${randomBytes(3).toString('hex')}`,
        a.bodyHtml ?? '<p>正文</p>',
        state,
        published,
      ],
    );
    id = row!.id;
    await recordAudit(tx, shellActor('test'), {
      action: 'test.write',
      entity: 'test',
      entityId: id,
      regionCode: null,
    });
  });
  return id;
}

/** A column of its own for one test: `kind` articles unless said, checked for staleness after `staleDays`. */
export async function addColumn(
  db: Db,
  siteId: number,
  staleDays: number | null = null,
  kind = 'articles',
): Promise<number> {
  const slug = `t-${randomBytes(4).toString('hex')}`;
  await auditedWrite(
    db,
    `INSERT INTO portal_columns (site_id, slug, name, kind, stale_days) VALUES ($1, $2, $2, $3, $4)`,
    [siteId, slug, kind, staleDays],
  );
  const [row] = await db.query<{ id: number }>(
    'SELECT id FROM portal_columns WHERE site_id = $1 AND slug = $2',
    [siteId, slug],
  );
  return row!.id;
}

/** Changes an article's row as a command would (the test's "fix"). */
export async function setArticle(db: Db, id: number, set: string, params: unknown[] = []): Promise<void> {
  await auditedWrite(db, `UPDATE portal_articles SET ${set} WHERE id = $1`, [id, ...params]);
}

export async function addImage(db: Db, siteId: number, alt: string): Promise<number> {
  const content = randomBytes(16);
  await auditedWrite(
    db,
    `INSERT INTO portal_images (site_id, file_name, content_type, size, sha256, content, alt)
     VALUES ($1, 'a.png', 'image/png', $2, $3, $4, $5)`,
    [siteId, content.length, createHash('sha256').update(content).digest('hex'), content, alt],
  );
  const [row] = await db.query<{ id: number }>('SELECT max(id) AS id FROM portal_images');
  return row!.id;
}

/** An open complaint about `regionCode`, received `receivedOn` and due `dueOn`. */
export async function addComplaint(
  db: Db,
  regionCode: string,
  receivedOn: string,
  dueOn: string,
): Promise<number> {
  const trackingNo = randomBytes(6).toString('hex').toUpperCase();
  await auditedWrite(
    db,
    `INSERT INTO complaints (tracking_no, query_code_hash, region_code, county_code, handler_region_code, title,
       content, received_on, due_on)
     VALUES ($1, 'x', $2, left($2, 6), $2, '测试投诉', '投诉内容', $3, $4)`,
    [trackingNo, regionCode, receivedOn, dueOn],
  );
  const [row] = await db.query<{ id: number }>('SELECT id FROM complaints WHERE tracking_no = $1', [
    trackingNo,
  ]);
  return row!.id;
}
