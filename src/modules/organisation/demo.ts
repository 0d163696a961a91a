import type { CaseworkDemoContext } from '../../cli/demo-casework.ts';
import type { Db, Tx } from '../../db/types.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor, Role } from '../auth/actor.ts';
import { generatePassword, hashPassword } from '../auth/password.ts';
import { createUser } from '../auth/users.ts';
import { subtreeRange } from '../regions/region-code.ts';
import { DEMO_NAMES, nameOf, seedDemoStaff } from './demo-staff.ts';
import { syncHouseholdCadres } from './household-cadre.ts';
import { POOR_OR_MONITORED } from './village.ts';

/**
 * The demo county's organisation, set-based (the county has 20,000 households): units from the households'
 * cadre units, a cadre for each responsible cadre the registry names (by name and phone, as the import
 * matches them), every poor or monitored household paired with its cadre, a Party branch per village, a work
 * team for each of the poorest villages — and three logins for a newcomer: cadre_demo (a paired cadre with
 * 8 households), shuji_demo (the first secretary of the poorest village) and team_demo (a member of its team),
 * their generated passwords in the returned line — and the staff who do its casework (demo-staff.ts). One
 * audit row per statement batch.
 */
const TEAM_VILLAGES = 10;
const DEMO_PAIRINGS = 8;

interface DemoUser {
  username: string;
  password: string;
  id: number;
}

async function demoUser(db: Db, actor: Actor, username: string, name: string, role: Role, region: string) {
  const password = generatePassword();
  const user = await createUser(db, actor, {
    username,
    displayName: name,
    password,
    grants: [{ role, regionCode: region }],
  });
  return { username, password, id: user.id };
}

export async function seedDemoOrganisation(db: Db, actor: Actor, ctx: CaseworkDemoContext): Promise<string> {
  const [lo, hi] = subtreeRange(ctx.county);
  const [poorest] = await db.query<{ code: string }>(
    `SELECT h.region_code AS code FROM households h
     WHERE h.region_code BETWEEN $1 AND $2 AND ${POOR_OR_MONITORED}
     GROUP BY h.region_code ORDER BY count(*) DESC, h.region_code LIMIT 1`,
    [lo, hi],
  );
  if (!poorest) return '演示组织：该县没有脱贫户或监测户 / demo organisation: no poor or monitored household';
  const village = poorest.code;
  const cadreUser = await demoUser(db, actor, 'cadre_demo', '演示帮扶责任人', 'paired_cadre', ctx.county);
  const shuji = await demoUser(db, actor, 'shuji_demo', '演示第一书记', 'first_secretary', village);
  const team = await demoUser(db, actor, 'team_demo', '演示工作队员', 'work_team', village);
  const from = `${Math.min(ctx.year, Number(ctx.today.slice(0, 4)))}-01-01`;
  // The staff's one password, hashed outside the transaction (argon2 would hold PGlite) and never shown.
  const passwordHash = await hashPassword(generatePassword());
  const counts = await db.transaction((tx) =>
    seed(tx, actor, { ...ctx, lo, hi, village, from, passwordHash, users: { cadreUser, shuji, team } }),
  );
  const logins = [cadreUser, shuji, team].map((u) => `${u.username} / ${u.password}`).join('，');
  return (
    `演示组织 / demo organisation: ${counts.cadres} 名干部 cadres, ${counts.pairings} 户结对 pairings, ` +
    `${counts.teams} 支工作队 teams, ${counts.staff} 名县乡村干部和队员账号 staff logins；` +
    `登录 / logins: ${logins}（仅显示这一次 / shown once only）`
  );
}

interface SeedInput extends CaseworkDemoContext {
  lo: string;
  hi: string;
  village: string;
  from: string;
  passwordHash: string;
  users: { cadreUser: DemoUser; shuji: DemoUser; team: DemoUser };
}

