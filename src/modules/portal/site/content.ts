import type { Queryable } from '../../../db/types.ts';
import { subtreeRange } from '../../regions/region-code.ts';
import { PUBLIC_WINDOW } from '../../cases/notice-queries.ts';
import type { Disclosure } from '../schemas.ts';
import type { Site, SiteColumn } from './queries.ts';

/**
 * The public reads of a site's content: only published articles (and, in the column of kind `notices`, the
 * procedures' notices of the site's region in their public window). Drafts, reviews and schedules never leave
 * this file; withdrawn articles only as the fact and date of their withdrawal.
 */

/** One line of a list: an article, or a procedure's notice (`serial` set). */
export interface ListItem {
  id: number;
  serial: string | null;
  title: string;
  at: Date;
  summary: string;
}

export interface ListPage {
  items: ListItem[];
  total: number;
}

export const PAGE_SIZE = 20;
const SUMMARY_CHARS = 80;

const ARTICLE_ITEM = `a.id, NULL::text AS serial, a.title, a.published_at AS at, left(a.body_text, ${SUMMARY_CHARS}) AS summary`;
// A notice's date is its posting day, at the start of that day in China.
const NOTICE_ITEM = `n.id, n.serial, n.title, (n.posted_on::timestamp AT TIME ZONE 'Asia/Shanghai') AS at, '' AS summary`;

/** The newest published items of each column of a site (notices merged into their column), `limit` each. */
export async function latestByColumn(
  q: Queryable,
  site: Site,
  today: string,
  limit: number,
): Promise<Map<number, ListItem[]>> {
  const entries = await Promise.all(
    site.columns.map(async (c) => [c.id, (await columnPage(q, site, c, today, 1, limit)).items] as const),
  );
  return new Map(entries);
}

/** The sources a column lists, as one SQL union ordered newest first. */
function columnSource(site: Site, column: SiteColumn, today: string, params: unknown[]): string {
  params.push(column.id);
  const articles = `SELECT ${ARTICLE_ITEM} FROM portal_articles a
    WHERE a.column_id = $${params.length} AND a.state = 'published'`;
  if (column.kind !== 'notices') return articles;
  const [lo, hi] = subtreeRange(site.regionCode);
  params.push(today, lo, hi);
  const n = params.length;
  return `${articles} UNION ALL SELECT ${NOTICE_ITEM} FROM notices n
    WHERE ${PUBLIC_WINDOW(`$${n - 2}`)} AND n.region_code BETWEEN $${n - 1} AND $${n}`;
}

/** A page of a column, 20 to a page by default, with the total for the pager. */
export async function columnPage(
  q: Queryable,
  site: Site,
  column: SiteColumn,
  today: string,
  page: number,
  pageSize = PAGE_SIZE,
): Promise<ListPage> {
  const params: unknown[] = [];
  const source = columnSource(site, column, today, params);
  params.push(pageSize, (page - 1) * pageSize);
  const rows = await q.query<ListItem & { total: number }>(
    `SELECT *, count(*) OVER () AS total FROM (${source}) x
     ORDER BY at DESC, id DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  const total = rows[0]?.total ?? (page > 1 ? await countOf(q, site, column, today) : 0);
  return { items: rows.map(({ total: _total, ...item }) => item), total };
}

/** The total of a column when the page asked for is past its end (the window count came back empty). */
async function countOf(q: Queryable, site: Site, column: SiteColumn, today: string): Promise<number> {
  const params: unknown[] = [];
  const [row] = await q.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM (${columnSource(site, column, today, params)}) x`,
    params,
  );
  return row?.total ?? 0;
}

export interface PublicArticle {
  id: number;
  siteId: number;
  columnId: number;
  kind: 'article' | 'disclosure';
  state: 'draft' | 'in_review' | 'scheduled' | 'published' | 'withdrawn';
  title: string;
  bodyHtml: string;
  source: string | null;
  author: string | null;
  organisation: string | null;
  /** As stored: checked on write, read field by field (an older row may lack one). */
  disclosure: Partial<Disclosure> | null;
  minDays: number | null;
  publishedAt: Date | null;
  updatedAt: Date;
  withdrawnAt: Date | null;
}

/**
 * An article of the site as the public may learn of it: whole when published; only its state and withdrawal
 * date when withdrawn (the route answers 410); undefined otherwise (404, as for an id that does not exist).
 */
