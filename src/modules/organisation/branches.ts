import type { Queryable, Tx } from '../../db/types.ts';
import { requireAccess } from '../access/require-access.ts';
import type { Actor } from '../auth/actor.ts';
import { requireKeeper } from './keep.ts';
import { listRows, patchRow, recordWrite } from './rows.ts';
import type { BranchInput, BranchPatch, ListQuery } from './schemas.ts';
import { duplicateName } from './units.ts';

/** 村党支部: a village's Party branch, its secretary (a name, or a cadre of the organisation) and members count. */
export interface Branch {
  id: number;
  villageCode: string;
  villageName: string | null;
  name: string;
  secretaryName: string | null;
  secretaryCadreId: number | null;
  membersCount: number;
  version: number;
}

export const BRANCH_SELECT = `SELECT b.id::int AS id, b.village_code AS "villageCode", r.name AS "villageName", b.name,
  b.secretary_name AS "secretaryName", b.secretary_cadre_id::int AS "secretaryCadreId",
  b.members_count AS "membersCount", b.version
  FROM party_branches b LEFT JOIN regions r ON r.code = b.village_code`;

export const listBranches = (q: Queryable, actor: Actor, query: ListQuery) =>
  listRows<Branch>(q, actor, query, {
    select: BRANCH_SELECT,
    regionColumn: 'b.village_code',
    order: 'b.village_code, b.name',
  });

const BRANCH = { zh: '党支部', en: 'Party branch' };

async function checkBranch(tx: Tx, actor: Actor, village: string, input: Partial<BranchInput>, self = 0) {
  if (input.secretaryCadreId) await requireAccess(tx, actor, 'cadre.read', [input.secretaryCadreId]);
  if (input.name === undefined) return;
  const taken = await tx.query(
    'SELECT 1 FROM party_branches WHERE village_code = $1 AND name = $2 AND id <> $3',
    [village, input.name, self],
  );
  if (taken.length > 0) throw duplicateName(BRANCH, input.name);
}

export async function createBranch(tx: Tx, actor: Actor, input: BranchInput, now: Date): Promise<number> {
  await requireKeeper(tx, actor, input.villageCode, 'villageCode', true);
  await checkBranch(tx, actor, input.villageCode, input);
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO party_branches (village_code, name, secretary_name, secretary_cadre_id, members_count)
     VALUES ($1, $2, $3, $4, $5) RETURNING id::int AS id`,
    [
      input.villageCode,
      input.name,
      input.secretaryName || null,
      input.secretaryCadreId ?? null,
      input.membersCount,
    ],
  );
  await recordWrite(
    tx,
    actor,
    { action: 'branch.create', entity: 'branch', id: row!.id, regionCode: input.villageCode, input },
    now,
  );
  return row!.id;
}

export async function updateBranch(tx: Tx, actor: Actor, id: number, input: BranchPatch, now: Date) {
  const region = (await requireAccess(tx, actor, 'branch.write', [id], { lock: true })).get(String(id))!;
  await checkBranch(tx, actor, region, input, id);
  await patchRow(
    tx,
    actor,
    { permission: 'branch.write', table: 'party_branches', entity: 'branch', id },
    input,
    {
      name: 'name',
      secretaryName: 'secretary_name',
      secretaryCadreId: 'secretary_cadre_id',
      membersCount: 'members_count',
    },
    now,
  );
}

export async function branchById(q: Queryable, id: number): Promise<Branch> {
  const [row] = await q.query<Branch>(`${BRANCH_SELECT} WHERE b.id = $1`, [id]);
  return row!;
}
