import type { Queryable, Tx } from '../../db/types.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor, Role } from '../auth/actor.ts';

/**
 * The people who do the demo county's casework, so that what the demo writes is attributed as a county's
 * records are — a problem solved by its village's cadre, confirmed by a town official, a check-in by the team
 * member — never by the shell that loaded the demo: an official of the county office, one per town, a cadre
 * of each village, and a login for every work-team member (their cadre record's user). Set-based (a county
 * has hundreds of villages). Their password is one random password hashed once and never shown: an
 * administrator gives a person theirs by resetting it, as for any account.
 */
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
];
const GIVEN = ['建国', '秀英', '志强', '桂兰', '海燕', '明', '伟', '静', '磊', '丽娟', '军', '红梅', '国庆'];
const MORE = ['春华', '晓东', '玉兰', '建华', '文博', '丹', '永刚', '淑珍', '立新', '霞', '德福', '卫东'];

/** The parameters nameOf picks from: surnames, then given names. */
export const DEMO_NAMES = [SURNAMES, [...GIVEN, ...MORE]];

/**
 * A person's name picked by a hash of `key` (SQL text), the same on every run, from DEMO_NAMES passed as the
 * parameters numbered `first` and `first + 1`.
 */
export const nameOf = (key: string, first = 1) =>
  `(($${first}::text[])[1 + abs(hashtext(${key})) % cardinality($${first}::text[])] ||
    ($${first + 1}::text[])[1 + abs(hashtext(${key} || '/')) % cardinality($${first + 1}::text[])])`;

interface StaffInput {
  county: string;
  lo: string;
  hi: string;
  passwordHash: string;
}

/** The staff's users and grants; returns how many logins were made. */
export async function seedDemoStaff(tx: Tx, actor: Actor, s: StaffInput): Promise<number> {
  // The county office, each town (with households) and each village (with households), one login each.
  const offices = await tx.query<{ id: number }>(
    `WITH o AS (
       SELECT r.code, r.level,
              CASE r.level WHEN 3 THEN 'county_' || left(r.code, 6) WHEN 4 THEN 'town_' || left(r.code, 9)
                           ELSE 'village_' || r.code END AS username,
              CASE r.level WHEN 3 THEN 'county_admin' WHEN 4 THEN 'town_official' ELSE 'village_cadre' END AS role
       FROM regions r
       WHERE r.code = $3 OR (r.level IN (4, 5) AND r.code BETWEEN $4 AND $5 AND EXISTS (
               SELECT 1 FROM households h
               WHERE h.region_code BETWEEN r.code AND rpad(left(r.code, 3 * r.level - 3), 12, '9')))),
     made AS (
       INSERT INTO users (username, display_name, password_hash)
       SELECT o.username, ${nameOf('o.code')}, $6 FROM o ORDER BY o.code
       ON CONFLICT (username) DO NOTHING RETURNING id, username)
     INSERT INTO role_grants (user_id, role, region_code)
     SELECT made.id, o.role, o.code FROM made JOIN o ON o.username = made.username RETURNING user_id::int AS id`,
    [...DEMO_NAMES, s.county, s.lo, s.hi, s.passwordHash],
  );
  // The work teams' members without a login get one, under their cadre record's name, in their team's village.
  const members = await tx.query<{ id: number }>(
    `WITH m AS (
       SELECT DISTINCT ON (c.id) c.id AS cadre, c.name, t.village_code,
              CASE wm.role WHEN 'first_secretary' THEN 'first_secretary' ELSE 'work_team' END AS role
       FROM work_team_members wm JOIN cadres c ON c.id = wm.cadre_id JOIN work_teams t ON t.id = wm.team_id
       WHERE c.user_id IS NULL AND t.village_code BETWEEN $1 AND $2 ORDER BY c.id, wm.id),
     made AS (
       INSERT INTO users (username, display_name, password_hash)
       SELECT 'team_' || m.cadre, m.name, $3 FROM m ORDER BY m.cadre RETURNING id, username),
     granted AS (
       INSERT INTO role_grants (user_id, role, region_code)
       SELECT made.id, m.role, m.village_code FROM made JOIN m ON made.username = 'team_' || m.cadre)
     UPDATE cadres c SET user_id = made.id FROM made WHERE made.username = 'team_' || c.id
     RETURNING made.id::int AS id`,
    [s.lo, s.hi, s.passwordHash],
  );
  const logins = offices.length + members.length;
  await recordAudit(tx, actor, {
    action: 'user.demo',
    entity: 'user',
    entityId: null,
    regionCode: s.county,
    after: { logins },
  });
  return logins;
}

/**
 * The actor of the demo's staff who acts on `region` in the first of `roles` someone holds there (a village's
 * first secretary before its cadre), with all of that user's grants; undefined when nobody does.
 */
export async function demoStaffActor(
  q: Queryable,
  region: string,
  roles: readonly Role[],
): Promise<Actor | undefined> {
  const [user] = await q.query<{
    id: number;
    username: string;
    grants: { role: Role; regionCode: string }[];
  }>(
    `SELECT u.id::int, u.username,
            (SELECT json_agg(json_build_object('role', a.role, 'regionCode', a.region_code) ORDER BY a.role, a.region_code)
             FROM role_grants a WHERE a.user_id = u.id) AS grants
     FROM role_grants g JOIN users u ON u.id = g.user_id
     WHERE g.region_code = $1 AND g.role = ANY($2::text[]) AND u.active
     ORDER BY array_position($2::text[], g.role), u.id LIMIT 1`,
    [region, roles],
  );
  return (
    user && { userId: user.id, username: user.username, source: 'demo', grants: user.grants, requestId: null }
  );
}

/** The demo's staff actors by region, looked up once each (a step acts in the same villages many times). */
export function demoStaff(q: Queryable, roles: readonly Role[]) {
  const found = new Map<string, Promise<Actor | undefined>>();
  return (region: string): Promise<Actor | undefined> => {
    if (!found.has(region)) found.set(region, demoStaffActor(q, region, roles));
    return found.get(region)!;
  };
}
