import { ruleViolation } from '../../app/errors.ts';
import type { Queryable, Tx } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { requireKeeper } from './keep.ts';
import { listRows, patchRow, recordWrite } from './rows.ts';
import type { ListQuery, UnitInput, UnitPatch } from './schemas.ts';

/** 帮扶单位: the units cadres and work teams come from, kept by a region (a county, a town). */
export interface Unit {
  id: number;
  regionCode: string;
  regionName: string | null;
  name: string;
  level: UnitInput['level'];
  kind: UnitInput['kind'];
  cadres: number;
  version: number;
}

const SELECT = `SELECT u.id::int AS id, u.region_code AS "regionCode", r.name AS "regionName", u.name, u.level,
  u.kind, (SELECT count(*)::int FROM cadres c WHERE c.unit_id = u.id) AS cadres, u.version
  FROM org_units u LEFT JOIN regions r ON r.code = u.region_code`;

export const listUnits = (q: Queryable, actor: Actor, query: ListQuery) =>
  listRows<Unit>(q, actor, query, {
    select: SELECT,
    regionColumn: 'u.region_code',
    order: 'u.region_code, u.name',
  });

export async function unitById(q: Queryable, id: number): Promise<Unit> {
  const [row] = await q.query<Unit>(`${SELECT} WHERE u.id = $1`, [id]);
  return row!;
}

export function duplicateName(what: { zh: string; en: string }, name: string) {
  return ruleViolation('DUPLICATE_NAME', {
    zh: `已有同名的${what.zh}：${name}`,
    en: `There is already a ${what.en} named ${name}`,
  });
}
const UNIT = { zh: '帮扶单位', en: 'unit' };

async function refuseDuplicate(tx: Tx, regionCode: string, name: string, self = 0) {
  const taken = await tx.query('SELECT 1 FROM org_units WHERE region_code = $1 AND name = $2 AND id <> $3', [
    regionCode,
    name,
    self,
  ]);
  if (taken.length > 0) throw duplicateName(UNIT, name);
}

export async function createUnit(tx: Tx, actor: Actor, input: UnitInput, now: Date): Promise<number> {
  await requireKeeper(tx, actor, input.regionCode, 'regionCode');
  await refuseDuplicate(tx, input.regionCode, input.name);
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO org_units (region_code, name, level, kind) VALUES ($1, $2, $3, $4) RETURNING id::int AS id`,
    [input.regionCode, input.name, input.level, input.kind],
  );
  await recordWrite(
    tx,
    actor,
    { action: 'unit.create', entity: 'unit', id: row!.id, regionCode: input.regionCode, input },
    now,
  );
  return row!.id;
}

export async function updateUnit(
  tx: Tx,
  actor: Actor,
  id: number,
  input: UnitPatch,
  now: Date,
): Promise<void> {
  if (input.name !== undefined) {
    const [row] = await tx.query<{ regionCode: string }>(
      'SELECT region_code AS "regionCode" FROM org_units WHERE id = $1',
      [id],
    );
    if (row) await refuseDuplicate(tx, row.regionCode, input.name, id);
  }
  await patchRow(
    tx,
    actor,
    { permission: 'unit.write', table: 'org_units', entity: 'unit', id },
    input,
    {
      name: 'name',
      level: 'level',
      kind: 'kind',
    },
    now,
  );
}
