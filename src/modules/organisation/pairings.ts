import { DomainError, ruleViolation } from '../../app/errors.ts';
import { offsetOf } from '../../app/paging.ts';
import type { Queryable, Tx } from '../../db/types.ts';
import { forbidden, requireAccess } from '../access/require-access.ts';
import { permits } from '../access/permissions.ts';
import { organisationScope, pairedScope } from '../access/scope.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { countTyped, recordBurden } from '../burden/record.ts';
import { scrubText } from '../privacy/present.ts';
import { subtreeRange } from '../regions/region-code.ts';
import { syncHouseholdCadre } from './household-cadre.ts';
import { requireDay } from './keep.ts';
import type { EndPairingInput, PairingInput, PairingQuery } from './schemas.ts';

/**
 * Pairings (结对帮扶): a cadre responsible for a household from a date, one open pairing per household at a
 * time, the ended ones kept as its history. A pairing answers to its household's village now; it is written by
 * whoever keeps the organisation there (`pairing.write`), of a cadre the writer may read. Opening or ending one
 * keeps the household's cadre fields in step (household-cadre.ts) and gives or ends the paired cadre's access
 * (access/scope.ts pairedScope reads the open pairings).
 */
export interface Pairing {
  id: number;
  cadreId: number;
  cadreName: string;
  householdId: number;
  householdNo: string;
  headName: string | null;
  villageCode: string;
  from: string;
  to: string | null;
  endReason: string | null;
  open: boolean;
}

const SELECT = `p.id::int AS id, p.cadre_id::int AS "cadreId", c.name AS "cadreName", p.household_id::int AS "householdId",
  h.household_no AS "householdNo", head.name AS "headName", h.region_code AS "villageCode",
  p.from_date::text AS "from", p.to_date::text AS "to", p.end_reason AS "endReason", p.ended_at IS NULL AS open`;
const FROM = `pairings p JOIN cadres c ON c.id = p.cadre_id JOIN households h ON h.id = p.household_id
  LEFT JOIN LATERAL (SELECT m.name FROM members m WHERE m.household_id = h.id AND m.active AND m.relation = '01'
                     LIMIT 1) head ON true`;

function filters(
  actor: Actor | null,
  query: Partial<PairingQuery> & { id?: number },
  params: unknown[],
): string[] {
  // A paired cadre reads the pairings, past and open, of the households paired with them (the household
  // page's 帮扶责任人), as they read the households themselves.
  const where = actor
    ? [`(${organisationScope(actor, 'h.region_code', params)} OR ${pairedScope(actor, 'h.id', params)})`]
    : [];
  if (query.id) where.push(`p.id = $${params.push(query.id)}`);
  if (query.region) {
    const [lo, hi] = subtreeRange(query.region);
    where.push(`h.region_code BETWEEN $${params.push(lo)} AND $${params.push(hi)}`);
  }
  if (query.cadreId) where.push(`p.cadre_id = $${params.push(query.cadreId)}`);
  if (query.householdId) where.push(`p.household_id = $${params.push(query.householdId)}`);
  if (query.open) where.push(query.open === 'true' ? 'p.ended_at IS NULL' : 'p.ended_at IS NOT NULL');
  return where.length > 0 ? where : ['true'];
}

/**
 * Pairings (open first, then the latest) of a cadre or a household: those of households the actor may
 * read, or every one when `actor` is null (a cadre's own record).
 */
export async function pairingsOf(
  q: Queryable,
  actor: Actor | null,
  query: { id?: number; cadreId?: number; householdId?: number },
): Promise<Pairing[]> {
  const params: unknown[] = [];
  const where = filters(actor, query, params);
  return q.query<Pairing>(
    `SELECT ${SELECT} FROM ${FROM} WHERE ${where.join(' AND ')}
     ORDER BY p.ended_at IS NULL DESC, p.from_date DESC, p.id DESC LIMIT 1000`,
    params,
  );
}

export async function listPairings(q: Queryable, actor: Actor, query: PairingQuery) {
  const params: unknown[] = [];
  const where = filters(actor, query, params);
  const rows = await q.query<Pairing & { total: number }>(
    `SELECT ${SELECT}, count(*) OVER ()::int AS total FROM ${FROM} WHERE ${where.join(' AND ')}
     ORDER BY p.ended_at IS NULL DESC, h.region_code, p.household_id, p.id DESC
     LIMIT ${query.limit} OFFSET ${offsetOf(query.page, query.limit)}`,
    params,
  );
  return { items: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0 };
}

const FROM_LABEL = { zh: '结对开始日期', en: 'pairing start date' };
const END_LABEL = { zh: '结对结束日期', en: 'pairing end date' };

