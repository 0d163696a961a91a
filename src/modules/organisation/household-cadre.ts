import { fieldRules, type FieldIssue } from '../../app/errors.ts';
import type { Tx } from '../../db/types.ts';
import { recordAuditMany } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { HOUSEHOLD_FIELDS } from '../registry/fields.ts';
import { recordHistory, type HistoryEntry } from '../registry/history.ts';

/**
 * The household's responsible-cadre fields (帮扶责任人, 帮扶单位, 电话) are the open pairing's: its cadre's
 * name, unit and phone, or empty without one. The pairing's writes keep them in step (one history row per
 * changed field, an audit row per household changed); a household write may not set them (CADRE_BY_PAIRING).
 */
const FIELDS = [
  ['cadreName', 'cadre_name'],
  ['cadreUnit', 'cadre_unit'],
  ['cadrePhone', 'cadre_phone'],
] as const;
type Key = (typeof FIELDS)[number][0];

const norm = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** The cadre fields `input` would change on a household (`current`); a value equal to the current is none. */
export function cadreChanges(current: Record<string, unknown>, input: Record<string, unknown>): FieldIssue[] {
  return FIELDS.filter(([key]) => input[key] !== undefined && norm(input[key]) !== norm(current[key])).map(
    ([key]) => {
      const spec = HOUSEHOLD_FIELDS.find((f) => f.key === key);
      return {
        field: key,
        code: 'CADRE_BY_PAIRING',
        message: {
          zh: `${spec?.zh ?? key}由结对帮扶决定，请在组织管理中结对或结束结对`,
          en: `The ${spec?.en ?? key} comes from the household's pairing; pair or end the pairing instead`,
        },
      };
    },
  );
}

export const refuseCadreFields = (issues: FieldIssue[]) => fieldRules('CADRE_BY_PAIRING', issues);

interface Changed {
  id: number;
  regionCode: string;
  before: Record<Key, string | null>;
  after: Record<Key, string | null>;
}

/**
 * Sets the cadre fields of these households from their open pairings, where they differ; returns how many
 * households changed. Set-based (the import and the demo pass thousands at once).
 */
export async function syncHouseholdCadres(
  tx: Tx,
  actor: Actor,
  householdIds: readonly number[],
): Promise<number> {
  if (householdIds.length === 0) return 0;
  const rows = await tx.query<Changed>(
    `WITH want AS (
       SELECT h.id, c.name AS cadre_name, u.name AS cadre_unit, c.phone AS cadre_phone
       FROM households h
       LEFT JOIN pairings p ON p.household_id = h.id AND p.ended_at IS NULL
       LEFT JOIN cadres c ON c.id = p.cadre_id LEFT JOIN org_units u ON u.id = c.unit_id
       WHERE h.id = ANY($1::bigint[])),
     old AS (
       SELECT h.id, h.cadre_name, h.cadre_unit, h.cadre_phone FROM households h JOIN want w ON w.id = h.id
       WHERE (h.cadre_name, h.cadre_unit, h.cadre_phone) IS DISTINCT FROM (w.cadre_name, w.cadre_unit, w.cadre_phone)
       FOR UPDATE OF h)
     UPDATE households h SET cadre_name = w.cadre_name, cadre_unit = w.cadre_unit, cadre_phone = w.cadre_phone,
       version = h.version + 1, updated_at = now()
     FROM want w, old o WHERE w.id = h.id AND o.id = h.id
     RETURNING h.id::int AS id, h.region_code AS "regionCode",
       json_build_object('cadreName', o.cadre_name, 'cadreUnit', o.cadre_unit, 'cadrePhone', o.cadre_phone) AS before,
       json_build_object('cadreName', w.cadre_name, 'cadreUnit', w.cadre_unit, 'cadrePhone', w.cadre_phone) AS after`,
    [householdIds],
  );
  if (rows.length === 0) return 0;
  const history: HistoryEntry[] = rows.flatMap((r) =>
    FIELDS.filter(([k]) => r.before[k] !== r.after[k]).map(([k]) => ({
      householdId: r.id,
      field: k,
      from: r.before[k],
      to: r.after[k],
      action: 'household.cadre',
    })),
  );
  await recordHistory(tx, actor, history);
  await recordAuditMany(
    tx,
    actor,
    rows.map((r) => ({
      action: 'household.cadre',
      entity: 'household',
      entityId: r.id,
      regionCode: r.regionCode,
      before: r.before,
      after: r.after,
    })),
  );
  return rows.length;
}

export const syncHouseholdCadre = (tx: Tx, actor: Actor, householdId: number) =>
  syncHouseholdCadres(tx, actor, [householdId]);
