import { DomainError, ruleViolation } from '../../app/errors.ts';
import { parseInput } from '../../app/validation-messages.ts';
import { retryTransaction } from '../../db/retry.ts';
import type { Db, Queryable, Tx } from '../../db/types.ts';
import { organisationScope } from '../access/scope.ts';
import type { Actor } from '../auth/actor.ts';
import { ancestorsOf } from '../regions/region-code.ts';
import { createBranch, updateBranch } from './branches.ts';
import { createCadre, updateCadre } from './cadres.ts';
import { requireKeeper } from './keep.ts';
import { createPairing } from './pairings.ts';
import { branchBody, cadreBody, pairingBody, teamBody, unitBody, type TeamRole } from './schemas.ts';
import { addMember, createTeam, updateTeam } from './teams.ts';
import { createUnit, updateUnit } from './units.ts';
import {
  codeOf,
  KIND_LABELS,
  LEVEL_LABELS,
  roleOf,
  type ImportClock,
  type Row,
  type SheetKey,
} from './workbook.ts';

/**
 * The rows of each sheet of the organisation's workbook, matched by their natural key (workbook.ts) and
 * written by the organisation's commands — the JSON API's contracts (parseInput) and rules, audit and burden,
 * no second set of rules. Each record is its own transaction: a refused one leaves nothing behind.
 */
export type Outcome = 'created' | 'updated' | 'unchanged';
type Refused = { rowNo: number; error: unknown };
type Writer = (
  db: Db,
  actor: Actor,
  rows: { rowNo: number; values: Row }[],
  clock: ImportClock,
  count: (o: Outcome) => void,
) => Promise<Refused[]>;

/** Writes each row in its own transaction; a refusal is collected, anything else stops the import. */
const eachRow =
  (write: (tx: Tx, actor: Actor, row: Row, clock: ImportClock) => Promise<Outcome>): Writer =>
  async (db, actor, rows, clock, count) => {
    const refused: Refused[] = [];
    for (const { rowNo, values } of rows) {
      try {
        count(await retryTransaction(db, (tx) => write(tx, actor, values, clock)));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refused.push({ rowNo, error });
      }
    }
    return refused;
  };

const orNull = (v: string | null | undefined) => v ?? null;
/** A whole number as a number, anything else as given for the contract to refuse in its words. */
const wholeNumber = (v: string | null) => (v !== null && /^\d+$/.test(v) ? Number(v) : v);
const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

const notFoundIn = (code: string, field: string, what: { zh: string; en: string }, name: string) =>
  ruleViolation(code, { zh: `没有${what.zh}：${name}`, en: `No ${what.en}: ${name}` }, { field });

/** A cadre by their key (name + phone) among those the actor sees the organisation of; the oldest first. */
async function cadreByKey(tx: Queryable, actor: Actor, name: string | null, phone: string | null) {
  const params: unknown[] = [name, phone];
  const [row] = await tx.query<{ id: number; unitId: number | null; post: string | null; version: number }>(
    `SELECT c.id::int AS id, c.unit_id::int AS "unitId", c.post, c.version FROM cadres c
     WHERE c.name = $1 AND c.phone IS NOT DISTINCT FROM $2 AND ${organisationScope(actor, 'c.region_code', params)}
     ORDER BY c.id LIMIT 1`,
    params,
  );
  return row;
}

async function requireCadre(
  tx: Queryable,
  actor: Actor,
  name: string | null,
  phone: string | null,
  field: string,
) {
  const found = name === null ? undefined : await cadreByKey(tx, actor, name, phone);
  if (!found)
    throw notFoundIn(
      'UNKNOWN_CADRE',
      field,
      { zh: '这名干部（按姓名和电话）', en: 'such cadre (by name and phone)' },
      name ?? '',
    );
  return found.id;
}

