import { ruleViolation } from '../../app/errors.ts';
import type { Queryable, Tx } from '../../db/types.ts';
import { requireAccess } from '../access/require-access.ts';
import type { Actor } from '../auth/actor.ts';
import { canSeePersonalData } from '../auth/policies.ts';
import { rulesFor } from '../cases/rules.ts';
import { presentRow } from '../privacy/present.ts';
import { isCalendarDate } from '../registry/dates.ts';
import { requireDay, requireKeeper } from './keep.ts';
import { listRows, patchRow, recordWrite } from './rows.ts';
import type { AddMemberInput, ListQuery, TeamInput, TeamPatch, TeamRole } from './schemas.ts';

/**
 * 驻村工作队: a village's work team, its sending unit, its term, and its members with their role — one leader
 * (队长) and one first secretary (第一书记) at a time. The province's rules (cases/rules.ts casework) say how
 * many members a team has at least (422 TEAM_TOO_SMALL) and how long its term lasts (422 TEAM_TERM_TOO_SHORT).
 * A member's phone is shown through the presenter: whole only where the reader sees the village's personal data.
 */
export interface TeamMember {
  id: number;
  cadreId: number;
  name: string;
  role: TeamRole;
  from: string;
  to: string | null;
  phone: string | null;
}
export interface Team {
  id: number;
  villageCode: string;
  villageName: string | null;
  sendingUnit: { id: number; name: string } | null;
  termFrom: string;
  termTo: string;
  version: number;
  members: TeamMember[];
}

const SELECT = `SELECT t.id::int AS id, t.village_code AS "villageCode", r.name AS "villageName",
  CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name) END AS "sendingUnit",
  t.term_from::text AS "termFrom", t.term_to::text AS "termTo", t.version
  FROM work_teams t LEFT JOIN regions r ON r.code = t.village_code LEFT JOIN org_units u ON u.id = t.sending_unit_id`;

/** The members (current and former) of these teams, phones as the actor may see them. */
async function withMembers(q: Queryable, actor: Actor, teams: Omit<Team, 'members'>[]): Promise<Team[]> {
  if (teams.length === 0) return [];
  const rows = await q.query<TeamMember & { teamId: number }>(
    `SELECT m.id::int AS id, m.team_id::int AS "teamId", m.cadre_id::int AS "cadreId", c.name, m.role,
            m.from_date::text AS "from", m.to_date::text AS "to", c.phone
     FROM work_team_members m JOIN cadres c ON c.id = m.cadre_id
     WHERE m.team_id = ANY($1::bigint[])
     ORDER BY m.to_date IS NOT NULL, array_position(ARRAY['leader', 'first_secretary', 'member'], m.role), m.id`,
    [teams.map((t) => t.id)],
  );
  return teams.map((t) => {
    const viewer = { personal: canSeePersonalData(actor, t.villageCode) };
    const members = rows
      .filter((m) => m.teamId === t.id)
      .map(({ teamId: _teamId, ...m }) => presentRow(m, viewer));
    return { ...t, members };
  });
}

export async function listTeams(q: Queryable, actor: Actor, query: ListQuery) {
  const page = await listRows<Omit<Team, 'members'>>(q, actor, query, {
    select: SELECT,
    regionColumn: 't.village_code',
    order: 't.village_code, t.term_from DESC, t.id',
  });
  return { items: await withMembers(q, actor, page.items), total: page.total };
}

/** The teams of a village (for the village's page), newest term first. */
export async function teamsOfVillage(q: Queryable, actor: Actor, village: string): Promise<Team[]> {
  const rows = await q.query<Omit<Team, 'members'>>(
    `${SELECT} WHERE t.village_code = $1 ORDER BY t.term_from DESC, t.id`,
    [village],
  );
  return withMembers(q, actor, rows);
}

export async function teamDetail(q: Queryable, actor: Actor, id: number): Promise<Team> {
  await requireAccess(q, actor, 'team.read', [id]);
  const rows = await q.query<Omit<Team, 'members'>>(`${SELECT} WHERE t.id = $1`, [id]);
  return (await withMembers(q, actor, rows))[0]!;
}

