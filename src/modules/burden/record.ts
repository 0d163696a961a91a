import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';

/**
 * 减轻基层负担: every write of the casework (and the registry's forms) records what it cost the person who
 * typed it — the fields they typed and the fields the system filled in for them (the form's pre-filled facts,
 * the defaults the server supplied) — in the write's own transaction. The burden page sums them per cadre and
 * per village and week. `at` is the server's clock (app.clock), never the database's.
 */
export interface BurdenEntry {
  /** What was written, as the audit names it: `visit.create`, `problem.solve`, `household.update`… */
  action: string;
  /** The region the write answers to (the household's village, the team's village). */
  regionCode: string;
  typed: number;
  prefilled: number;
}

export async function recordBurden(q: Queryable, actor: Actor, entry: BurdenEntry, at: Date): Promise<void> {
  await recordBurdenMany(q, actor, [entry], at);
}

/** Many entries of one actor in one statement (a bulk write, an offline queue synced at once). */
export async function recordBurdenMany(
  q: Queryable,
  actor: Actor,
  entries: readonly BurdenEntry[],
  at: Date,
): Promise<void> {
  if (entries.length === 0) return;
  // A file's cells were typed by nobody at this desk (an import runs the commands a form would): they are
  // recorded as filled in for the user, so the burden page never counts a spreadsheet as a cadre's typing.
  const imported = actor.source === 'import';
  await q.query(
    `INSERT INTO burden_entries (user_id, username, region_code, action, typed, prefilled, at, week)
     SELECT $1, $2, e.region_code, e.action, e.typed, e.prefilled, $3, $4::date
     FROM unnest($5::text[], $6::text[], $7::int[], $8::int[]) AS e (region_code, action, typed, prefilled)`,
    [
      actor.userId,
      actor.username,
      at.toISOString(),
      weekOf(at),
      entries.map((e) => e.regionCode),
      entries.map((e) => e.action),
      entries.map((e) => (imported ? 0 : e.typed)),
      entries.map((e) => (imported ? e.typed + e.prefilled : e.prefilled)),
    ],
    { prepare: true },
  );
}

/** The Monday (China time, UTC+8) of the week holding `at`, as YYYY-MM-DD. */
export function weekOf(at: Date): string {
  const china = new Date(at.getTime() + 8 * 3600_000);
  const weekday = (china.getUTCDay() + 6) % 7;
  return new Date(china.getTime() - weekday * 86400_000).toISOString().slice(0, 10);
}

/**
 * Counts the fields a request typed: the leaves of its body that carry a value (not null, not an empty
 * string), nested objects and arrays counted by their leaves. An edit's fields are told apart by the record
 * it changes (heldUnchanged).
 */
export function countTyped(body: unknown): number {
  if (body === null || body === undefined || body === '') return 0;
  if (Array.isArray(body)) return body.reduce((n: number, item) => n + countTyped(item), 0);
  if (typeof body === 'object') return Object.values(body).reduce((n: number, v) => n + countTyped(v), 0);
  return 1;
}

/**
 * The registry's commands record their cost when the route gives them the server's clock (`at`); seeds and
 * imports call them without one (an import is not typing: it records its own entry). `supplied`: fields the
 * server filled in for the form (a default year).
 */
export interface Meter {
  at: Date;
  supplied?: number;
}

/**
 * What an edit form offered filled in, reckoned from the record the server holds in the write's transaction —
 * never from a count the client sends: the fields among `keys` that held a value (not null, not empty) and
 * that the edit did not change. The fields it changed were typed. Whether a client sends the unchanged fields
 * back (they compare equal, so they are not changes) or, as the console does so that a masked value is never
 * written back, only what changed, an edit costs the same.
 */
export function heldUnchanged(
  row: Readonly<Record<string, unknown>>,
  keys: readonly string[],
  changed: readonly string[],
): number {
  return keys.filter((key) => !changed.includes(key) && countTyped(row[key]) > 0).length;
}

/** Records a command's entry when it was given a meter. */
export async function meterWrite(q: Queryable, actor: Actor, meter: Meter | undefined, entry: BurdenEntry) {
  if (meter)
    await recordBurden(q, actor, { ...entry, prefilled: entry.prefilled + (meter.supplied ?? 0) }, meter.at);
}

/** The fields of a body a user typed: its valued leaves but the row version the console sends back. */
export const typedFields = (body: object): number =>
  countTyped(Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'version')));

/**
 * A case's step or opening: the fields of the body typed, the date the server supplied when none was given.
 * The case's region is read in the write's transaction (a case answers to its village).
 */
export async function meterCase(
  q: Queryable,
  actor: Actor,
  caseId: number,
  action: string,
  body: { date?: string | undefined },
  at: Date,
): Promise<void> {
  const [row] = await q.query<{ regionCode: string }>(
    `SELECT region_code AS "regionCode" FROM cases WHERE id = $1`,
    [caseId],
  );
  if (!row) return;
  const supplied = body.date === undefined ? 1 : 0;
  await recordBurden(
    q,
    actor,
    { action, regionCode: row.regionCode, typed: typedFields(body), prefilled: supplied },
    at,
  );
}