/** The cadre of a pairing: by id, or by the login of a cadre who uses the system; readable by the actor. */
async function cadreOf(tx: Tx, actor: Actor, input: PairingInput): Promise<number> {
  let cadreId = input.cadreId;
  if (cadreId === undefined && input.userId !== undefined) {
    const [row] = await tx.query<{ id: number }>('SELECT id::int AS id FROM cadres WHERE user_id = $1', [
      input.userId,
    ]);
    if (!row)
      throw new DomainError('rule', 'NO_CADRE_RECORD', {
        zh: '该用户没有帮扶干部记录，请先登记干部',
        en: 'This user has no cadre record; register the cadre first',
      });
    cadreId = row.id;
  }
  if (cadreId === undefined)
    throw ruleViolation('CADRE_REQUIRED', { zh: '请指定帮扶干部', en: 'Give the cadre (cadreId or userId)' });
  await requireAccess(tx, actor, 'cadre.read', [cadreId]);
  return cadreId;
}

/** The household's village, once the actor may keep pairings there (404 unreadable, 403 not a keeper). */
async function pairingRegion(tx: Tx, actor: Actor, householdId: number): Promise<string> {
  const region = (await requireAccess(tx, actor, 'household.read', [householdId], { lock: true })).get(
    String(householdId),
  )!;
  if (!permits(actor, 'pairing.write', region)) throw forbidden();
  return region;
}

export async function createPairing(
  tx: Tx,
  actor: Actor,
  input: PairingInput,
  today: string,
  now: Date,
): Promise<number> {
  const region = await pairingRegion(tx, actor, input.householdId);
  const cadreId = await cadreOf(tx, actor, input);
  requireDay(input.from, 'from', FROM_LABEL, today);
  const [open] = await tx.query<{ id: number; cadreId: number }>(
    `SELECT id::int AS id, cadre_id::int AS "cadreId" FROM pairings WHERE household_id = $1 AND ended_at IS NULL`,
    [input.householdId],
  );
  if (open)
    throw ruleViolation(
      'PAIRING_EXISTS',
      {
        zh: '该户已有帮扶责任人，请先结束当前结对',
        en: 'This household already has a responsible cadre; end that pairing first',
      },
      { pairingId: open.id },
    );
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO pairings (cadre_id, household_id, from_date) VALUES ($1, $2, $3) RETURNING id::int AS id`,
    [cadreId, input.householdId, input.from],
  );
  const id = row!.id;
  await recordAudit(tx, actor, {
    action: 'pairing.create',
    entity: 'pairing',
    entityId: id,
    regionCode: region,
    after: { cadreId, householdId: input.householdId, from: input.from },
  });
  await recordBurden(
    tx,
    actor,
    { action: 'pairing.create', regionCode: region, typed: countTyped(input), prefilled: 0 },
    now,
  );
  await syncHouseholdCadre(tx, actor, input.householdId);
  return id;
}

export async function endPairing(
  tx: Tx,
  actor: Actor,
  id: number,
  input: EndPairingInput,
  today: string,
  now: Date,
): Promise<void> {
  const region = (await requireAccess(tx, actor, 'pairing.write', [id], { lock: true })).get(String(id))!;
  const [p] = await tx.query<{ householdId: number; from: string; open: boolean }>(
    `SELECT household_id::int AS "householdId", from_date::text AS "from", ended_at IS NULL AS open
     FROM pairings WHERE id = $1`,
    [id],
  );
  if (!p!.open)
    throw ruleViolation('PAIRING_ENDED', { zh: '该结对已经结束', en: 'This pairing has already ended' });
  const issue = input.date < p!.from;
  requireDay(input.date, 'date', END_LABEL, today);
  if (issue)
    throw ruleViolation('END_BEFORE_START', {
      zh: `结束日期不能早于结对开始日期（${p!.from}）`,
      en: `The end date cannot be before the pairing started (${p!.from})`,
    });
  await tx.query('UPDATE pairings SET to_date = $2, end_reason = $3, ended_at = $4 WHERE id = $1', [
    id,
    input.date,
    input.reason,
    now.toISOString(),
  ]);
  await recordAudit(tx, actor, {
    action: 'pairing.end',
    entity: 'pairing',
    entityId: id,
    regionCode: region,
    after: { date: input.date, reason: scrubText(input.reason) },
  });
  await recordBurden(
    tx,
    actor,
    { action: 'pairing.end', regionCode: region, typed: countTyped(input), prefilled: 0 },
    now,
  );
  await syncHouseholdCadre(tx, actor, p!.householdId);
}
