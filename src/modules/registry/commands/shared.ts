import { DomainError, fieldError, versionConflict, type FieldIssue } from '../../../app/errors.ts';
import type { Queryable } from '../../../db/types.ts';
import type { Actor } from '../../auth/actor.ts';
import { requireAccess, requireRegion } from '../../access/require-access.ts';
import { readScope } from '../../access/scope.ts';
import { personInOtherHousehold } from '../person-elsewhere.ts';
import { regionsByCode } from '../../regions/lookup.ts';
import * as repo from '../repo.ts';
import { resizeYearsFrom } from '../year-size.ts';
import { correctionOf, yearOf, type Correction } from '../years.ts';

/**
 * Today's date as YYYY-MM-DD, for checks such as "born in the future". Commands take it as an argument: the
 * routes read it from the server's clock (app.clock), the CLI from the machine's. The local date, as the
 * default year (getFullYear) is: a county office's day starts at its own midnight, not at UTC's.
 */
export function today(now: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/**
 * Locks a household for a write once the access layer allows it: 404 out of scope, 403 for a read-only role,
 * then 409 on a stale version.
 */
export async function writableHousehold(
  tx: Queryable,
  actor: Actor,
  id: number,
  version?: number,
): Promise<repo.HouseholdRow> {
  await requireAccess(tx, actor, 'household.write', [id], { lock: true });
  const household = (await repo.loadHousehold(tx, id))!;
  if (version !== undefined && household.version !== version)
    throw versionConflict('household', household.version);
  return household;
}

/** A household's region must be a village the actor may write in. */
export async function checkVillage(tx: Queryable, actor: Actor, code: string, field: string): Promise<void> {
  const region = (await regionsByCode(tx, [code])).get(code);
  if (!region || region.level !== 5) {
    throw fieldError(field, 'NOT_A_VILLAGE', {
      zh: `行政区划代码不是有效的村级代码：${code}`,
      en: `Not a village code: ${code}`,
    });
  }
  requireRegion(actor, 'region.write', code);
}

/**
 * Refuses ID numbers that are already active members of a household, naming that household when the actor
 * may read it and saying only that it lies outside the actor's region otherwise.
 */
export async function checkPersonsFree(
  tx: Queryable,
  actor: Actor,
  ids: readonly { idNumber: string; field: string }[],
): Promise<void> {
  const taken = await repo.activeIdNumbers(
    tx,
    ids.map((i) => i.idNumber),
    (column, params) => readScope(actor, column, params),
  );
  const issues: FieldIssue[] = ids
    .filter((i) => taken.has(i.idNumber))
    .map((i) => ({
      field: i.field,
      code: 'PERSON_IN_OTHER_HOUSEHOLD',
      message: personInOtherHousehold(taken.get(i.idNumber) ?? null),
    }));
  if (issues.length) {
    throw new DomainError(
      'conflict',
      'PERSON_IN_OTHER_HOUSEHOLD',
      {
        zh: '有成员已在其他户登记',
        en: 'A member is already registered in another household',
      },
      { field: issues[0]!.field },
      issues,
    );
  }
}

/**
 * A member event takes effect from its date: the household's size in the event's year and every later year
 * recorded follows the roster (statistics by trigger), and no earlier year changes (years.ts, year-size.ts).
 */
export async function resizeFromEvent(tx: Queryable, householdId: number, eventDate: string): Promise<void> {
  await resizeYearsFrom(tx, householdId, yearOf(eventDate));
}

/**
 * The correction an event dated `eventDate` makes: none in an open year; in a closed year the event corrects that
 * year of each household it touches, so it needs a reason (422 otherwise) and the actor's right to write that
 * year's facts, which answer to the village of that year.
 */
export async function correctingYear(
  tx: Queryable,
  actor: Actor,
  householdIds: readonly number[],
  eventDate: string,
  reason: string | undefined,
  today: string,
): Promise<Correction | undefined> {
  const correction = correctionOf(yearOf(eventDate), reason, today);
  if (correction)
    await requireAccess(
      tx,
      actor,
      'year.write',
      householdIds.map((id): [number, number] => [id, correction.year]),
    );
  return correction;
}

/** Bumps the household version for a change to its roster. */
export async function touchHousehold(tx: Queryable, householdId: number): Promise<void> {
  await tx.query('UPDATE households SET version = version + 1, updated_at = now() WHERE id = $1', [
    householdId,
  ]);
}
