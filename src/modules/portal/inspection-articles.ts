import { DomainError, type Message } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import { publicNotice } from '../cases/notice-queries.ts';
import { padCode } from '../regions/region-code.ts';
import { publicImage } from './images.ts';
import { chinaDateTime } from './site/dates.ts';
import { today as dayOf } from '../registry/commands/shared.ts';
import type { Finding } from './inspection.ts';
import { imagesWithoutAlt, internalLinks, type LinkTarget } from './inspection-links.ts';

/**
 * The checks of a site's published pages: a publish time a visitor can see (set, and not in the future),
 * every image with alt text, every internal link reaching a page that is there and public.
 */
interface PublishedRow {
  id: number;
  title: string;
  bodyHtml: string;
  publishedAt: Date | string | null;
  future: boolean;
}

/** Why a link is broken, or undefined when its target is public. */
type Breakage = 'missing' | 'unpublished' | 'withdrawn';

export async function inspectArticles(q: Queryable, site: { id: number }, now: Date): Promise<Finding[]> {
  // Only pages that may hold a finding: a link into the portal, an image, or a doubtful time.
  const rows = await q.query<PublishedRow>(
    `SELECT a.id, a.title, a.body_html AS "bodyHtml", a.published_at AS "publishedAt",
       coalesce(a.published_at > $2::timestamptz, false) AS future
     FROM portal_articles a
     WHERE a.site_id = $1 AND a.state = 'published'
       AND (a.published_at IS NULL OR a.published_at > $2::timestamptz
            OR a.body_html LIKE '%="/%' OR a.body_html ILIKE '%<img%')
     ORDER BY a.id`,
    [site.id, now.toISOString()],
  );
  const linksOf = new Map(rows.map((r) => [r.id, internalLinks(r.bodyHtml)]));
  const broken = await resolveTargets(
    q,
    [...linksOf.values()].flat().map((l) => l.target),
    dayOf(now),
  );
  const findings: Finding[] = [];
  for (const row of rows) {
    const at = { articleId: row.id, link: `portal/articles/${row.id}` };
    if (row.publishedAt === null || row.future)
      findings.push({ kind: 'no_publish_time', severity: 'error', ...at, message: timeMessage(row) });
    for (const src of imagesWithoutAlt(row.bodyHtml))
      findings.push({
        kind: 'image_alt',
        severity: 'error',
        ...at,
        message: {
          zh: `《${row.title}》中的图片 ${src || '（无地址）'} 缺少替代文字`,
          en: `An image in “${row.title}” (${src || 'no address'}) has no alt text`,
        },
      });
    for (const link of linksOf.get(row.id) ?? []) {
      const why = broken.get(targetKey(link.target));
      if (why)
        findings.push({
          kind: 'broken_link',
          severity: 'error',
          ...at,
          message: linkMessage(row, link.href, why),
        });
    }
  }
  return findings;
}

function timeMessage(row: PublishedRow): Message {
  if (row.publishedAt === null)
    return {
      zh: `已发布的《${row.title}》没有发布时间`,
      en: `“${row.title}” is published without a publish time`,
    };
  // As the page shows it: China's time.
  const at = chinaDateTime(new Date(row.publishedAt));
  return {
    zh: `已发布的《${row.title}》的发布时间 ${at} 晚于当前时间`,
    en: `“${row.title}” is published with a publish time in the future (${at})`,
  };
}

const BREAKAGE: Record<Breakage, Message> = {
  missing: { zh: '页面不存在', en: 'a page that does not exist' },
  unpublished: { zh: '页面尚未发布', en: 'a page not published' },
  withdrawn: { zh: '页面已撤回', en: 'a withdrawn page' },
};

function linkMessage(row: PublishedRow, href: string, why: Breakage): Message {
  return {
    zh: `《${row.title}》中的链接 ${href} 指向的${BREAKAGE[why].zh}`,
    en: `The link ${href} in “${row.title}” points to ${BREAKAGE[why].en}`,
  };
}

function targetKey(t: LinkTarget): string {
  switch (t.kind) {
    case 'media':
      return `media:${t.id}`;
    case 'site':
      return `site:${t.code}`;
    case 'column':
      return `column:${t.code}:${t.slug}`;
    case 'article':
      return `article:${t.code}:${t.id}`;
    case 'notice':
      return `notice:${t.code}:${t.serial}`;
  }
}

/** The broken targets among `targets`, by key: a fixed number of statements, plus one read per notice. */
async function resolveTargets(
  q: Queryable,
  targets: LinkTarget[],
  today: string,
): Promise<Map<string, Breakage>> {
  const broken = new Map<string, Breakage>();
  if (targets.length === 0) return broken;
  const codes = [...new Set(targets.flatMap((t) => (t.kind === 'media' ? [] : [padCode(t.code)])))];
  const sites = new Set(
    (
      await q.query<{ code: string }>(
        'SELECT region_code AS code FROM portal_sites WHERE region_code = ANY($1)',
        [codes],
      )
    ).map((r) => r.code),
  );
  const media = new Set(
    (
      await q.query<{ id: number }>('SELECT id FROM portal_images WHERE id = ANY($1::bigint[])', [
        targets.flatMap((t) => (t.kind === 'media' ? [t.id] : [])),
      ])
    ).map((r) => r.id),
  );
  const columns = new Set(
    (
      await q.query<{ key: string }>(
        `SELECT s.region_code || ':' || c.slug AS key FROM portal_columns c JOIN portal_sites s ON s.id = c.site_id
         WHERE s.region_code = ANY($1)`,
        [codes],
      )
    ).map((r) => r.key),
  );
  const articles = new Map(
    (
      await q.query<{ id: number; code: string; state: string }>(
        `SELECT a.id, s.region_code AS code, a.state FROM portal_articles a JOIN portal_sites s ON s.id = a.site_id
         WHERE a.id = ANY($1::bigint[])`,
        [targets.flatMap((t) => (t.kind === 'article' ? [t.id] : []))],
      )
    ).map((r) => [r.id, r]),
  );
  for (const t of targets) {
    const why = await breakage(q, t, { sites, media, columns, articles }, today);
    if (why) broken.set(targetKey(t), why);
  }
  return broken;
}

interface Known {
  sites: Set<string>;
  media: Set<number>;
  columns: Set<string>;
  articles: Map<number, { code: string; state: string }>;
}

async function breakage(
  q: Queryable,
  t: LinkTarget,
  known: Known,
  today: string,
): Promise<Breakage | undefined> {
  if (t.kind === 'media') {
    if (!known.media.has(t.id)) return 'missing';
    return (await isPublic(() => publicImage(q, t.id))) ? undefined : 'unpublished';
  }
  const code = padCode(t.code);
  if (!known.sites.has(code)) return 'missing';
  switch (t.kind) {
    case 'site':
      return undefined;
    case 'column':
      return known.columns.has(`${code}:${t.slug}`) ? undefined : 'missing';
    case 'article': {
      const article = known.articles.get(t.id);
      if (!article || article.code !== code) return 'missing';
      if (article.state === 'withdrawn') return 'withdrawn';
      return article.state === 'published' ? undefined : 'unpublished';
    }
    case 'notice':
      return (await isPublic(() => publicNotice(q, t.serial, today))) ? undefined : 'missing';
  }
}

/** Whether the portal serves it: the owning module's public read answers (an image, a notice) or 404s. */
async function isPublic(read: () => Promise<unknown>): Promise<boolean> {
  try {
    await read();
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'not_found') return false;
    throw error;
  }
}
