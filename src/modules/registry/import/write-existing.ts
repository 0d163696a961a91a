import type { Queryable } from '../../../db/types.ts';
import { recordAuditMany } from '../../audit/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import { pick } from '../columns.ts';
import { HEAD_RELATION, MEMBER_FIELDS } from '../fields.ts';
import { recordHistory, type HistoryEntry } from '../history.ts';
import {
  HOUSEHOLD_SELECT,
  MEMBER_SELECT,
  YEAR_SELECT,
  type HouseholdRow,
  type MemberRow,
  type YearRow,
} from '../repo.ts';
import { sqlType, type ImportColumn } from './columns.ts';
import { planHousehold, type HouseholdPlan, type StagedMember } from './diff.ts';
import type { Staging } from './staging.ts';
import { unchangedHouseholds } from './unchanged.ts';

/**
 * Re-imported households: those the file gives exactly as the registry has them are skipped at once
 * (unchanged.ts); the others are loaded (locked) with their facts of the import year and their active members,
 * their changes planned (diff.ts) and all of a batch written with one statement per kind of change, the rows
 * passed as one JSON array (jsonb_to_recordset). Unchanged households are not written at all.
 */
export interface UpdateCounts {
  updated: number;
  unchanged: number;
  membersImported: number;
  membersUpdated: number;
}

export const IMPORT_NOTE = '导入 / import';

interface Target {
  name: string;
  type: string;
  key: string;
}

const col = (c: ImportColumn): Target => ({ name: c.name, type: sqlType(c.kind), key: c.key });

function recordset(targets: readonly Target[], param = 1): string {
  return `jsonb_to_recordset($${param}::jsonb) AS v(${targets.map((t) => `${t.name} ${t.type}`).join(', ')})`;
}

function json(targets: readonly Target[], rows: readonly Record<string, unknown>[]): string {
  return JSON.stringify(rows.map((r) => Object.fromEntries(targets.map((t) => [t.name, r[t.key] ?? null]))));
}

const sets = (targets: readonly Target[]) => targets.map((t) => `${t.name} = v.${t.name}`).join(', ');

/** A corrected year of identification changes the recorded standard, as in the registry's own update. */
const correctedStandard = (targets: readonly Target[]) =>
  targets.some((t) => t.name === 'identified_year')
    ? ` standard_id = CASE WHEN h.identified_year IS DISTINCT FROM v.identified_year
         THEN poverty_standard_id(v.region_code, v.identified_year) ELSE h.standard_id END,`
    : '';

async function load(tx: Queryable, staging: Staging, ids: number[], hnos: string[], year: number) {
  const households = await tx.query<HouseholdRow>(
    `SELECT ${HOUSEHOLD_SELECT} FROM households h WHERE h.id = ANY($1::bigint[]) ORDER BY h.id FOR UPDATE`,
    [ids],
  );
  const years = await tx.query<YearRow>(
    `SELECT ${YEAR_SELECT} FROM household_years y WHERE y.household_id = ANY($1::bigint[]) AND y.year = $2`,
    [ids, year],
  );
  const members = await tx.query<MemberRow>(
    `SELECT ${MEMBER_SELECT} FROM members m WHERE m.household_id = ANY($1::bigint[]) AND m.active ORDER BY m.id`,
    [ids],
  );
  const values = staging.columns.map((c) => `s.${c.name} AS "${c.key}"`).join(', ');
  const rows = await tx.query<StagedMember>(
    `SELECT s.row_no AS "rowNo", s.hno, s.region, s.sex, s.birth_date AS "birthDate", ${values}
     FROM ${staging.table} s WHERE s.hno = ANY($1::text[]) ORDER BY s.hno, s.row_no`,
    [hnos],
  );
  return { households, years, members, rows };
}

function group<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export async function updateHouseholds(
  tx: Queryable,
  actor: Actor,
  staging: Staging,
  existing: readonly { householdNo: string; existingId: number }[],
  year: number,
  today: string,
  lockYears: () => Promise<void>,
): Promise<UpdateCounts> {
  const counts: UpdateCounts = { updated: 0, unchanged: 0, membersImported: 0, membersUpdated: 0 };
  const same = await unchangedHouseholds(tx, staging, existing, year);
  counts.unchanged = same.size;
  const compared = existing.filter((e) => !same.has(e.existingId));
  if (compared.length === 0) return counts;
  const data = await load(
    tx,
    staging,
    compared.map((e) => e.existingId),
    compared.map((e) => e.householdNo),
    year,
  );
  const yearOf = new Map(data.years.map((y) => [Number(y.householdId), y]));
  const membersOf = group(data.members, (m) => Number(m.householdId));
  const rowsOf = group(data.rows, (r) => r.hno);
  const plans: HouseholdPlan[] = [];
  for (const household of data.households) {
    const id = Number(household.id);
    const plan = planHousehold(
      staging.columns,
      { ...household, id },
      yearOf.get(id),
      membersOf.get(id) ?? [],
      rowsOf.get(household.householdNo) ?? [],
      year,
    );
    if (plan.changed) plans.push(plan);
    else counts.unchanged += 1;
  }
  if (plans.length === 0) return counts;
  counts.updated = plans.length;
  counts.membersUpdated = plans.reduce((n, p) => n + p.memberUpdates.length, 0);
  counts.membersImported = plans.reduce((n, p) => n + p.memberInserts.length, 0);
  const history = await writePlans(tx, staging, plans, year, today, lockYears);
  await recordHistory(tx, actor, [...plans.flatMap((p) => p.history), ...history]);
  await recordAuditMany(
    tx,
    actor,
    plans.map((p) => p.audit),
  );
  return counts;
}

