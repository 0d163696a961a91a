import type { Message } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import { requireAccess } from '../access/require-access.ts';
import type { Actor } from '../auth/actor.ts';
import { listPublicNotices } from '../cases/notice-queries.ts';
import { prefixOf } from '../regions/region-code.ts';
import { today as dayOf } from '../registry/commands/shared.ts';
import { inspectArticles } from './inspection-articles.ts';

/**
 * The self-inspection of a site (网站自查), after the checks the inspection rules for government websites make
 * of every site: columns left without anything new for too long or with nothing at all, broken internal links,
 * published pages without a (reachable) publish time, images without alt text, and complaints left
 * unanswered past their deadline. Each finding says what is wrong in zh and en and where in the console to
 * fix it (a path relative to the console's region base, e.g. `portal/articles/12`).
 */
export type FindingKind =
  'stale_column' | 'empty_column' | 'broken_link' | 'no_publish_time' | 'image_alt' | 'overdue_complaint';

/** `error`: the rules count it against the site; `warning`: worth fixing before an inspection does. */
export type Severity = 'error' | 'warning';

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  message: Message;
  columnId?: number;
  articleId?: number;
  complaintId?: number;
  link: string;
}

export interface Inspection {
  siteId: number;
  siteName: string;
  checkedAt: string;
  findings: Finding[];
}

/**
 * Days without anything new after which a column counts as stale, when the column sets none: news and work
 * columns (动态、要闻类) two weeks, notices and policy columns (通知公告、政策文件类) six months, as the rules
 * of the government-website inspection have it. A column of another slug is checked only when it sets its own.
 */
export const DEFAULT_STALE_DAYS: Readonly<Record<string, number>> = {
  region: 14,
  work: 14,
  notice: 180,
  policy: 180,
  publicity: 180,
  funds: 180,
};

interface SiteRow {
  id: number;
  name: string;
  regionCode: string;
  logoImageId: number | null;
  logoAlt: string | null;
}

interface ColumnRow {
  id: number;
  slug: string;
  name: string;
  kind: 'articles' | 'notices' | 'disclosures' | 'complaints';
  staleDays: number | null;
  /** Whole days since the newest published article of the column; null when it has none. */
  ageDays: number | null;
}

/** Runs every check on one site the actor may read (site.read; 404 outside the actor's regions). */
export async function inspectSite(
  q: Queryable,
  actor: Actor,
  siteId: number,
  now: Date,
): Promise<Inspection> {
  await requireAccess(q, actor, 'site.read', [siteId]);
  const [site] = await q.query<SiteRow>(
    `SELECT s.id, s.name, s.region_code AS "regionCode", s.logo_image_id AS "logoImageId", i.alt AS "logoAlt"
     FROM portal_sites s LEFT JOIN portal_images i ON i.id = s.logo_image_id WHERE s.id = $1`,
    [siteId],
  );
  if (!site) throw new Error(`site ${siteId} vanished after its access check`);
  const findings = [
    ...(await inspectColumns(q, site, now)),
    ...(await inspectArticles(q, site, now)),
    ...logoAlt(site),
    ...(await overdueComplaints(q, site, dayOf(now))),
  ];
  const order: Record<Severity, number> = { error: 0, warning: 1 };
  findings.sort((a, b) => order[a.severity] - order[b.severity]);
  return { siteId: site.id, siteName: site.name, checkedAt: now.toISOString(), findings };
}

async function inspectColumns(q: Queryable, site: SiteRow, now: Date): Promise<Finding[]> {
  const columns = await q.query<ColumnRow>(
    `SELECT c.id, c.slug, c.name, c.kind, c.stale_days AS "staleDays",
       (SELECT floor(extract(epoch FROM ($2::timestamptz - max(a.published_at))) / 86400)::int
        FROM portal_articles a WHERE a.column_id = c.id AND a.state = 'published') AS "ageDays"
     FROM portal_columns c WHERE c.site_id = $1 ORDER BY c.position, c.id`,
    [site.id, now.toISOString()],
  );
  const today = dayOf(now);
  const findings: Finding[] = [];
  for (const column of columns) {
    const age = youngest(column.ageDays, await listedAge(q, site, column, today));
    const link = `portal/sites/${site.id}`;
    // The complaints column always shows the complaint form: it is never empty to a visitor.
    if (age === null && column.kind !== 'complaints') {
      findings.push({
        kind: 'empty_column',
        severity: 'error',
        columnId: column.id,
        link,
        message: {
          zh: `栏目“${column.name}”没有任何已发布的内容（空白栏目）`,
          en: `The column “${column.name}” has nothing published (an empty column)`,
        },
      });
      continue;
    }
    const limit = column.staleDays ?? DEFAULT_STALE_DAYS[column.slug];
    if (age === null || limit === undefined || age <= limit) continue;
    findings.push({
      kind: 'stale_column',
      severity: 'warning',
      columnId: column.id,
      link,
      message: {
        zh: `栏目“${column.name}”已 ${age} 天未更新（应不超过 ${limit} 天）`,
        en: `The column “${column.name}” has had nothing new for ${age} days (at most ${limit} expected)`,
      },
    });
  }
  return findings;
}

/** What a column lists besides its articles: the region's notices, or the replies published with consent. */
async function listedAge(
  q: Queryable,
  site: SiteRow,
  column: ColumnRow,
  today: string,
): Promise<number | null> {
  if (column.kind === 'notices') {
    const { items } = await listPublicNotices(q, { regionCode: site.regionCode, limit: 1 }, today);
    return items[0] ? daysBetween(items[0].postedOn, today) : null;
  }
  if (column.kind !== 'complaints') return null;
  const [row] = await q.query<{ last: string | null }>(
    `SELECT max(replied_on) AS last FROM complaints WHERE site_id = $1 AND published`,
    [site.id],
  );
  return row?.last ? daysBetween(row.last, today) : null;
}

function youngest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function logoAlt(site: SiteRow): Finding[] {
  if (site.logoImageId === null || (site.logoAlt ?? '').trim() !== '') return [];
  return [
    {
      kind: 'image_alt',
      severity: 'error',
      link: `portal/sites/${site.id}`,
      message: { zh: '网站标志图片缺少替代文字', en: 'The site’s logo has no alt text' },
    },
  ];
}

/** Open complaints about a region of the site's subtree whose deadline has passed, wherever they are handled. */
async function overdueComplaints(q: Queryable, site: SiteRow, today: string): Promise<Finding[]> {
  const rows = await q.query<{ id: number; trackingNo: string; dueOn: string }>(
    `SELECT id, tracking_no AS "trackingNo", due_on AS "dueOn" FROM complaints
     WHERE region_code LIKE $1 || '%' AND state IN ('received', 'in_progress') AND (overdue OR due_on < $2::date)
     ORDER BY due_on, id`,
    [prefixOf(site.regionCode), today],
  );
  return rows.map((c) => ({
    kind: 'overdue_complaint' as const,
    severity: 'error' as const,
    complaintId: c.id,
    link: `complaints/${c.id}`,
    message: {
      zh: `投诉 ${c.trackingNo} 已超过办理期限（${c.dueOn}）仍未答复`,
      en: `Complaint ${c.trackingNo} is past its deadline (${c.dueOn}) without an answer`,
    },
  }));
}