async function seed(tx: Tx, actor: Actor, s: SeedInput) {
  const county = s.county;
  const inCounty = `h.region_code BETWEEN $1 AND $2`;
  await tx.query(
    `INSERT INTO org_units (region_code, name, level, kind)
     SELECT $3, n, 'county', 'party_government' FROM (
       SELECT DISTINCT h.cadre_unit AS n FROM households h WHERE ${inCounty} AND h.cadre_unit IS NOT NULL
       UNION SELECT '县乡村振兴局') u
     ON CONFLICT (region_code, name) DO NOTHING`,
    [s.lo, s.hi, county],
  );
  // The registry's responsible cadres, one each by name and phone (as the import matches them).
  await tx.query(
    `WITH named AS (
       SELECT DISTINCT ON (h.cadre_name, h.cadre_phone) h.cadre_name, h.cadre_phone, h.cadre_unit
       FROM households h WHERE ${inCounty} AND h.cadre_name IS NOT NULL AND ${POOR_OR_MONITORED}
       ORDER BY h.cadre_name, h.cadre_phone, h.id)
     INSERT INTO cadres (region_code, name, phone, unit_id, post)
     SELECT $3, n.cadre_name, n.cadre_phone, u.id, '帮扶责任人' FROM named n
     LEFT JOIN org_units u ON u.region_code = $3 AND u.name = n.cadre_unit
     -- The registry import has made (and paired) the cadres its file names.
     WHERE NOT EXISTS (SELECT 1 FROM cadres c WHERE c.region_code = $3 AND c.name = n.cadre_name
                         AND c.phone IS NOT DISTINCT FROM n.cadre_phone)`,
    [s.lo, s.hi, county],
  );
  // The three demo logins' cadre records, of the county's own office.
  const [office] = await tx.query<{ id: number }>(
    `SELECT id::int AS id FROM org_units WHERE region_code = $1 AND name = '县乡村振兴局'`,
    [county],
  );
  const [demoCadre, shujiCadre, teamCadre, leader] = await tx.query<{ id: number }>(
    `INSERT INTO cadres (region_code, name, phone, unit_id, post, user_id)
     SELECT $1, n, p, $2, post, u FROM unnest($3::text[], $4::text[], $5::text[], $6::bigint[]) AS t (n, p, post, u)
     RETURNING id::int AS id`,
    [
      county,
      office!.id,
      ['演示帮扶责任人', '演示第一书记', '演示工作队员', '演示工作队长'],
      ['13800000001', '13800000002', '13800000003', '13800000004'],
      ['科员', '第一书记', '队员', '队长'],
      [s.users.cadreUser.id, s.users.shuji.id, s.users.team.id, null],
    ],
  );
  // cadre_demo answers for eight households, of the poorest village first; every other one keeps the registry's
  // cadre. The import paired them already: those pairings are handed to cadre_demo from the demo's first day.
  const demoHouseholds = `SELECT h.id FROM households h WHERE ${inCounty} AND ${POOR_OR_MONITORED}
     ORDER BY h.region_code = $3 DESC, h.id LIMIT ${DEMO_PAIRINGS}`;
  await tx.query(
    `UPDATE pairings SET cadre_id = $4, from_date = $5::date
     WHERE ended_at IS NULL AND household_id IN (${demoHouseholds})`,
    [s.lo, s.hi, s.village, demoCadre!.id, s.from],
  );
  await tx.query(
    `INSERT INTO pairings (cadre_id, household_id, from_date)
     SELECT $4, d.id, $5::date FROM (${demoHouseholds}) d
     WHERE NOT EXISTS (SELECT 1 FROM pairings p WHERE p.household_id = d.id AND p.ended_at IS NULL)`,
    [s.lo, s.hi, s.village, demoCadre!.id, s.from],
  );
  await tx.query(
    `INSERT INTO pairings (cadre_id, household_id, from_date)
     SELECT c.id, h.id, $4::date FROM households h
     JOIN LATERAL (SELECT c.id FROM cadres c WHERE c.region_code = $3 AND c.name = h.cadre_name
                     AND c.phone IS NOT DISTINCT FROM h.cadre_phone AND c.user_id IS NULL ORDER BY c.id LIMIT 1) c ON true
     WHERE ${inCounty} AND ${POOR_OR_MONITORED}
       AND NOT EXISTS (SELECT 1 FROM pairings p WHERE p.household_id = h.id AND p.ended_at IS NULL)`,
    [s.lo, s.hi, county, s.from],
  );
  await tx.query(
    `INSERT INTO party_branches (village_code, name, secretary_name, members_count)
     SELECT r.code, r.name || '党支部', NULL, 20 + (abs(hashtext(r.code)) % 40) FROM regions r
     WHERE r.level = 5 AND r.code BETWEEN $1 AND $2
       AND EXISTS (SELECT 1 FROM households h WHERE h.region_code = r.code)
     ON CONFLICT (village_code, name) DO NOTHING`,
    [s.lo, s.hi],
  );
  const teams = await seedTeams(tx, s, [leader!.id, shujiCadre!.id, teamCadre!.id], office!.id);
  await tx.query(
    `UPDATE party_branches SET secretary_cadre_id = $2, secretary_name = '演示第一书记'
                  WHERE village_code = $1`,
    [s.village, shujiCadre!.id],
  );
  const staff = await seedDemoStaff(tx, actor, { county, lo: s.lo, hi: s.hi, passwordHash: s.passwordHash });
  // The county's whole organisation, whoever made it: the registry's import makes the cadres its file names.
  const [{ cadres, pairings } = { cadres: 0, pairings: 0 }] = await tx.query<{
    cadres: number;
    pairings: number;
  }>(
    `SELECT (SELECT count(*)::int FROM cadres c WHERE c.region_code BETWEEN $1 AND $2 AND c.active) AS cadres,
            (SELECT count(*)::int FROM pairings p JOIN households h ON h.id = p.household_id
             WHERE ${inCounty} AND p.ended_at IS NULL) AS pairings`,
    [s.lo, s.hi],
  );
  await recordAudit(tx, actor, {
    action: 'organisation.demo',
    entity: 'organisation',
    entityId: null,
    regionCode: county,
    after: { cadres, pairings, teams },
  });
  const paired = await tx.query<{ id: number }>(
    `SELECT p.household_id::int AS id FROM pairings p WHERE p.cadre_id = $1`,
    [demoCadre!.id],
  );
  // Only cadre_demo's households change: the others' fields are already their cadre's.
  await syncHouseholdCadres(
    tx,
    actor,
    paired.map((p) => p.id),
  );
  return { cadres, pairings, teams, staff };
}