/** A unit by name, kept by the region or one of its ancestors (the nearest first). */
async function unitByName(tx: Queryable, actor: Actor, region: string, name: string, field: string) {
  const params: unknown[] = [name, ancestorsOf(region)];
  const [row] = await tx.query<{ id: number }>(
    `SELECT u.id::int AS id FROM org_units u
     WHERE u.name = $1 AND u.region_code = ANY($2::text[]) AND ${organisationScope(actor, 'u.region_code', params)}
     ORDER BY u.region_code DESC LIMIT 1`,
    params,
  );
  if (!row) throw notFoundIn('UNKNOWN_UNIT', field, { zh: '这个帮扶单位', en: 'such unit' }, name);
  return row.id;
}

const units = eachRow(async (tx, actor, row, { now }) => {
  const input = parseInput(unitBody, {
    regionCode: row.regionCode,
    name: row.name,
    level: codeOf(LEVEL_LABELS, row.level ?? ''),
    kind: codeOf(KIND_LABELS, row.kind ?? ''),
  });
  await requireKeeper(tx, actor, input.regionCode, 'regionCode');
  const [found] = await tx.query<{ id: number; level: string; kind: string; version: number }>(
    'SELECT id::int AS id, level, kind, version FROM org_units WHERE region_code = $1 AND name = $2',
    [input.regionCode, input.name],
  );
  if (!found) return createUnit(tx, actor, input, now).then(() => 'created' as const);
  if (found.level === input.level && found.kind === input.kind) return 'unchanged';
  await updateUnit(
    tx,
    actor,
    found.id,
    { level: input.level, kind: input.kind, version: found.version },
    now,
  );
  return 'updated';
});

const branches = eachRow(async (tx, actor, row, { now }) => {
  const input = parseInput(branchBody, {
    villageCode: row.villageCode,
    name: row.name,
    secretaryName: orNull(row.secretaryName),
    membersCount: wholeNumber(row.membersCount),
  });
  await requireKeeper(tx, actor, input.villageCode, 'villageCode', true);
  const [found] = await tx.query<{
    id: number;
    secretaryName: string | null;
    membersCount: number;
    version: number;
  }>(
    `SELECT id::int AS id, secretary_name AS "secretaryName", members_count AS "membersCount", version
     FROM party_branches WHERE village_code = $1 AND name = $2`,
    [input.villageCode, input.name],
  );
  if (!found) return createBranch(tx, actor, input, now).then(() => 'created' as const);
  if (same(found.secretaryName, input.secretaryName) && found.membersCount === input.membersCount)
    return 'unchanged';
  const patch = {
    secretaryName: input.secretaryName,
    membersCount: input.membersCount,
    version: found.version,
  };
  await updateBranch(tx, actor, found.id, patch, now);
  return 'updated';
});

const cadres = eachRow(async (tx, actor, row, { now }) => {
  const input = parseInput(cadreBody, {
    regionCode: row.regionCode,
    name: row.name,
    post: orNull(row.post),
    phone: orNull(row.phone),
  });
  await requireKeeper(tx, actor, input.regionCode, 'regionCode');
  const unitId = row.unit === null ? null : await unitByName(tx, actor, input.regionCode, row.unit, 'unit');
  const found = await cadreByKey(tx, actor, input.name, input.phone ?? null);
  if (!found) return createCadre(tx, actor, { ...input, unitId }, now).then(() => 'created' as const);
  if (same(found.unitId, unitId) && same(found.post, input.post)) return 'unchanged';
  await updateCadre(tx, actor, found.id, { unitId, post: input.post ?? null, version: found.version }, now);
  return 'updated';
});

const pairings = eachRow(async (tx, actor, row, { today, now }) => {
  const cadreId = await requireCadre(tx, actor, row.cadreName, row.cadrePhone, 'cadreName');
  const params: unknown[] = [row.householdNo];
  const [household] = await tx.query<{ id: number; open: number | null }>(
    `SELECT h.id::int AS id,
       (SELECT p.cadre_id::int FROM pairings p WHERE p.household_id = h.id AND p.ended_at IS NULL) AS open
     FROM households h WHERE h.household_no = $1 AND ${organisationScope(actor, 'h.region_code', params)}`,
    params,
  );
  if (!household)
    throw notFoundIn(
      'UNKNOWN_HOUSEHOLD',
      'householdNo',
      { zh: '这个户编号', en: 'such household number' },
      row.householdNo ?? '',
    );
  const input = parseInput(pairingBody, { cadreId, householdId: household.id, from: row.from });
  if (household.open === cadreId) return 'unchanged';
  await createPairing(tx, actor, input, today, now);
  return 'created';
});

