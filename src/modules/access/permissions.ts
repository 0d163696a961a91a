import type { Actor } from '../auth/actor.ts';
import { canRead, canWriteRegistry } from '../auth/policies.ts';

/**
 * What a caller asks to do with a set of rows. Each permission names the kind of row and what is done to it;
 * the access layer (require-access.ts) finds the region each row answers to and asks the pure predicates of
 * auth/policies.ts about that region:
 * - `household.*`: a household's own fields and its members now — by its current village;
 * - `year.*`: a household's facts of one year (status, income, guarantees, assessments) — by the village it
 *   lived in that year, so a county that receives a household never reads or rewrites the years it spent
 *   elsewhere; a year not yet recorded answers to the household's current village (that is where it would
 *   be written);
 * - `member.*`: by the member's household now;
 * - `evidence.read`: the file behind an assessment — by its household and year;
 * - `job.read`: a background job — its creator, with the creator's grants of today, or an administrator of
 *   its region;
 * - `case.*`: a case of the procedures — a household's case by the household's village now, a village's or a
 *   county's assessment by that region. `case.write` asks only that the role writes there at all; which role
 *   may take which step is the procedure's table (cases/transitions.ts), asked by the cases guard.
 */
export type Permission =
  | 'household.read'
  | 'household.write'
  | 'year.read'
  | 'year.write'
  | 'member.read'
  | 'member.write'
  | 'evidence.read'
  | 'job.read'
  | 'case.read'
  | 'case.write';

export type Resource = 'household' | 'year' | 'member' | 'evidence' | 'job' | 'case';

export const resourceOf = (permission: Permission): Resource => permission.split('.')[0] as Resource;

/** The predicate a permission asks of a row's region once the row is known to be readable. */
export function permits(actor: Actor, permission: Permission, regionCode: string): boolean {
  switch (permission) {
    case 'household.read':
    case 'year.read':
    case 'member.read':
    case 'evidence.read':
    case 'job.read':
    case 'case.read':
      return canRead(actor, regionCode);
    case 'case.write':
    case 'household.write':
    case 'year.write':
    case 'member.write':
      return canWriteRegistry(actor, regionCode);
  }
}