/** Writes the plans; returns the history of the members it inserted (their ids are known only now). */
async function writePlans(
  tx: Queryable,
  staging: Staging,
  plans: readonly HouseholdPlan[],
  year: number,
  today: string,
  lockYears: () => Promise<void>,
): Promise<HistoryEntry[]> {
  const member = staging.columns.filter((c) => c.level === 'member').map(col);
  const household = staging.columns.filter((c) => c.level === 'household').map(col);
  const yearly = staging.columns.filter((c) => c.level === 'year').map(col);

  // Members leave first and heads change last, so "one head" and "one active household per person" hold
  // after every statement (unique indexes are checked row by row, not at the end of a statement).
  const closes = plans.flatMap((p) => p.memberCloses);
  if (closes.length) {
    await tx.query(
      `UPDATE members m SET active = false, left_event = 'other', left_on = $2::date, version = m.version + 1, updated_at = now()
       WHERE m.id = ANY($1::bigint[])`,
      [closes.map((m) => m.id), today],
    );
    await insertEvents(
      tx,
      closes.map((m) => ({ memberId: m.id, householdId: m.householdId })),
      today,
    );
  }
  const updates = plans.flatMap((p) => p.memberUpdates);
  for (const part of [
    updates.filter((u) => u.relation !== HEAD_RELATION),
    updates.filter((u) => u.relation === HEAD_RELATION),
  ]) {
    if (part.length === 0) continue;
    const targets = [{ name: 'id', type: 'bigint', key: 'id' }, ...member];
    await tx.query(
      `UPDATE members m SET ${sets(member)}, version = m.version + 1, updated_at = now() FROM ${recordset(targets)} WHERE m.id = v.id`,
      [json(targets, part)],
    );
  }
  const inserts = plans.flatMap((p) =>
    p.memberInserts.map((r) => ({ ...r, householdId: p.household.id, countyCode: r.region.slice(0, 6) })),
  );
  const history: HistoryEntry[] = [];
  if (inserts.length) {
    const fixed: Target[] = [
      { name: 'household_id', type: 'bigint', key: 'householdId' },
      { name: 'county_code', type: 'text', key: 'countyCode' },
      { name: 'sex', type: 'text', key: 'sex' },
      { name: 'birth_date', type: 'date', key: 'birthDate' },
    ];
    const targets = [...fixed, ...member];
    const names = targets.map((t) => t.name).join(', ');
    const added = await tx.query<MemberRow>(
      `INSERT INTO members AS m (${names}) SELECT ${targets.map((t) => `v.${t.name}`).join(', ')} FROM ${recordset(targets)} RETURNING ${MEMBER_SELECT}`,
      [json(targets, inserts)],
    );
    await insertEvents(
      tx,
      added.map((m) => ({ memberId: Number(m.id), householdId: Number(m.householdId) })),
      today,
    );
    history.push(
      ...added.map((m) => ({
        householdId: Number(m.householdId),
        memberId: Number(m.id),
        field: '*',
        from: null,
        to: pick(MEMBER_FIELDS, m),
        action: 'member.other',
      })),
    );
  }

  const hhTargets = [
    { name: 'id', type: 'bigint', key: 'id' },
    { name: 'region_code', type: 'text', key: 'regionCode' },
    { name: 'phone', type: 'text', key: 'phone' },
    ...household,
  ];
  await tx.query(
    `UPDATE households h SET ${sets(hhTargets.slice(1))}, county_code = left(v.region_code, 6),${correctedStandard(hhTargets)} version = h.version + 1, updated_at = now()
     FROM ${recordset(hhTargets)} WHERE h.id = v.id`,
    [
      json(
        hhTargets,
        plans.map((p) => ({ ...p.householdValues, id: p.household.id })),
      ),
    ],
  );
  const yearTargets = [
    { name: 'household_id', type: 'bigint', key: 'householdId' },
    { name: 'region_code', type: 'text', key: 'regionCode' },
    { name: 'size', type: 'integer', key: 'size' },
    ...yearly,
  ];
  const yearRows = (insert: boolean) =>
    plans
      .filter((p) => (insert ? p.year.insert : p.year.update))
      .map((p) => ({ ...p.year.values, householdId: p.household.id }));
  const toUpdate = yearRows(false);
  const toInsert = yearRows(true);
  if (toUpdate.length || toInsert.length) await lockYears();
  if (toUpdate.length) {
    await tx.query(
      `UPDATE household_years y SET ${sets(yearTargets.slice(1))} FROM ${recordset(yearTargets)} WHERE y.household_id = v.household_id AND y.year = $2`,
      [json(yearTargets, toUpdate), year],
    );
  }
  if (toInsert.length) {
    const names = yearTargets.map((t) => t.name);
    await tx.query(
      `INSERT INTO household_years (year, ${names.join(', ')}) SELECT $2::smallint, ${names.map((n) => `v.${n}`).join(', ')} FROM ${recordset(yearTargets)}`,
      [json(yearTargets, toInsert), year],
    );
  }
  return history;
}

async function insertEvents(
  tx: Queryable,
  rows: readonly { memberId: number; householdId: number }[],
  today: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO member_events (member_id, household_id, event, event_date, note)
     SELECT m, h, 'other', $3::date, $4::text FROM unnest($1::bigint[], $2::bigint[]) AS t (m, h)`,
    [rows.map((r) => r.memberId), rows.map((r) => r.householdId), today, IMPORT_NOTE],
  );
}
