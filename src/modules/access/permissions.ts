import type { Actor } from '../auth/actor.ts';
import {
  canDoCasework,
  canHandleComplaints,
  canManageOrganisation,
  canManageProjects,
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
 *   registry's roles no draft (only what is published, like the public);
 * - the organisation (issue 13): a unit and a cadre answer to the region that keeps them, a Party branch and a
 *   work team to their village, a pairing to its household's village now — read by whoever reads the registry
 *   there or keeps the organisation, written (`*.write`) by those who keep it (`manageOrganisation`);
 * - the casework: `household.casework` records a visit, a problem or a measure on a household; `visit.read`,
 *   `problem.*` and `measure.*` act on those rows — each by its household's village now (a problem without a
 *   household by its village); `project.*` by the project's region (`manageProjects` writes).
 * A paired cadre holds no region: the rows of the households they are paired with now (an open pairing of
 * their cadre record) are theirs for the permissions in `PAIRED_PERMISSIONS`, found by the same set queries.
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
  | 'complaint.write'
  | 'unit.read'
  | 'unit.write'
  | 'cadre.read'
  | 'cadre.write'
  | 'branch.read'
  | 'branch.write'
  | 'team.read'
  | 'team.write'
  | 'pairing.read'
  | 'pairing.write'
  | 'household.casework'
  | 'visit.read'
  | 'problem.read'
  | 'problem.write'
  | 'measure.read'
  | 'measure.write'
  | 'project.read'
  | 'project.write';

export type Resource =
  | 'household'
  | 'year'
  | 'member'
  | 'evidence'
  | 'job'
  | 'case'
  | 'site'
  | 'article'
  | 'complaint'
  | 'unit'
  | 'cadre'
  | 'branch'
  | 'team'
  | 'pairing'
  | 'visit'
  | 'problem'
  | 'measure'
  | 'project';

/** What a paired cadre may do on the rows of a household they are paired with now, whatever their grant says. */
export const PAIRED_PERMISSIONS: ReadonlySet<Permission> = new Set<Permission>([
  'household.read',
  'year.read',
  'member.read',
  'household.casework',
  'visit.read',
  'problem.read',
  'problem.write',
  'measure.read',
  'measure.write',
]);

/** Rows whose own kind decides their visibility; every other kind hides with its household (`household.read`). */
const SELF_READ: ReadonlySet<Resource> = new Set<Resource>([
  'site',
  'article',
  'complaint',
  'unit',
  'cadre',
  'branch',
  'team',
  'pairing',
  'visit',
  'problem',
  'measure',
  'project',
]);

export const resourceOf = (permission: Permission): Resource => permission.split('.')[0] as Resource;

/** The permission whose refusal hides a row (404): reading its kind of row. */
export const readPermissionOf = (permission: Permission): Permission => {
  const resource = resourceOf(permission);
  return SELF_READ.has(resource) ? (`${resource}.read` as Permission) : 'household.read';
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
    case 'unit.read':
    case 'cadre.read':
    case 'branch.read':
    case 'team.read':
    case 'pairing.read':
      return canRead(actor, regionCode) || canManageOrganisation(actor, regionCode);
    case 'unit.write':
    case 'cadre.write':
    case 'branch.write':
    case 'team.write':
    case 'pairing.write':
      return canManageOrganisation(actor, regionCode);
    case 'visit.read':
    case 'problem.read':
    case 'measure.read':
    case 'project.read':
      return canRead(actor, regionCode);
    case 'household.casework':
    case 'problem.write':
    case 'measure.write':
      return canDoCasework(actor, regionCode);
    case 'project.write':
      return canManageProjects(actor, regionCode);
  }
}
