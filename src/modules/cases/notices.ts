import type { Queryable, Tx } from '../../db/types.ts';
import { recordAudit } from '../audit/audit.ts';
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
  regionCode: string;
  headName: string | null;
  size: number;
}

/** The household's village now, its head's name and its size (active members). */
async function householdOf(tx: Queryable, id: number): Promise<HouseholdForNotice | undefined> {
  const [row] = await tx.query<HouseholdForNotice>(
    `SELECT h.region_code AS "regionCode",
            (SELECT m.name FROM members m WHERE m.household_id = h.id AND m.active AND m.relation = '01'
             ORDER BY m.id LIMIT 1) AS "headName",
            (SELECT count(*)::int FROM members m WHERE m.household_id = h.id AND m.active) AS size
     FROM households h WHERE h.id = $1`,
    [id],
  );
  return row;
}

/** The names of the province, county, town and village a region code lies in (those it has). */
async function placesOf(tx: Queryable, code: string): Promise<Places> {
  const chain = ancestorsOf(code);
  const names = await regionsByCode(tx, chain);
  const at = (level: number) => {
    const c = chain.find((a) => levelOf(a) === level);
    return c === undefined ? null : (names.get(c)?.name ?? null);
  };
  return { province: at(1), county: at(3), town: at(4), village: at(5) };
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
  const household = c.householdId === null ? undefined : await householdOf(tx, c.householdId);
  const region = household?.regionCode ?? c.regionCode;
  const { title, body } = buildNotice({
    type: c.type,
    level,
    places: await placesOf(tx, region),
    household: household ? { headName: household.headName, size: household.size } : null,
    reason: c.reason,
  });
  const posted = noticeRegion(c.type, level, region);
  // The serial carries the notice's own id, taken before the insert, so it is unique without a counter.
  const [notice] = await tx.query<NoticeSummary>(
    `WITH next AS (SELECT nextval(pg_get_serial_sequence('notices', 'id')) AS id),
     n AS (
       INSERT INTO notices (id, serial, case_id, level, region_code, title, body, posted_on, period_days, ends_on)
       OVERRIDING SYSTEM VALUE
       SELECT next.id, $1 || '-' || lpad(next.id::text, greatest(6, length(next.id::text)), '0'),
              $2, $3, $4, $5, $6::jsonb, $7::date, $8, $7::date + $8::int
       FROM next
       RETURNING *)
     SELECT ${SUMMARY_COLUMNS} FROM n`,
    [
      `${region.slice(0, 6)}-${date.slice(0, 4)}`,
      c.id,
      level,
      posted,
      title,
      JSON.stringify(body),
      date,
      periodDays,
    ],
  );
  await recordAudit(tx, actor, {
    action: 'notice.post',
    entity: 'notice',
    entityId: notice!.id,
    regionCode: posted,
    after: { serial: notice!.serial, caseId: c.id, level, postedOn: date, endsOn: notice!.endsOn },
  });
  return notice!;
}

/** The case's notice still running (not ended), if any. */
export async function openNotice(tx: Queryable, caseId: number): Promise<NoticeSummary | undefined> {
  const [row] = await tx.query<NoticeSummary>(
    `SELECT ${SUMMARY_COLUMNS} FROM notices n WHERE n.case_id = $1 AND n.ended_on IS NULL
     ORDER BY n.id DESC LIMIT 1`,
    [caseId],
  );
  return row;
}

/**
 * Ends a running notice on `date` (end_notice, or an upheld objection). The caller's transaction writes the
 * audit row of the step that ends it.
 */
export async function endNotice(tx: Queryable, noticeId: number, date: string): Promise<void> {
  await tx.query('UPDATE notices SET ended_on = $2 WHERE id = $1 AND ended_on IS NULL', [noticeId, date]);
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