const TERM_LABEL = { zh: '任期开始日期', en: 'term start' };
const FROM_LABEL = { zh: '加入日期', en: 'date joined' };
const END_LABEL = { zh: '离队日期', en: 'date left' };

/** The term lasts the province's least number of years (a term from 2025-03-01 reaches 2027-03-01 for two). */
async function checkTerm(q: Queryable, village: string, termFrom: string, termTo: string, today: string) {
  requireDay(termFrom, 'termFrom', TERM_LABEL, today);
  if (!isCalendarDate(termTo) || termTo <= termFrom)
    throw ruleViolation('TEAM_TERM_TOO_SHORT', {
      zh: '任期结束日期应为任期开始之后的真实日期',
      en: 'The term must end on a real day after it starts',
    });
  const { teamMinTermYears } = (await rulesFor(q, village)).casework;
  const least = `${Number(termFrom.slice(0, 4)) + teamMinTermYears}${termFrom.slice(4)}`;
  if (termTo < least)
    throw ruleViolation(
      'TEAM_TERM_TOO_SHORT',
      {
        zh: `工作队任期至少 ${teamMinTermYears} 年（至 ${least}）`,
        en: `A work team's term lasts at least ${teamMinTermYears} years (to ${least})`,
      },
      { teamMinTermYears },
    );
}

function checkMembers(members: TeamInput['members'], teamMinMembers: number) {
  const cadres = new Set(members.map((m) => m.cadreId));
  if (cadres.size !== members.length)
    throw ruleViolation('DUPLICATE_MEMBER', {
      zh: '同一干部不能在工作队中出现两次',
      en: 'A cadre appears twice in the team',
    });
  if (cadres.size < teamMinMembers)
    throw ruleViolation(
      'TEAM_TOO_SMALL',
      {
        zh: `驻村工作队至少应有 ${teamMinMembers} 名队员`,
        en: `A work team has at least ${teamMinMembers} members`,
      },
      { teamMinMembers },
    );
  for (const role of ['leader', 'first_secretary'] as const)
    if (members.filter((m) => m.role === role).length !== 1) throw roleCount(role);
}

const ROLE_NAMES: Record<TeamRole, { zh: string; en: string }> = {
  leader: { zh: '队长', en: 'leader' },
  first_secretary: { zh: '第一书记', en: 'first secretary' },
  member: { zh: '队员', en: 'member' },
};

const roleCount = (role: TeamRole) =>
  ruleViolation(
    'TEAM_ROLES',
    {
      zh: `工作队应有且只有一名${ROLE_NAMES[role].zh}`,
      en: `A work team has exactly one ${ROLE_NAMES[role].en}`,
    },
    { role },
  );

