import { fieldError, notFound, type Message } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import { forbidden } from '../access/require-access.ts';
import type { Actor } from '../auth/actor.ts';
import { canManageOrganisation, canRead } from '../auth/policies.ts';
import { dateIssue, refuseFields } from '../registry/dates.ts';
import { regionsByCode, type RegionInfo } from '../regions/lookup.ts';

/**
 * The organisation's writes of a new row (a unit, a cadre, a branch, a team): the region it will answer to
 * must exist (a village where `village` is asked), be readable by the actor (404 otherwise, like any row
 * outside the actor's scope), and be kept by the actor (`manageOrganisation`, 403 otherwise).
 */
export async function requireKeeper(
  q: Queryable,
  actor: Actor,
  code: string,
  field: string,
  village = false,
): Promise<RegionInfo> {
  const region = (await regionsByCode(q, [code])).get(code);
  if (!region || (village && region.level !== 5))
    throw fieldError(field, village ? 'NOT_A_VILLAGE' : 'NO_SUCH_REGION', {
      zh: village ? `不是有效的村级代码：${code}` : `没有这个行政区划：${code}`,
      en: village ? `Not a village code: ${code}` : `No such region: ${code}`,
    });
  if (!canRead(actor, code) && !canManageOrganisation(actor, code)) throw notFound('region', code);
  if (!canManageOrganisation(actor, code)) throw forbidden();
  return region;
}

/** A date the user gave: a real day, not after today (422 DATE_NOT_A_FACT otherwise). */
export function requireDay(value: string, field: string, label: Message, today: string): void {
  const issue = dateIssue(value, field, label, today);
  if (issue) throw refuseFields([issue]);
}
