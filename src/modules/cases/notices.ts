import type { Queryable, Tx } from '../../db/types.ts';
import { recordAuditMany } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { regionsByCode } from '../regions/lookup.ts';
import { ancestorsOf, levelOf, padCode } from '../regions/region-code.ts';
import { buildNotice, type Places } from './notice-body.ts';
import type { CaseType, NoticeLevel } from './transitions.ts';

/**
 * The notices a case posts (两公示一公告): made from the case inside the step that posts them (the lead's
 * action command calls postNotice in its transaction), ended by end_notice or an upheld objection.
 */
export interface CaseForNotice {
  id: number;
  type: CaseType;
  householdId: number | null;
  regionCode: string;
  year: number;
  reason: string;
  facts: Record<string, unknown>;
}

export interface NoticeSummary {
  id: number;
  serial: string;
  level: NoticeLevel;
  title: string;
  regionCode: string;
  postedOn: string;
  periodDays: number;
  endsOn: string;
  endedOn: string | null;
}

/** The columns of a NoticeSummary from `notices` aliased `n`. */
export const SUMMARY_COLUMNS = `n.id, n.serial, n.level, n.title, n.region_code AS "regionCode",
  n.posted_on AS "postedOn", n.period_days AS "periodDays", n.ends_on AS "endsOn", n.ended_on AS "endedOn"`;

interface HouseholdForNotice {
  id: number;
  regionCode: string;
  headName: string | null;
  size: number;
}

/** Each household's village now, its head's name and its size (active members), in one statement. */
async function householdsOf(tx: Queryable, ids: readonly number[]): Promise<Map<number, HouseholdForNotice>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<HouseholdForNotice>(
    `SELECT h.id, h.region_code AS "regionCode",
            (SELECT m.name FROM members m WHERE m.household_id = h.id AND m.active AND m.relation = '01'
             ORDER BY m.id LIMIT 1) AS "headName",
            (SELECT count(*)::int FROM members m WHERE m.household_id = h.id AND m.active) AS size
     FROM households h WHERE h.id = ANY($1::bigint[])`,
    [ids],
  );
  return new Map(rows.map((r) => [Number(r.id), r]));
}

/** The names of the province, county, town and village each region code lies in, in one lookup. */
async function placesOfMany(tx: Queryable, codes: readonly string[]): Promise<Map<string, Places>> {
  const chains = new Map([...new Set(codes)].map((c) => [c, ancestorsOf(c)]));
  const names = await regionsByCode(tx, [...new Set([...chains.values()].flat())]);
  const places = new Map<string, Places>();
  for (const [code, chain] of chains) {
    const at = (level: number) => {
      const c = chain.find((a) => levelOf(a) === level);
      return c === undefined ? null : (names.get(c)?.name ?? null);
    };
    places.set(code, { province: at(1), county: at(3), town: at(4), village: at(5) });
  }
  return places;
}

/**
 * The region a notice of `level` is posted in: the village, its town, or the county; a county's exit is
 * announced by its province.
 */
export function noticeRegion(type: CaseType, level: NoticeLevel, region: string): string {
  if (level === 'village') return region;
  if (level === 'town') return levelOf(region) >= 4 ? padCode(region.slice(0, 9)) : region;
  if (level === 'announcement' && type === 'county_exit') return padCode(region.slice(0, 2));
  return padCode(region.slice(0, 6));
}

/** One notice to post: the case it is made from, its level, the day posted and its period. */
export interface NoticeToPost {
  c: CaseForNotice;
  level: NoticeLevel;
  date: string;
  periodDays: number;
}

/**
 * Creates the notice of `level` for the case, posted on `date` for `periodDays` calendar days (ends_on = date +
 * days), with a serial unique and readable (`371324-2026-000123`: county, year posted, number) and its title
 * and body built from the case (notice-body.ts). Writes its audit row. Call it in the step's transaction.
 */
export async function postNotice(
  tx: Tx,
  actor: Actor,
  c: CaseForNotice,
  level: NoticeLevel,
  date: string,
  periodDays: number,
): Promise<NoticeSummary> {
  const [notice] = await postNotices(tx, actor, [{ c, level, date, periodDays }]);
  return notice!;
}

/**
 * The notices of many cases (a bulk step), in a fixed number of statements: the households and places read
 * once, one insert, one statement of audit rows. Answers them in the order given; one notice per case.
 */