interface TeamGroup {
  rowNo: number;
  rows: { rowNo: number; values: Row }[];
}

/**
 * The work-team sheet has a row per member: the rows of one village and term start are one team, written in
 * one transaction (a team is created with its members, its rules counting them all). A member who left (a
 * date in 离队日期) is history, not imported. Refusals are reported on the team's first row.
 */
const teams: Writer = async (db, actor, rows, clock, count) => {
  const groups = new Map<string, TeamGroup>();
  for (const r of rows) {
    if (r.values.to !== null) continue;
    const key = `${r.values.villageCode}|${r.values.termFrom}`;
    const group = groups.get(key) ?? { rowNo: r.rowNo, rows: [] };
    group.rows.push(r);
    groups.set(key, group);
  }
  const refused: Refused[] = [];
  for (const group of groups.values()) {
    try {
      count(await retryTransaction(db, (tx) => writeTeam(tx, actor, group, clock)));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refused.push({ rowNo: group.rowNo, error });
    }
  }
  return refused;
};

async function writeTeam(
  tx: Tx,
  actor: Actor,
  group: TeamGroup,
  { today, now }: ImportClock,
): Promise<Outcome> {
  const first = group.rows[0]!.values;
  const village = first.villageCode ?? '';
  await requireKeeper(tx, actor, village, 'villageCode', true);
  const sendingUnitId =
    first.sendingUnit === null
      ? null
      : await unitByName(tx, actor, village, first.sendingUnit, 'sendingUnit');
  const members: { cadreId: number; role: TeamRole; from: string | null }[] = [];
  for (const { values } of group.rows)
    members.push({
      cadreId: await requireCadre(tx, actor, values.memberName, values.memberPhone, 'memberName'),
      role: roleOf(values.role ?? ''),
      from: values.from,
    });
  const input = parseInput(teamBody, {
    villageCode: village,
    sendingUnitId,
    termFrom: first.termFrom,
    termTo: first.termTo,
    members: members.map(({ cadreId, role }) => ({ cadreId, role })),
  });
  const [found] = await tx.query<{
    id: number;
    termTo: string;
    sendingUnitId: number | null;
    version: number;
  }>(
    `SELECT id::int AS id, term_to::text AS "termTo", sending_unit_id::int AS "sendingUnitId", version
     FROM work_teams WHERE village_code = $1 AND term_from = $2::date ORDER BY id LIMIT 1`,
    [input.villageCode, input.termFrom],
  );
  if (!found) return createTeam(tx, actor, input, today, now).then(() => 'created' as const);
  let changed = false;
  if (found.termTo !== input.termTo || !same(found.sendingUnitId, sendingUnitId)) {
    const patch = { termTo: input.termTo, sendingUnitId, version: found.version };
    await updateTeam(tx, actor, found.id, patch, today, now);
    changed = true;
  }
  const open = await tx.query<{ cadreId: number }>(
    'SELECT cadre_id::int AS "cadreId" FROM work_team_members WHERE team_id = $1 AND to_date IS NULL',
    [found.id],
  );
  for (const m of members.filter((m) => !open.some((o) => o.cadreId === m.cadreId))) {
    await addMember(
      tx,
      actor,
      found.id,
      { cadreId: m.cadreId, role: m.role, from: m.from ?? input.termFrom },
      today,
      now,
    );
    changed = true;
  }
  return changed ? 'updated' : 'unchanged';
}

export const ROW_WRITERS: Record<SheetKey, Writer> = { units, branches, cadres, teams, pairings };
