import type { Tx } from '../../db/types.ts';
import { recordAuditMany } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { rulesForMany } from '../cases/rules.ts';
import { addDays } from '../cases/timers.ts';
import { appendProblemEvents } from './events.ts';

export type ProblemCategory =
  'food' | 'clothing' | 'education' | 'medical' | 'housing' | 'water' | 'income' | 'documents' | 'other';

export type ProblemSource = 'visit' | 'assessment' | 'procedure' | 'complaint' | 'inspection' | 'manual';

export interface ProblemToOpen {
  /** The household the problem belongs to; none for a village's problem. */
  householdId?: number;
  /** The problem's village: the household's village now, or the village itself. */
  regionCode: string;
  category: ProblemCategory;
  description: string;
  source: ProblemSource;
  /** What opened it automatically ('assessment:12/2026/medical', 'case:7/income'): a key opens once. */
  sourceKey?: string;
  visitId?: number;
  /** YYYY-MM-DD; default today + the province's problemDueDays. */
  due?: string;
  ownerCadreId?: number;
  ownerUnitId?: number;
}

interface OpenedRow {
  id: number;
  householdId: number | null;
  regionCode: string;
  category: string;
  source: string;
  sourceKey: string | null;
  due: string;
  ownerCadreId: number | null;
}

/**
 * Opens problems in the caller's transaction — a visit's findings, an assessment's unmet guarantee, a failed
 * criterion of a procedure, a clerk's entry — in one statement for the batch. A problem whose `sourceKey` is
 * already present (or repeated in the batch) opens nothing, so an automatic finding opens once however often
 * it is found. The owner defaults to the household's responsible cadre (its open pairing), the handler is
 * the problem's village (the sweep moves it up when overdue), and each opened problem gets its 'open' event
 * and audit row. The caller has checked access to the households. Returns the ids opened, in item order.
 */
export async function openProblems(
  tx: Tx,
  actor: Actor,
  given: readonly ProblemToOpen[],
  today: string,
): Promise<number[]> {
  const items = await unopened(tx, given);
  if (items.length === 0) return [];
  const rules = await rulesForMany(
    tx,
    items.map((i) => i.regionCode),
  );
  const dueOf = (i: ProblemToOpen) =>
    i.due ?? addDays(today, rules.get(i.regionCode.slice(0, 2))!.casework.problemDueDays);
  const col = <T>(f: (i: ProblemToOpen) => T) => items.map(f);
  // ON CONFLICT on source_key skips the keys already present and the second of a key repeated in the batch.
  const opened = await tx.query<OpenedRow>(
    `INSERT INTO problems (household_id, region_code, category, description, source, source_key, visit_id,
                           owner_cadre_id, owner_unit_id, due, handler_region_code, opened_on)
     SELECT i.household_id, i.region_code, i.category, i.description, i.source, i.source_key, i.visit_id,
            coalesce(i.owner_cadre_id,
                     (SELECT p.cadre_id FROM pairings p WHERE p.household_id = i.household_id AND p.ended_at IS NULL)),
            i.owner_unit_id, i.due, i.region_code, $11::date
     FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[],
                 $8::bigint[], $9::bigint[], $10::date[]) WITH ORDINALITY
          AS i (household_id, region_code, category, description, source, source_key, visit_id,
                owner_cadre_id, owner_unit_id, due, ord)
     ORDER BY i.ord
     ON CONFLICT (source_key) DO NOTHING
     RETURNING id::int, household_id::int AS "householdId", region_code AS "regionCode", category, source,
               source_key AS "sourceKey", to_char(due, 'YYYY-MM-DD') AS due, owner_cadre_id::int AS "ownerCadreId"`,
    [
      col((i) => i.householdId ?? null),
      col((i) => i.regionCode),
      col((i) => i.category),
      col((i) => i.description),
      col((i) => i.source),
      col((i) => i.sourceKey ?? null),
      col((i) => i.visitId ?? null),
      col((i) => i.ownerCadreId ?? null),
      col((i) => i.ownerUnitId ?? null),
      col(dueOf),
      today,
    ],
  );
  // Only a concurrent opening of the same key gets here with nothing: the statement still needs its audit row.
  if (opened.length === 0) {
    await recordAuditMany(tx, actor, [
      {
        action: 'problem.open',
        entity: 'problem',
        entityId: null,
        regionCode: items[0]!.regionCode,
        after: { opened: 0 },
      },
    ]);
    return [];
  }
  opened.sort((a, b) => a.id - b.id);
  await appendProblemEvents(
    tx,
    actor,
    opened.map((p) => ({ problemId: p.id, action: 'open', regionCode: p.regionCode, date: today })),
  );
  await recordAuditMany(
    tx,
    actor,
    opened.map(({ id, ...after }) => ({
      action: 'problem.open',
      entity: 'problem',
      entityId: id,
      regionCode: after.regionCode,
      after,
    })),
  );
  const ids = opened.map((p) => p.id);
  return ids;
}

/**
 * The items whose source key is not present yet (and the first of a key repeated in the batch): a finding
 * already opened writes nothing at all — not even a statement the audit guard would then ask a row for.
 */
async function unopened(tx: Tx, items: readonly ProblemToOpen[]): Promise<ProblemToOpen[]> {
  const keys = [...new Set(items.flatMap((i) => (i.sourceKey === undefined ? [] : [i.sourceKey])))];
  const present =
    keys.length === 0
      ? new Set<string>()
      : new Set(
          (
            await tx.query<{ key: string }>(
              `SELECT source_key AS key FROM problems WHERE source_key = ANY($1::text[])`,
              [keys],
            )
          ).map((r) => r.key),
        );
  return items.filter((i) => {
    if (i.sourceKey === undefined) return true;
    if (present.has(i.sourceKey)) return false;
    present.add(i.sourceKey);
    return true;
  });
}
