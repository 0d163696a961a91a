import type { Actor } from '../auth/actor.ts';
import {
  canHandleComplaints,
  canManageSite,
  canPublishArticles,
  canRead,
  canReadComplaints,
  canWriteArticles,
  canWriteRegistry,
} from '../auth/policies.ts';

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
 *   may take which step is the procedure's table (cases/transitions.ts), asked by the cases guard;
 * - the portal's rows answer to the region of their site (a site, an article, an image by its site) or, for a
 *   complaint, to the region whose inbox holds it (it moves up when escalated): `site.write` (name, footer,
 *   columns), `article.read`/`article.write` (drafts and revisions, a contributor), `article.publish` (an
 *   editor), `complaint.read`/`complaint.write` (the inbox). The portal's roles read no registry row, and the
 *   registry's roles no draft (only what is published, like the public).
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
  | 'case.write'
  | 'site.read'
  | 'site.write'
  | 'article.read'
  | 'article.write'
  | 'article.publish'
  | 'complaint.read'
  | 'complaint.write';

export type Resource =
  'household' | 'year' | 'member' | 'evidence' | 'job' | 'case' | 'site' | 'article' | 'complaint';

export const resourceOf = (permission: Permission): Resource => permission.split('.')[0] as Resource;

/** The permission whose refusal hides a row (404): reading its kind of row. */
export const readPermissionOf = (permission: Permission): Permission => {
  const resource = resourceOf(permission);
  return resource === 'site' || resource === 'article' || resource === 'complaint'
    ? `${resource}.read`
    : 'household.read';
};

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
    case 'site.read':
    case 'article.read':
      return canWriteArticles(actor, regionCode) || canManageSite(actor, regionCode);
    case 'site.write':
      return canManageSite(actor, regionCode);
    case 'article.write':
      return canWriteArticles(actor, regionCode);
    case 'article.publish':
      return canPublishArticles(actor, regionCode);
    case 'complaint.read':
      return canReadComplaints(actor, regionCode);
    case 'complaint.write':
      return canHandleComplaints(actor, regionCode);
  }
}
