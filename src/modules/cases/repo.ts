import type { Queryable } from '../../db/types.ts';
import type { CaseType } from './transitions.ts';

/** The SQL of the procedures' writes: cases and their events, in batches (a bulk approval moves thousands). */
export interface CaseRow {
  id: number;
  type: CaseType;
  householdId: number | null;
  /** Where the case answers now: the household's village, or the region of a village/county assessment. */
  regionCode: string;
  year: number;
  stage: string;
  outcome: 'completed' | 'rejected' | 'withdrawn' | null;
  version: number;
  reason: string;
  facts: Record<string, unknown>;
  openedOn: string;
  stageSince: string;
}

export const CASE_COLUMNS = `c.id, c.type, c.household_id AS "householdId",
  coalesce(h.region_code, c.region_code) AS "regionCode", c.year, c.stage, c.outcome, c.version, c.reason,
  c.facts, c.opened_on AS "openedOn", c.stage_since AS "stageSince"`;

/** The cases, locked for the rest of the transaction (the access layer has checked them). */
export async function lockCases(tx: Queryable, ids: readonly number[]): Promise<CaseRow[]> {
  const rows = await tx.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM cases c LEFT JOIN households h ON h.id = c.household_id
     WHERE c.id = ANY($1::bigint[]) ORDER BY c.id FOR UPDATE OF c`,
    [ids],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), householdId: r.householdId && Number(r.householdId) }));
}

export interface NewCase {
  type: CaseType;
  householdId: number | null;
  regionCode: string;
  year: number;
  stage: string;
  reason: string;
  openedOn: string;
  createdBy: number | null;
}

/** Inserts a case; null when an open case of that type already holds the household (or region and year). */
export async function insertCase(tx: Queryable, c: NewCase): Promise<number | null> {
  const rows = await tx.query<{ id: number }>(
    `INSERT INTO cases (type, household_id, region_code, county_code, year, stage, reason, opened_on, stage_since,
                        created_by)
     VALUES ($1, $2, $3, left($3, 6), $4, $5, $6, $7, $7, $8)
     ON CONFLICT DO NOTHING RETURNING id`,
    [c.type, c.householdId, c.regionCode, c.year, c.stage, c.reason, c.openedOn, c.createdBy],
  );
  return rows[0] ? Number(rows[0].id) : null;
}

/** The household's standing in a year (status, monitoring state); undefined when the year is not recorded. */
export async function standingOf(tx: Queryable, householdId: number, year: number) {
  const rows = await tx.query<{ status: string | null; monitoringState: string | null }>(
    `SELECT status, monitoring_state AS "monitoringState" FROM household_years WHERE household_id = $1 AND year = $2`,
    [householdId, year],
  );
  return rows[0];
}

/** The types of the open cases of these households, for the rule "no open case of another type". */
export async function openCaseTypes(tx: Queryable, householdIds: readonly number[]) {
  const rows = await tx.query<{ householdId: number; id: number; type: CaseType }>(
    `SELECT household_id AS "householdId", id, type FROM cases
     WHERE household_id = ANY($1::bigint[]) AND outcome IS NULL`,
    [householdIds],
  );
  const out = new Map<number, { id: number; type: CaseType }[]>();
  for (const r of rows) {
    const list = out.get(Number(r.householdId)) ?? [];
    list.push({ id: Number(r.id), type: r.type });
    out.set(Number(r.householdId), list);
  }
  return out;
}

export interface CaseMove {
  id: number;
  stage: string;
  date: string;
  outcome: CaseRow['outcome'];
  /** Facts the step established, merged into the case's. */
  facts: Record<string, unknown>;
}

/** Moves many cases in one statement: the new stage from the step's date, version + 1, timers' flags reset. */
export async function moveCases(tx: Queryable, moves: readonly CaseMove[]): Promise<void> {
  if (moves.length === 0) return;
  await tx.query(
    `UPDATE cases c SET stage = m.stage, stage_since = m.date, version = c.version + 1,
       outcome = m.outcome, closed_on = CASE WHEN m.outcome IS NULL THEN NULL ELSE m.date END,
       facts = c.facts || m.facts, notice_ready = false, overdue = false, escalated_to = NULL, updated_at = now()
     FROM unnest($1::bigint[], $2::text[], $3::date[], $4::text[], $5::jsonb[])
       AS m (id, stage, date, outcome, facts)
     WHERE c.id = m.id`,
    [
      moves.map((m) => m.id),
      moves.map((m) => m.stage),
      moves.map((m) => m.date),
      moves.map((m) => m.outcome),
      moves.map((m) => JSON.stringify(m.facts)),
    ],
  );
}

export interface CaseEvent {
  caseId: number;
  action: string;
  fromStage: string | null;
  toStage: string;
  actorId: number | null;
  actor: string;
  actorRole: string;
  actorRegion: string;
  date: string;
  comment: string | null;
  reason: string | null;
  inputs: Record<string, unknown>;
}

/** Appends the events of many steps in one statement (case_events refuses UPDATE and DELETE). */
export async function appendEvents(tx: Queryable, events: readonly CaseEvent[]): Promise<void> {
  if (events.length === 0) return;
  const col = <K extends keyof CaseEvent>(k: K) => events.map((e) => e[k]);
  await tx.query(
    `INSERT INTO case_events (case_id, action, from_stage, to_stage, actor_id, actor, actor_role, actor_region,
                              date, comment, reason, inputs)
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[], $7::text[],
                          $8::text[], $9::date[], $10::text[], $11::text[], $12::jsonb[])`,
    [
      col('caseId'),
      col('action'),
      col('fromStage'),
      col('toStage'),
      col('actorId'),
      col('actor'),
      col('actorRole'),
      col('actorRegion'),
      col('date'),
      col('comment'),
      col('reason'),
      events.map((e) => JSON.stringify(e.inputs)),
    ],
  );
}

/** Which of these evidence ids belong to which case (a step may cite only its own case's files). */
export async function evidenceOwners(tx: Queryable, ids: readonly number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<{ id: number; caseId: number }>(
    `SELECT id, case_id AS "caseId" FROM case_evidence WHERE id = ANY($1::bigint[])`,
    [ids],
  );
  return new Map(rows.map((r) => [Number(r.id), Number(r.caseId)]));
}
