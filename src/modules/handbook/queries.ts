import type { Queryable } from '../../db/types.ts';
import { EVENT_PERSON_SQL } from '../problems/queries.ts';

/**
 * The casework's tables read for the documents (migration 0027), by household or village id once the access
 * layer has answered for it. Read directly rather than through the modules that write them, so the documents
 * show whatever is on record, in one place.
 */

export interface PairingLine {
  name: string;
  unit: string | null;
  post: string | null;
  phone: string | null;
  fromDate: string;
  toDate: string | null;
  endReason: string | null;
}

export const pairingsOf = (db: Queryable, householdId: number) =>
  db.query<PairingLine>(
    `SELECT c.name, u.name AS unit, c.post, c.phone, p.from_date::text AS "fromDate", p.to_date::text AS "toDate",
            p.end_reason AS "endReason"
     FROM pairings p JOIN cadres c ON c.id = p.cadre_id LEFT JOIN org_units u ON u.id = c.unit_id
     WHERE p.household_id = $1 ORDER BY p.from_date, p.id`,
    [householdId],
  );

export interface VisitLine {
  at: string;
  cadre: string | null;
  checks: Partial<Record<string, boolean>>;
  notes: string | null;
  incomeChange: string | null;
  memberChanges: string | null;
  confirmation: string | null;
  photos: number;
}

export const visitsOf = (db: Queryable, householdId: number) =>
  db.query<VisitLine>(
    `SELECT v.at, coalesce(c.name, u.display_name) AS cadre, v.checks, v.notes, v.income_change AS "incomeChange",
            v.member_changes AS "memberChanges", v.confirmation->>'kind' AS confirmation,
            (SELECT count(*)::int FROM visit_photos f WHERE f.visit_id = v.id) AS photos
     FROM visits v LEFT JOIN cadres c ON c.id = v.cadre_id LEFT JOIN users u ON u.id = v.user_id
     WHERE v.household_id = $1 ORDER BY v.at, v.id`,
    [householdId],
  );

export interface ProblemLine {
  id: number;
  category: string;
  description: string;
  source: string;
  owner: string | null;
  openedOn: string;
  due: string;
  state: string;
  overdue: boolean;
}

export const problemsOf = (db: Queryable, householdId: number) =>
  db.query<ProblemLine>(
    `SELECT p.id::int AS id, p.category, p.description, p.source, coalesce(c.name, u.name) AS owner,
            p.opened_on::text AS "openedOn", p.due::text AS due, p.state, p.overdue
     FROM problems p LEFT JOIN cadres c ON c.id = p.owner_cadre_id LEFT JOIN org_units u ON u.id = p.owner_unit_id
     WHERE p.household_id = $1 ORDER BY p.opened_on, p.id`,
    [householdId],
  );

export interface ProblemEventLine {
  problemId: number;
  date: string;
  action: string;
  actorName: string;
  reason: string | null;
}

export const problemEventsOf = (db: Queryable, householdId: number) =>
  db.query<ProblemEventLine>(
    `SELECT e.problem_id::int AS "problemId", e.date::text AS date, e.action,
            coalesce(${EVENT_PERSON_SQL}, e.actor_name) AS "actorName", e.reason
     FROM problem_events e JOIN problems p ON p.id = e.problem_id
     WHERE p.household_id = $1 ORDER BY e.problem_id, e.id`,
    [householdId],
  );

export interface MeasureLine {
  year: number;
  category: string;
  description: string;
  amount: string | null;
  provider: string | null;
  startOn: string;
  endOn: string | null;
  development: boolean;
}

export const measuresOf = (db: Queryable, householdId: number) =>
  db.query<MeasureLine>(
    `SELECT m.year, m.category, m.description, m.amount, m.provider, m.start_on::text AS "startOn",
            m.end_on::text AS "endOn", m.development
     FROM assistance_measures m WHERE m.household_id = $1 ORDER BY m.year, m.start_on, m.id`,
    [householdId],
  );

export const villageOf = (db: Queryable, code: string) =>
  db.query<{ code: string; name: string; level: number; path: string }>(
    `SELECT v.code, v.name, v.level,
            (SELECT string_agg(r.name, ' ' ORDER BY r.level) FROM regions r
              WHERE r.code IN (rpad(left(v.code, 2), 12, '0'), rpad(left(v.code, 4), 12, '0'),
                               rpad(left(v.code, 6), 12, '0'), rpad(left(v.code, 9), 12, '0'), v.code)) AS path
     FROM regions v WHERE v.code = $1`,
    [code],
  );

