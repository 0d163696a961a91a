import { notFound } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import { requireRegion } from '../access/require-access.ts';
import { readScope } from '../access/scope.ts';
import type { Actor } from '../auth/actor.ts';
import { subtreeRange } from '../regions/region-code.ts';
import type { NoticeBody, StaffNotice } from './notice-schemas.ts';
import { SUMMARY_COLUMNS, type NoticeSummary } from './notices.ts';

/**
 * Reads of notices. Staff read a notice by its case, which answers to the household's village now (or to the
 * region of a village's or county's assessment) — the same region the case itself answers to, so whoever may
 * read the case reads all its notices, the town's and the county's included. The public reads every notice in
 * its period or within a year after it ended (the portal), by serial or region, and nothing else.
 */

/** The region a case answers to, over `cases c LEFT JOIN households h`. */
export const CASE_REGION = 'COALESCE(h.region_code, c.region_code)';
const CASE_JOIN = 'JOIN cases c ON c.id = n.case_id LEFT JOIN households h ON h.id = c.household_id';

/** A notice is on the portal from its posting day until a year after its period (also the site's 公示公告). */
export const PUBLIC_WINDOW = (today: string) =>
  `n.posted_on <= ${today}::date AND n.ends_on + 365 >= ${today}::date`;
/** Objections are taken in the notice's period, while it runs and its case is open. */
const OPEN = (today: string) =>
  `(n.ended_on IS NULL AND n.posted_on <= ${today}::date AND n.ends_on >= ${today}::date AND c.outcome IS NULL)`;

export interface ListFilter {
  regionCode?: string | undefined;
  level?: string | undefined;
  active?: 'true' | 'false' | undefined;
  after?: number | undefined;
  limit: number;
}

export interface Page {
  items: NoticeSummary[];
  next: number | null;
}

function page(rows: NoticeSummary[], limit: number): Page {
  const items = rows.slice(0, limit);
  return { items, next: rows.length > limit ? items.at(-1)!.id : null };
}

/** Newest first; `after` is the last id of the page before. */
function conditions(filter: ListFilter, params: unknown[], where: string[]): void {
  if (filter.regionCode !== undefined) {
    const [lo, hi] = subtreeRange(filter.regionCode);
    params.push(lo, hi);
    where.push(`n.region_code BETWEEN $${params.length - 1} AND $${params.length}`);
  }
  if (filter.after !== undefined) {
    params.push(filter.after);
    where.push(`n.id < $${params.length}`);
  }
}

/** Staff: notices of cases in the actor's regions (scoped in SQL), by region subtree, level and running. */
export async function listNotices(
  q: Queryable,
  actor: Actor,
  filter: ListFilter,
  today: string,
): Promise<Page> {
  if (filter.regionCode !== undefined) requireRegion(actor, 'region.read', filter.regionCode);
  const params: unknown[] = [];
  const where = [readScope(actor, CASE_REGION, params)];
  conditions(filter, params, where);
  if (filter.level !== undefined) {
    params.push(filter.level);
    where.push(`n.level = $${params.length}`);
  }
  if (filter.active !== undefined) {
    params.push(today);
    const running = `n.ended_on IS NULL AND n.posted_on <= $${params.length}::date AND n.ends_on >= $${params.length}::date`;
    where.push(filter.active === 'true' ? `(${running})` : `NOT (${running})`);
  }
  params.push(filter.limit + 1);
  const rows = await q.query<NoticeSummary>(
    `SELECT ${SUMMARY_COLUMNS} FROM notices n ${CASE_JOIN}
     WHERE ${where.join(' AND ')} ORDER BY n.id DESC LIMIT $${params.length}`,
    params,
  );
  return page(rows, filter.limit);
}

type NoticeRow = StaffNotice & { body: NoticeBody };

const VIEW_COLUMNS = (today: string) => `${SUMMARY_COLUMNS}, n.body, ${OPEN(today)} AS open,
  n.case_id AS "caseId", c.type AS "caseType"`;

/** Staff: one notice by serial, 404 when its case lies outside the actor's regions. */
export async function staffNotice(
  q: Queryable,
  actor: Actor,
  serial: string,
  today: string,
): Promise<StaffNotice> {
  const params: unknown[] = [today, serial];
  const scope = readScope(actor, CASE_REGION, params);
  const [row] = await q.query<NoticeRow>(
    `SELECT ${VIEW_COLUMNS('$1')} FROM notices n ${CASE_JOIN} WHERE n.serial = $2 AND ${scope}`,
    params,
  );
  if (!row) throw notFound('notice', serial);
  return row;
}

/** The portal's list: notices in their period or within a year after, by region subtree. */
export async function listPublicNotices(
  q: Queryable,
  filter: Pick<ListFilter, 'regionCode' | 'after' | 'limit'>,
  today: string,
): Promise<Page> {
  const params: unknown[] = [today];
  const where = [PUBLIC_WINDOW('$1')];
  conditions(filter, params, where);
  params.push(filter.limit + 1);
  const rows = await q.query<NoticeSummary>(
    `SELECT ${SUMMARY_COLUMNS} FROM notices n WHERE ${where.join(' AND ')}
     ORDER BY n.id DESC LIMIT $${params.length}`,
    params,
  );
  return page(rows, filter.limit);
}

export type PublicNotice = Omit<StaffNotice, 'caseId' | 'caseType'>;

/** The portal's notice by serial (404 outside its window), with its case's id for an objection. */
export async function publicNotice(
  q: Queryable,
  serial: string,
  today: string,
): Promise<PublicNotice & { caseId: number }> {
  const [row] = await q.query<NoticeRow>(
    `SELECT ${VIEW_COLUMNS('$1')} FROM notices n JOIN cases c ON c.id = n.case_id
     WHERE n.serial = $2 AND ${PUBLIC_WINDOW('$1')}`,
    [today, serial],
  );
  if (!row) throw notFound('notice', serial);
  return row;
}

/** A public answer holds nothing of the case but its notice. */
export function publicView(n: PublicNotice): PublicNotice {
  return {
    id: n.id,
    serial: n.serial,
    level: n.level,
    title: n.title,
    regionCode: n.regionCode,
    postedOn: n.postedOn,
    periodDays: n.periodDays,
    endsOn: n.endsOn,
    endedOn: n.endedOn,
    body: n.body,
    open: n.open,
  };
}
