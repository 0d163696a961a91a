import { notFound } from '../../../app/errors.ts';
import type { Queryable } from '../../../db/types.ts';
import { requireAccess } from '../../access/require-access.ts';
import type { Actor } from '../../auth/actor.ts';
import { portalScope } from '../../access/scope.ts';
import { isoOrNull } from '../sites/access.ts';
import type { Article, ArticleSummary, articleListQuery, Revision } from './schemas.ts';
import type { z } from 'zod';

/** The staff's reads of articles: drafts included, scoped to the sites the caller may read. */
const SUMMARY_COLUMNS = `a.id::int, a.site_id::int AS "siteId", a.column_id::int AS "columnId", a.kind, a.state,
  a.title, a.publish_at AS "publishAt", a.published_at AS "publishedAt", a.withdrawn_at AS "withdrawnAt",
  a.revision, a.version, a.updated_at AS "updatedAt"`;
const ARTICLE_COLUMNS = `${SUMMARY_COLUMNS}, a.body_html AS "bodyHtml", a.source, a.author, a.organisation,
  a.disclosure, a.min_days AS "minDays", a.withdrawn_reason AS "withdrawnReason", a.created_at AS "createdAt"`;

type Times = 'publishAt' | 'publishedAt' | 'withdrawnAt' | 'updatedAt' | 'createdAt';
type Row<T> = Omit<T, Times> & Partial<Record<Times, Date | null>>;

function presentTimes<T extends object>(row: Row<T>): T {
  const out: Record<string, unknown> = { ...row };
  for (const key of ['publishAt', 'publishedAt', 'withdrawnAt', 'updatedAt', 'createdAt'] as const)
    if (key in row) out[key] = isoOrNull(row[key] ?? null);
  return out as T;
}

/** One article as stored (no access asked: the caller has asked already). */
export async function articleRow(q: Queryable, id: number, lock = false): Promise<Article> {
  const [row] = await q.query<Row<Article>>(
    `SELECT ${ARTICLE_COLUMNS} FROM portal_articles a WHERE a.id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  if (!row) throw notFound('article', id);
  return presentTimes<Article>(row);
}

export async function getArticle(q: Queryable, actor: Actor, id: number): Promise<Article> {
  await requireAccess(q, actor, 'article.read', [id]);
  return articleRow(q, id);
}

export async function listArticles(q: Queryable, actor: Actor, query: z.infer<typeof articleListQuery>) {
  const params: unknown[] = [];
  const where = [portalScope(actor, 's.region_code', params)];
  const equal = (column: string, value: unknown) => {
    if (value === undefined) return;
    params.push(value);
    where.push(`${column} = $${params.length}`);
  };
  equal('a.site_id', query.siteId);
  equal('a.column_id', query.columnId);
  equal('a.state', query.state);
  equal('a.kind', query.kind);
  if (query.q !== undefined) {
    // A substring match: Chinese words are found whole (扶贫), with no tokenizer to split them.
    params.push(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(a.title ILIKE $${params.length} OR a.body_text ILIKE $${params.length})`);
  }
  const from = `portal_articles a JOIN portal_sites s ON s.id = a.site_id WHERE ${where.join(' AND ')}`;
  const [count] = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${from}`, params);
  params.push(query.pageSize, (query.page - 1) * query.pageSize);
  const rows = await q.query<Row<ArticleSummary>>(
    `SELECT ${SUMMARY_COLUMNS} FROM ${from} ORDER BY a.updated_at DESC, a.id DESC
     LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return { items: rows.map((r) => presentTimes(r)), total: count!.n };
}

export async function listRevisions(q: Queryable, actor: Actor, id: number) {
  await requireAccess(q, actor, 'article.read', [id]);
  const rows = await q.query<Omit<Revision, 'editedAt'> & { editedAt: Date }>(
    `SELECT revision, title, body_html AS "bodyHtml", fields, note, edited_by::int AS "editedBy",
            edited_by_name AS "editedByName", edited_at AS "editedAt"
     FROM portal_article_revisions WHERE article_id = $1 ORDER BY revision`,
    [id],
  );
  return { items: rows.map((r) => ({ ...r, editedAt: isoOrNull(r.editedAt)! })) };
}