export const branchesOf = (db: Queryable, village: string) =>
  db.query<{ name: string; secretary: string | null; membersCount: number }>(
    `SELECT b.name, coalesce(c.name, b.secretary_name) AS secretary, b.members_count AS "membersCount"
     FROM party_branches b LEFT JOIN cadres c ON c.id = b.secretary_cadre_id
     WHERE b.village_code = $1 ORDER BY b.id`,
    [village],
  );

/** The team members of the village's teams whose term holds `day`, with their days in the village this year. */
export const teamMembersOf = (db: Queryable, village: string, day: string) =>
  db.query<{
    teamId: number;
    unit: string | null;
    termFrom: string;
    termTo: string;
    name: string;
    role: string;
    fromDate: string;
    toDate: string | null;
    days: number;
  }>(
    `SELECT t.id::int AS "teamId", u.name AS unit, t.term_from::text AS "termFrom", t.term_to::text AS "termTo",
            c.name, m.role, m.from_date::text AS "fromDate", m.to_date::text AS "toDate",
            (SELECT count(DISTINCT k.day)::int FROM checkins k
              WHERE k.cadre_id = c.id AND k.village_code = t.village_code
                AND k.day BETWEEN date_trunc('year', $2::date)::date AND $2::date) AS days
     FROM work_teams t JOIN work_team_members m ON m.team_id = t.id JOIN cadres c ON c.id = m.cadre_id
     LEFT JOIN org_units u ON u.id = t.sending_unit_id
     WHERE t.village_code = $1 AND $2::date BETWEEN t.term_from AND t.term_to
     ORDER BY t.id, CASE m.role WHEN 'leader' THEN 0 WHEN 'first_secretary' THEN 1 ELSE 2 END, m.from_date, m.id`,
    [village, day],
  );

/** The cadres paired now with households of the village, with their load there and everywhere. */
export const cadreLoadsOf = (db: Queryable, village: string) =>
  db.query<{ name: string; unit: string | null; post: string | null; here: number; load: number }>(
    `SELECT c.name, u.name AS unit, c.post, count(*)::int AS here,
            (SELECT count(*)::int FROM pairings a WHERE a.cadre_id = c.id AND a.ended_at IS NULL) AS load
     FROM pairings p JOIN households h ON h.id = p.household_id JOIN cadres c ON c.id = p.cadre_id
     LEFT JOIN org_units u ON u.id = c.unit_id
     WHERE h.region_code = $1 AND p.ended_at IS NULL
     GROUP BY c.id, c.name, u.name, c.post ORDER BY count(*) DESC, c.name`,
    [village],
  );

export const projectsOf = (db: Queryable, village: string) =>
  db.query<{
    name: string;
    type: string;
    state: string;
    periodFrom: string;
    periodTo: string;
    total: string;
    disbursed: string;
    beneficiaries: number;
  }>(
    `SELECT p.name, p.type, p.state, p.period_from::text AS "periodFrom", p.period_to::text AS "periodTo",
            (p.fund_central + p.fund_provincial + p.fund_city + p.fund_county + p.fund_other)::text AS total,
            (SELECT coalesce(sum(d.amount), 0)::text FROM disbursements d WHERE d.project_id = p.id) AS disbursed,
            (SELECT count(*)::int FROM project_beneficiaries b JOIN households h ON h.id = b.household_id
              WHERE b.project_id = p.id AND h.region_code = $1) AS beneficiaries
     FROM projects p JOIN project_villages v ON v.project_id = p.id
     WHERE v.village_code = $1 ORDER BY p.period_from, p.id`,
    [village],
  );

/** Problems of the village (its households' and its own) by state and category. */
export const problemCountsOf = (db: Queryable, village: string) =>
  db.query<{ category: string; state: string; n: number; overdue: number }>(
    `SELECT p.category, p.state, count(*)::int AS n, count(*) FILTER (WHERE p.overdue)::int AS overdue
     FROM problems p WHERE p.region_code = $1 GROUP BY p.category, p.state`,
    [village],
  );

export const measureCountsOf = (db: Queryable, village: string) =>
  db.query<{ year: number; category: string; n: number; households: number; amount: string }>(
    `SELECT m.year, m.category, count(*)::int AS n, count(DISTINCT m.household_id)::int AS households,
            coalesce(sum(m.amount), 0)::text AS amount
     FROM assistance_measures m JOIN households h ON h.id = m.household_id
     WHERE h.region_code = $1 GROUP BY m.year, m.category ORDER BY m.year, m.category`,
    [village],
  );
