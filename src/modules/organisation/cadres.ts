import { DomainError, ruleViolation, versionConflict } from '../../app/errors.ts';
import type { Queryable, Tx } from '../../db/types.ts';
import { requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { canSeePersonalData } from '../auth/policies.ts';
import { countTyped, recordBurden } from '../burden/record.ts';
import { presentRow } from '../privacy/present.ts';
import { syncHouseholdCadre } from './household-cadre.ts';
import { requireKeeper } from './keep.ts';
import { listRows } from './rows.ts';
import { pairingsOf, type Pairing } from './pairings.ts';
import type { CadreInput, CadrePatch, ListQuery } from './schemas.ts';

/**
 * Cadres (帮扶责任人, and the members of work teams): the people of the organisation. A cadre answers to the
 * region that keeps it; a cadre who logs in is a user with a cadre record (`user_id`). The phone is personal
 * data, shown through the presenter: whole where the reader sees personal data of the cadre's region (and to
 * the cadre themself), masked elsewhere.
 */

/** A cadre row is the active cadre of the login whose id is `userParam` (user_id is unique). */
const ofUser = (userParam: string) => `user_id = ${userParam} AND active`;

/** The id of a login's active cadre (or NULL) as a subquery, for a write that stores its maker in its statement. */
export const cadreIdOfUserSql = (userParam: string) => `(SELECT id FROM cadres WHERE ${ofUser(userParam)})`;

/** The cadre record of a login, or null: what a visit, a check-in or "my households" is made by. */
export async function cadreOfUser(
  q: Queryable,
  userId: number,
): Promise<{ id: number; name: string; regionCode: string; unitId: number | null } | null> {
  const [row] = await q.query<{ id: number; name: string; regionCode: string; unitId: number | null }>(
    `SELECT id, name, region_code AS "regionCode", unit_id AS "unitId" FROM cadres WHERE ${ofUser('$1')}`,
    [userId],
    { prepare: true },
  );
  return row ? { ...row, id: Number(row.id), unitId: row.unitId === null ? null : Number(row.unitId) } : null;
}

/** The work team a cadre was a member of on `day` (membership and the team's term both covering it), or null. */
export async function teamOfCadreOn(
  q: Queryable,
  cadreId: number,
  day: string,
): Promise<{ teamId: number; villageCode: string } | null> {
  const [row] = await q.query<{ teamId: number; villageCode: string }>(
    `SELECT t.id AS "teamId", t.village_code AS "villageCode"
     FROM work_team_members m JOIN work_teams t ON t.id = m.team_id
     WHERE m.cadre_id = $1 AND m.from_date <= $2::date AND (m.to_date IS NULL OR m.to_date >= $2::date)
       AND t.term_from <= $2::date AND t.term_to >= $2::date
     ORDER BY m.from_date DESC, t.id DESC LIMIT 1`,
    [cadreId, day],
  );
  return row ? { teamId: Number(row.teamId), villageCode: row.villageCode } : null;
}

export type CadreRow = {
  id: number;
  regionCode: string;
  regionName: string | null;
  name: string;
  unit: { id: number; name: string } | null;
  post: string | null;
  phone: string | null;
  userId: number | null;
  active: boolean;
  load: number;
  version: number;
};

export const CADRE_SELECT = `c.id::int AS id, c.region_code AS "regionCode", r.name AS "regionName", c.name,
  CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name) END AS unit,
  c.post, c.phone, c.user_id::int AS "userId", c.active, c.version,
  (SELECT count(*)::int FROM pairings p WHERE p.cadre_id = c.id AND p.ended_at IS NULL) AS load
  FROM cadres c LEFT JOIN regions r ON r.code = c.region_code LEFT JOIN org_units u ON u.id = c.unit_id`;

/** A cadre as the reader may see it: the phone whole only with personal data of its region (or their own). */
export const presentCadre = (actor: Actor, row: CadreRow): CadreRow =>
  presentRow(row, {
    personal:
      canSeePersonalData(actor, row.regionCode) || (actor.userId !== null && row.userId === actor.userId),
  });

export async function listCadres(q: Queryable, actor: Actor, query: ListQuery) {
  const page = await listRows<CadreRow>(q, actor, query, {
    select: `SELECT ${CADRE_SELECT}`,
    regionColumn: 'c.region_code',
    order: 'c.region_code, c.name, c.id',
  });
  return { items: page.items.map((r) => presentCadre(actor, r)), total: page.total };
}

async function loadCadre(q: Queryable, id: number): Promise<CadreRow> {
  const [row] = await q.query<CadreRow>(`SELECT ${CADRE_SELECT} WHERE c.id = $1`, [id]);
  return row!;
}

/** One cadre with their pairings (open and ended); the read of a phone shown whole is on record. */
export async function cadreDetail(
  tx: Tx,
  actor: Actor,
  id: number,
): Promise<CadreRow & { pairings: Pairing[] }> {
  await requireAccess(tx, actor, 'cadre.read', [id]);
  return detailOf(tx, actor, await loadCadre(tx, id));
}

/** The logged-in user's own cadre record (404 NO_CADRE_RECORD when they have none). */
export async function myCadre(tx: Tx, actor: Actor): Promise<CadreRow & { pairings: Pairing[] }> {
  const own = actor.userId === null ? null : await cadreOfUser(tx, actor.userId);
  if (!own)
    throw new DomainError('not_found', 'NO_CADRE_RECORD', {
      zh: '您的账号没有对应的帮扶干部记录',
      en: 'Your login has no cadre record',
    });
  return detailOf(tx, actor, await loadCadre(tx, own.id), true);
}

async function detailOf(tx: Tx, actor: Actor, row: CadreRow, own = false) {
  const shown = presentCadre(actor, row);
  if (shown.phone !== null && shown.phone === row.phone && !own)
    await recordAudit(tx, actor, {
      action: 'cadre.view',
      entity: 'cadre',
      entityId: row.id,
      regionCode: row.regionCode,
    });
  // A paired cadre reads their own pairings; anyone else those of households they may read.
  const pairings = await pairingsOf(tx, own ? null : actor, { cadreId: row.id });
  return { ...shown, pairings };
}

/** The unit and login a cadre is given: the unit readable by the actor, the login a user with no cadre yet. */
async function checkLinks(
  tx: Tx,
  actor: Actor,
  input: { unitId?: number | null; userId?: number | null },
  self?: number,
) {
  if (input.unitId) await requireAccess(tx, actor, 'unit.read', [input.unitId]);
  if (!input.userId) return;
  const [user] = await tx.query<{ cadreId: number | null }>(
    `SELECT (SELECT c.id::int FROM cadres c WHERE c.user_id = u.id) AS "cadreId" FROM users u WHERE u.id = $1`,
    [input.userId],
  );
  if (!user)
    throw ruleViolation('NO_SUCH_USER', {
      zh: `没有这个用户：${input.userId}`,
      en: `No such user: ${input.userId}`,
    });
  if (user.cadreId !== null && user.cadreId !== self)
    throw ruleViolation('USER_HAS_CADRE', {
      zh: '该用户已有帮扶干部记录',
      en: 'This user already has a cadre record',
    });
}

export async function createCadre(tx: Tx, actor: Actor, input: CadreInput, now: Date): Promise<number> {
  await requireKeeper(tx, actor, input.regionCode, 'regionCode');
  await checkLinks(tx, actor, input);
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO cadres (region_code, name, unit_id, post, phone, user_id) VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING id::int AS id`,
    [
      input.regionCode,
      input.name,
      input.unitId ?? null,
      input.post || null,
      input.phone || null,
      input.userId ?? null,
    ],
  );
  const id = row!.id;
  await recordAudit(tx, actor, {
    action: 'cadre.create',
    entity: 'cadre',
    entityId: id,
    regionCode: input.regionCode,
    after: input,
  });
  await recordBurden(
    tx,
    actor,
    { action: 'cadre.create', regionCode: input.regionCode, typed: countTyped(input), prefilled: 0 },
    now,
  );
  return id;
}

const CADRE_COLUMNS = {
  name: 'name',
  unitId: 'unit_id',
  post: 'post',
  phone: 'phone',
  userId: 'user_id',
  active: 'active',
} as const;

export async function updateCadre(tx: Tx, actor: Actor, id: number, input: CadrePatch, now: Date) {
  const region = (await requireAccess(tx, actor, 'cadre.write', [id], { lock: true })).get(String(id))!;
  const current = await loadCadre(tx, id);
  const { version, ...fields } = input;
  if (current.version !== version) throw versionConflict('cadre', current.version);
  await checkLinks(tx, actor, input, id);
  const set = Object.entries(fields).filter(([, v]) => v !== undefined);
  if (set.length > 0)
    await tx.query(
      `UPDATE cadres SET ${set.map(([k], i) => `${CADRE_COLUMNS[k as keyof typeof CADRE_COLUMNS]} = $${i + 2}`).join(', ')},
         version = version + 1 WHERE id = $1`,
      [id, ...set.map(([, v]) => (v === '' ? null : v))],
    );
  await recordAudit(tx, actor, {
    action: 'cadre.update',
    entity: 'cadre',
    entityId: id,
    regionCode: region,
    before: { name: current.name, post: current.post, phone: current.phone, version: current.version },
    after: { ...fields, version: current.version + (set.length > 0 ? 1 : 0) },
  });
  await recordBurden(
    tx,
    actor,
    { action: 'cadre.update', regionCode: region, typed: countTyped(fields), prefilled: 0 },
    now,
  );
  if (set.length > 0) await refreshHouseholdsOf(tx, actor, id);
}

/**
 * A cadre's name, unit or phone changed: the households paired with them now show the new values (the
 * household's cadre fields follow the open pairing).
 */
async function refreshHouseholdsOf(tx: Tx, actor: Actor, cadreId: number) {
  const open = await tx.query<{ householdId: number }>(
    'SELECT household_id::int AS "householdId" FROM pairings WHERE cadre_id = $1 AND ended_at IS NULL',
    [cadreId],
  );
  for (const p of open) await syncHouseholdCadre(tx, actor, p.householdId);
}