/**
 * A work team for each of the poorest villages: the demo logins' team in the poorest one, three registry
 * cadres (not pairing ones: new members of the county office) elsewhere. Term: a year back, two years long.
 */
async function seedTeams(tx: Tx, s: SeedInput, demoMembers: number[], unitId: number): Promise<number> {
  const termFrom = `${Number(s.today.slice(0, 4)) - 1}${s.today.slice(4)}`;
  const termTo = `${Number(s.today.slice(0, 4)) + 1}${s.today.slice(4)}`;
  const villages = await tx.query<{ code: string }>(
    `SELECT h.region_code AS code FROM households h
     WHERE h.region_code BETWEEN $1 AND $2 AND h.region_code <> $3 AND ${POOR_OR_MONITORED}
     GROUP BY h.region_code ORDER BY count(*) DESC, h.region_code LIMIT ${TEAM_VILLAGES - 1}`,
    [s.lo, s.hi, s.village],
  );
  const codes = [s.village, ...villages.map((v) => v.code)];
  const made = await tx.query<{ id: number; village: string }>(
    `INSERT INTO work_teams (village_code, sending_unit_id, term_from, term_to)
     SELECT v, $2, $3::date, $4::date FROM unnest($1::text[]) AS v RETURNING id::int AS id, village_code AS village`,
    [codes, unitId, termFrom, termTo],
  );
  const roles = ['leader', 'first_secretary', 'member'];
  const others = made.filter((t) => t.village !== s.village);
  const fresh = await tx.query<{ id: number }>(
    `INSERT INTO cadres (region_code, name, unit_id, post, phone)
     SELECT $1, ${nameOf("'team/' || n", 4)}, $2, '驻村队员', '1390000' || lpad(n::text, 4, '0')
     FROM generate_series(1, $3::int) AS n RETURNING id::int AS id`,
    [s.county, unitId, others.length * 3, ...DEMO_NAMES],
  );
  const home = made.find((t) => t.village === s.village)!;
  const members = [
    ...demoMembers.map((cadre, i) => ({ team: home.id, cadre, role: roles[i]! })),
    ...others.flatMap((t, k) => roles.map((role, i) => ({ team: t.id, cadre: fresh[k * 3 + i]!.id, role }))),
  ];
  await tx.query(
    `INSERT INTO work_team_members (team_id, cadre_id, role, from_date)
     SELECT t, c, r, $4::date FROM unnest($1::bigint[], $2::bigint[], $3::text[]) AS m (t, c, r)`,
    [members.map((m) => m.team), members.map((m) => m.cadre), members.map((m) => m.role), termFrom],
  );
  return made.length;
}