export async function createTeam(
  tx: Tx,
  actor: Actor,
  input: TeamInput,
  today: string,
  now: Date,
): Promise<number> {
  await requireKeeper(tx, actor, input.villageCode, 'villageCode', true);
  if (input.sendingUnitId) await requireAccess(tx, actor, 'unit.read', [input.sendingUnitId]);
  await requireAccess(
    tx,
    actor,
    'cadre.read',
    input.members.map((m) => m.cadreId),
  );
  await checkTerm(tx, input.villageCode, input.termFrom, input.termTo, today);
  checkMembers(input.members, (await rulesFor(tx, input.villageCode)).casework.teamMinMembers);
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO work_teams (village_code, sending_unit_id, term_from, term_to) VALUES ($1, $2, $3, $4)
     RETURNING id::int AS id`,
    [input.villageCode, input.sendingUnitId ?? null, input.termFrom, input.termTo],
  );
  const id = row!.id;
  await tx.query(
    `INSERT INTO work_team_members (team_id, cadre_id, role, from_date)
     SELECT $1, c, r, $4 FROM unnest($2::bigint[], $3::text[]) AS m (c, r)`,
    [id, input.members.map((m) => m.cadreId), input.members.map((m) => m.role), input.termFrom],
  );
  await recordWrite(
    tx,
    actor,
    { action: 'team.create', entity: 'team', id, regionCode: input.villageCode, input },
    now,
  );
  return id;
}

export async function updateTeam(
  tx: Tx,
  actor: Actor,
  id: number,
  input: TeamPatch,
  today: string,
  now: Date,
): Promise<void> {
  const region = (await requireAccess(tx, actor, 'team.write', [id], { lock: true })).get(String(id))!;
  if (input.sendingUnitId) await requireAccess(tx, actor, 'unit.read', [input.sendingUnitId]);
  if (input.termFrom !== undefined || input.termTo !== undefined) {
    const [t] = await tx.query<{ termFrom: string; termTo: string }>(
      'SELECT term_from::text AS "termFrom", term_to::text AS "termTo" FROM work_teams WHERE id = $1',
      [id],
    );
    await checkTerm(tx, region, input.termFrom ?? t!.termFrom, input.termTo ?? t!.termTo, today);
  }
  await patchRow(
    tx,
    actor,
    { permission: 'team.write', table: 'work_teams', entity: 'team', id },
    input,
    { sendingUnitId: 'sending_unit_id', termFrom: 'term_from', termTo: 'term_to' },
    now,
  );
}

/** A cadre joins a team from a date: not twice at once, and a leader or first secretary only when none is. */
export async function addMember(
  tx: Tx,
  actor: Actor,
  teamId: number,
  input: AddMemberInput,
  today: string,
  now: Date,
): Promise<number> {
  const region = (await requireAccess(tx, actor, 'team.write', [teamId], { lock: true })).get(
    String(teamId),
  )!;
  await requireAccess(tx, actor, 'cadre.read', [input.cadreId]);
  requireDay(input.from, 'from', FROM_LABEL, today);
  const open = await tx.query<{ cadreId: number; role: TeamRole }>(
    `SELECT cadre_id::int AS "cadreId", role FROM work_team_members WHERE team_id = $1 AND to_date IS NULL`,
    [teamId],
  );
  if (open.some((m) => m.cadreId === input.cadreId))
    throw ruleViolation('ALREADY_MEMBER', {
      zh: '该干部已是本工作队队员',
      en: 'This cadre is already a member of the team',
    });
  if (input.role !== 'member' && open.some((m) => m.role === input.role)) throw roleCount(input.role);
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO work_team_members (team_id, cadre_id, role, from_date) VALUES ($1, $2, $3, $4)
     ON CONFLICT (team_id, cadre_id, from_date) DO NOTHING RETURNING id::int AS id`,
    [teamId, input.cadreId, input.role, input.from],
  );
  if (!row)
    throw ruleViolation('ALREADY_MEMBER', {
      zh: '该干部在这一天已加入过本工作队',
      en: 'This cadre already joined the team on that day',
    });
  await tx.query('UPDATE work_teams SET version = version + 1 WHERE id = $1', [teamId]);
  await recordWrite(
    tx,
    actor,
    { action: 'team.member_add', entity: 'team', id: teamId, regionCode: region, input },
    now,
  );
  return row.id;
}

/** A member leaves the team on a date (kept as the team's history). */
export async function endMember(
  tx: Tx,
  actor: Actor,
  teamId: number,
  memberId: number,
  date: string,
  today: string,
  now: Date,
): Promise<void> {
  const region = (await requireAccess(tx, actor, 'team.write', [teamId], { lock: true })).get(
    String(teamId),
  )!;
  const [m] = await tx.query<{ from: string; open: boolean }>(
    `SELECT from_date::text AS "from", to_date IS NULL AS open FROM work_team_members
     WHERE id = $1 AND team_id = $2`,
    [memberId, teamId],
  );
  if (!m || !m.open)
    throw ruleViolation('NOT_A_MEMBER', {
      zh: '该队员不在本工作队或已离队',
      en: 'No such current member of this team',
    });
  requireDay(date, 'date', END_LABEL, today);
  if (date < m.from)
    throw ruleViolation('END_BEFORE_START', {
      zh: `离队日期不能早于加入日期（${m.from}）`,
      en: `The member cannot leave before joining (${m.from})`,
    });
  await tx.query('UPDATE work_team_members SET to_date = $2 WHERE id = $1', [memberId, date]);
  await tx.query('UPDATE work_teams SET version = version + 1 WHERE id = $1', [teamId]);
  await recordWrite(
    tx,
    actor,
    { action: 'team.member_end', entity: 'team', id: teamId, regionCode: region, input: { memberId, date } },
    now,
  );
}