export async function postNotices(
  tx: Tx,
  actor: Actor,
  items: readonly NoticeToPost[],
): Promise<NoticeSummary[]> {
  if (items.length === 0) return [];
  const households = await householdsOf(
    tx,
    items.flatMap((i) => (i.c.householdId === null ? [] : [i.c.householdId])),
  );
  const regionOf = (i: NoticeToPost) =>
    (i.c.householdId === null ? undefined : households.get(i.c.householdId))?.regionCode ?? i.c.regionCode;
  const places = await placesOfMany(tx, items.map(regionOf));
  const rows = items.map((i) => {
    const region = regionOf(i);
    const household = i.c.householdId === null ? undefined : households.get(i.c.householdId);
    const { title, body } = buildNotice({
      type: i.c.type,
      level: i.level,
      places: places.get(region)!,
      household: household ? { headName: household.headName, size: household.size } : null,
      reason: i.c.reason,
    });
    return { i, region, posted: noticeRegion(i.c.type, i.level, region), title, body };
  });
  const col = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
  // The serial carries the notice's own id, drawn before the insert, so it is unique without a counter.
  const inserted = await tx.query<NoticeSummary & { caseId: number }>(
    `WITH input AS (
       SELECT t.*, nextval(pg_get_serial_sequence('notices', 'id')) AS id
       FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::date[], $8::int[])
         AS t (prefix, case_id, level, region_code, title, body, posted_on, period_days)),
     n AS (
       INSERT INTO notices (id, serial, case_id, level, region_code, title, body, posted_on, period_days, ends_on)
       OVERRIDING SYSTEM VALUE
       SELECT id, prefix || '-' || lpad(id::text, greatest(6, length(id::text)), '0'), case_id, level,
              region_code, title, body, posted_on, period_days, posted_on + period_days
       FROM input
       RETURNING *)
     SELECT ${SUMMARY_COLUMNS}, n.case_id AS "caseId" FROM n`,
    [
      col((r) => `${r.region.slice(0, 6)}-${r.i.date.slice(0, 4)}`),
      col((r) => r.i.c.id),
      col((r) => r.i.level),
      col((r) => r.posted),
      col((r) => r.title),
      col((r) => JSON.stringify(r.body)),
      col((r) => r.i.date),
      col((r) => r.i.periodDays),
    ],
  );
  const byCase = new Map(inserted.map(({ caseId, ...n }) => [Number(caseId), n]));
  const notices = items.map((i) => byCase.get(i.c.id)!);
  await recordAuditMany(
    tx,
    actor,
    notices.map((n, k) => ({
      action: 'notice.post',
      entity: 'notice',
      entityId: n.id,
      regionCode: n.regionCode,
      after: {
        serial: n.serial,
        caseId: items[k]!.c.id,
        level: n.level,
        postedOn: n.postedOn,
        endsOn: n.endsOn,
      },
    })),
  );
  return notices;
}

/** The case's notice still running (not ended; an announcement has no end to wait for), if any. */
export async function openNotice(tx: Queryable, caseId: number): Promise<NoticeSummary | undefined> {
  return (await runningNotices(tx, [caseId])).get(caseId);
}

/** The running notice of each of these cases, in one statement (the guard asks it of a whole batch). */
export async function runningNotices(
  q: Queryable,
  caseIds: readonly number[],
): Promise<Map<number, NoticeSummary>> {
  if (caseIds.length === 0) return new Map();
  const rows = await q.query<NoticeSummary & { caseId: number }>(
    `SELECT ${SUMMARY_COLUMNS}, n.case_id AS "caseId" FROM notices n
     WHERE n.case_id = ANY($1::bigint[]) AND n.ended_on IS NULL AND n.level <> 'announcement'`,
    [caseIds],
  );
  return new Map(rows.map(({ caseId, ...n }) => [Number(caseId), n]));
}

/**
 * Ends a running notice on `date` (end_notice, or an upheld objection). The caller's transaction writes the
 * audit row of the step that ends it.
 */
export async function endNotice(tx: Queryable, noticeId: number, date: string): Promise<void> {
  await endNotices(tx, [noticeId], date);
}

/** Ends many running notices on one day (a bulk step), in one statement. */
export async function endNotices(tx: Queryable, noticeIds: readonly number[], date: string): Promise<void> {
  if (noticeIds.length === 0) return;
  await tx.query('UPDATE notices SET ended_on = $2 WHERE id = ANY($1::bigint[]) AND ended_on IS NULL', [
    noticeIds,
    date,
  ]);
}

/** Unanswered objections per case (cases without any are absent), for the guard's OBJECTION_OPEN. */
export async function openObjectionCount(tx: Queryable, caseIds: number[]): Promise<Map<number, number>> {
  if (caseIds.length === 0) return new Map();
  const rows = await tx.query<{ caseId: number; n: number }>(
    `SELECT case_id AS "caseId", count(*)::int AS n FROM objections
     WHERE case_id = ANY($1::bigint[]) AND outcome IS NULL GROUP BY case_id`,
    [caseIds],
  );
  return new Map(rows.map((r) => [Number(r.caseId), r.n]));
}

/** Every notice of a case, oldest first (the case page). The caller has checked the case is readable. */
export async function caseNotices(q: Queryable, caseId: number): Promise<NoticeSummary[]> {
  return q.query<NoticeSummary>(
    `SELECT ${SUMMARY_COLUMNS} FROM notices n WHERE n.case_id = $1 ORDER BY n.id`,
    [caseId],
  );
}