export async function publicArticle(
  q: Queryable,
  siteId: number,
  id: number,
): Promise<PublicArticle | undefined> {
  const [row] = await q.query<PublicArticle>(
    `SELECT a.id, a.site_id AS "siteId", a.column_id AS "columnId", a.kind, a.state, a.title,
            a.body_html AS "bodyHtml", a.source, a.author, a.organisation, a.disclosure, a.min_days AS "minDays",
            a.published_at AS "publishedAt", a.updated_at AS "updatedAt", a.withdrawn_at AS "withdrawnAt"
     FROM portal_articles a WHERE a.site_id = $1 AND a.id = $2 AND a.state IN ('published', 'withdrawn')`,
    [siteId, id],
  );
  return row;
}

export interface Neighbour {
  id: number;
  title: string;
}

/**
 * The published articles around one in its column, in the column's order (newest first): 上一篇 is the next
 * newer one, 下一篇 the next older one.
 */
export async function neighbours(
  q: Queryable,
  a: { id: number; columnId: number; publishedAt: Date },
): Promise<{ previous: Neighbour | null; next: Neighbour | null }> {
  const side = (op: '<' | '>', order: 'DESC' | 'ASC') =>
    `(SELECT id, title, '${op}' AS side FROM portal_articles
      WHERE column_id = $1 AND state = 'published' AND (published_at, id) ${op} ($2, $3)
      ORDER BY published_at ${order}, id ${order} LIMIT 1)`;
  const rows = await q.query<Neighbour & { side: '<' | '>' }>(
    `${side('<', 'DESC')} UNION ALL ${side('>', 'ASC')}`,
    [a.columnId, a.publishedAt, a.id],
  );
  const pick = (s: '<' | '>') => {
    const row = rows.find((r) => r.side === s);
    return row ? { id: row.id, title: row.title } : null;
  };
  return { previous: pick('>'), next: pick('<') };
}

/** At most this many words are ANDed, each at most this long (longer input is cut, not refused). */
export const SEARCH_WORDS = 5;
export const SEARCH_WORD_CHARS = 30;

/** The words of a search: split on any space (also the ideographic one, U+3000), deduplicated, cut to the limits. */
export function searchWords(q: string): string[] {
  const words = q
    .split(/[\s\u3000]+/)
    .map((w) => w.slice(0, SEARCH_WORD_CHARS))
    .filter((w) => w.length > 0);
  return [...new Set(words)].slice(0, SEARCH_WORDS);
}

/** A word as a LIKE pattern matching it anywhere: %, _ and \ stand for themselves. */
const containing = (word: string) => `%${word.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * Published articles of a site whose title or text holds every word, newest first. Substring matching, so
 * Chinese needs no tokenizer (扶贫 is found inside 精准扶贫工作); a site's articles are few enough to scan.
 */
export async function searchArticles(
  q: Queryable,
  siteId: number,
  words: string[],
  page: number,
): Promise<ListPage> {
  if (words.length === 0) return { items: [], total: 0 };
  const params: unknown[] = [siteId];
  const conditions = words.map((w) => {
    params.push(containing(w));
    const p = `$${params.length}`;
    return `(a.title ILIKE ${p} ESCAPE '\\' OR a.body_text ILIKE ${p} ESCAPE '\\')`;
  });
  params.push(PAGE_SIZE, (page - 1) * PAGE_SIZE);
  const rows = await q.query<ListItem & { total: number }>(
    `SELECT ${ARTICLE_ITEM}, count(*) OVER () AS total FROM portal_articles a
     WHERE a.site_id = $1 AND a.state = 'published' AND ${conditions.join(' AND ')}
     ORDER BY a.published_at DESC, a.id DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return { items: rows.map(({ total: _total, ...item }) => item), total: rows[0]?.total ?? 0 };
}

/** A published page of a site for the sitemap: an article, or a notice of its region. */
export interface SitemapEntry {
  regionCode: string;
  id: number | null;
  serial: string | null;
  at: Date;
}

/** Every published article of every site, and the notices each site with a notices column shows. */
export async function sitemapEntries(q: Queryable, today: string): Promise<SitemapEntry[]> {
  return q.query<SitemapEntry>(
    `SELECT s.region_code AS "regionCode", a.id, NULL::text AS serial, a.updated_at AS at
     FROM portal_articles a JOIN portal_sites s ON s.id = a.site_id WHERE a.state = 'published'
     UNION ALL
     SELECT s.region_code, NULL::bigint, n.serial, (n.posted_on::timestamp AT TIME ZONE 'Asia/Shanghai')
     FROM portal_sites s JOIN notices n
       ON n.region_code LIKE left(s.region_code, CASE WHEN s.region_code LIKE '______000000' THEN 6 ELSE 9 END) || '%'
     WHERE ${PUBLIC_WINDOW('$1')}
       AND EXISTS (SELECT 1 FROM portal_columns c WHERE c.site_id = s.id AND c.kind = 'notices')
     ORDER BY 1, 4 DESC`,
    [today],
  );
}
