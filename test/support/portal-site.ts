import { recordAudit } from '../../src/modules/audit/audit.ts';
import { shellActor } from '../../src/modules/auth/actor.ts';
import { clearRenderedPages } from '../../src/modules/portal/site/cache.ts';
import { DEFAULT_COLUMNS } from '../../src/modules/portal/sites/commands.ts';
import type { Db, Tx } from '../../src/db/types.ts';

/**
 * Sites and articles written straight into the tables (with the audit row the database insists on), for the
 * public site's tests: the rows as the editorial commands leave them, in any state and at any date.
 */
export type Slug = (typeof DEFAULT_COLUMNS)[number]['slug'];

async function audited<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const result = await fn(tx);
    await recordAudit(tx, shellActor('test'), {
      action: 'test.write',
      entity: 'test',
      entityId: null,
      regionCode: null,
    });
    return result;
  });
}

export interface TestSite {
  id: number;
  columns: Record<Slug, number>;
}

export async function insertSite(
  db: Db,
  site: { regionCode: string; name: string; footer?: Record<string, string>; isPrimary?: boolean },
): Promise<TestSite> {
  return audited(db, async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO portal_sites (region_code, name, footer, is_primary) VALUES ($1, $2, $3::jsonb, $4) RETURNING id`,
      [site.regionCode, site.name, JSON.stringify(site.footer ?? {}), site.isPrimary ?? false],
    );
    const id = row!.id;
    const columns = {} as Record<Slug, number>;
    for (const [i, { slug, name, kind }] of DEFAULT_COLUMNS.entries()) {
      const [c] = await tx.query<{ id: number }>(
        `INSERT INTO portal_columns (site_id, slug, name, kind, position) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [id, slug, name, kind, i],
      );
      columns[slug] = c!.id;
    }
    return { id, columns };
  });
}

export interface ArticleInput {
  site: TestSite;
  column: Slug;
  title: string;
  bodyHtml?: string;
  kind?: 'article' | 'disclosure';
  state?: 'draft' | 'in_review' | 'scheduled' | 'published' | 'withdrawn';
  publishedAt?: string;
  source?: string;
  author?: string;
  organisation?: string;
  disclosure?: Record<string, unknown>;
}

/** An article as stored; body_text is the body without tags (search reads it). */
export async function insertArticle(db: Db, a: ArticleInput): Promise<number> {
  const body = a.bodyHtml ?? `<p>${a.title}的正文。</p>`;
  const state = a.state ?? 'published';
  const publishedAt =
    state === 'published' || state === 'withdrawn' ? (a.publishedAt ?? '2026-06-20T02:00:00Z') : null;
  const id = await audited(db, async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO portal_articles (site_id, column_id, kind, state, title, body_html, body_text, source, author,
         organisation, disclosure, min_days, published_at, publish_at, withdrawn_at, withdrawn_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14, $15, $16) RETURNING id`,
      [
        a.site.id,
        a.site.columns[a.column],
        a.kind ?? 'article',
        state,
        a.title,
        body,
        body.replace(/<[^>]*>/g, ''),
        a.source ?? null,
        a.author ?? null,
        a.organisation ?? null,
        a.disclosure ? JSON.stringify(a.disclosure) : null,
        a.kind === 'disclosure' ? 10 : null,
        publishedAt,
        state === 'scheduled' ? '2026-07-10T00:00:00Z' : null,
        state === 'withdrawn' ? '2026-06-25T04:30:00Z' : null,
        state === 'withdrawn' ? '信息有误' : null,
      ],
    );
    return row!.id;
  });
  clearRenderedPages();
  return id;
}
