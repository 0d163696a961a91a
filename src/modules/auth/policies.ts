import { COUNTRY, isWithin, padCode, subtreeRange } from '../regions/region-code.ts';
import type { Actor, Grant, Role } from './actor.ts';

/**
 * What each role may do. Authorization is this table plus the region of each grant. `readRegistry`: the
 * households, members, years, cases and statistics of the region — every role but the portal's. `setStandards`:
 * the poverty line of a region, held on a grant covering it — a province's line needs a grant on the whole
 * province (or the country), the national line a grant on the country; `nationalStandards` narrows the
 * national line to system administrators. `readAudit`: the audit trail of the region, for the county's
 * auditors (administrators and inspectors), not for the officials whose work it records. `configure`: the
 * settings of the whole deployment (the working year), held on a grant covering the country — one county's
 * administrator must not move the year every other county of the deployment opens on.
 *
 * The portal (issue 12): `writeArticles` drafts and submits articles of the region's sites (a contributor),
 * `publishArticles` publishes, schedules and withdraws them (an editor), `manageSite` sets a site's name,
 * footer and columns; `readComplaints`/`handleComplaints`: the complaints inbox of the region. The portal's
 * roles read nothing of the registry: a contributor writing the news holds no household's data.
 *
 * The people and casework (issue 13): `casework` records check-ins, visits, problems and assistance measures
 * and moves problems; `manageOrganisation` keeps the units, Party branches, work teams, cadres and pairings;
 * `manageProjects` the projects and their funds. A first secretary and a work team act in their villages; a
 * paired cadre (`paired_cadre`) holds no region at all (every capability false): what they may do on their
 * paired households the access layer grants by the pairing, not by the grant's region (`PAIRED_PERMISSIONS`
 * in access/permissions.ts). The grant's region only bounds where their pairings count.
 */
const CASEWORK_NONE = { casework: false, manageOrganisation: false, manageProjects: false };
const PORTAL_NONE = {
  writeArticles: false,
  publishArticles: false,
  manageSite: false,
  readComplaints: false,
  handleComplaints: false,
};
const OFFICIAL = { readRegistry: true, configure: false, nationalStandards: false };
/** A village's own office: keeps its registry, sees its people, answers its complaints, does the casework. */
const VILLAGE_OFFICE = {
  ...OFFICIAL,
  ...PORTAL_NONE,
  ...CASEWORK_NONE,
  writeRegistry: true,
  personalData: true,
  manageUsers: false,
  setStandards: false,
  readAudit: false,
  readComplaints: true,
  handleComplaints: true,
  casework: true,
};

const CAPABILITIES: Record<
  Role,
  {
    readRegistry: boolean;
    writeRegistry: boolean;
    personalData: boolean;
    manageUsers: boolean;
    setStandards: boolean;
    nationalStandards: boolean;
    readAudit: boolean;
    configure: boolean;
    writeArticles: boolean;
    publishArticles: boolean;
    manageSite: boolean;
    readComplaints: boolean;
    handleComplaints: boolean;
    casework: boolean;
    manageOrganisation: boolean;
    manageProjects: boolean;
  }
> = {
  system_admin: {
    ...PORTAL_NONE,
    readRegistry: true,
    writeRegistry: true,
    personalData: false,
    manageUsers: true,
    setStandards: true,
    nationalStandards: true,
    readAudit: true,
    configure: true,
    manageSite: true,
    ...CASEWORK_NONE,
    manageOrganisation: true,
    manageProjects: true,
  },
  county_admin: {
    ...OFFICIAL,
    writeRegistry: true,
    personalData: true,
    manageUsers: true,
    setStandards: true,
    readAudit: true,
    writeArticles: false,
    publishArticles: false,
    manageSite: true,
    readComplaints: true,
    handleComplaints: true,
    casework: true,
    manageOrganisation: true,
    manageProjects: true,
  },
  town_official: {
    ...OFFICIAL,
    ...PORTAL_NONE,
    writeRegistry: true,
    personalData: false,
    manageUsers: false,
    setStandards: false,
    readAudit: false,
    readComplaints: true,
    handleComplaints: true,
    casework: true,
    manageOrganisation: true,
    manageProjects: true,
  },
  village_cadre: VILLAGE_OFFICE,
  inspector: {
    ...OFFICIAL,
    ...PORTAL_NONE,
    writeRegistry: false,
    personalData: false,
    manageUsers: false,
    setStandards: false,
    readAudit: true,
    readComplaints: true,
    ...CASEWORK_NONE,
  },
  contributor: {
    ...PORTAL_NONE,
    readRegistry: false,
    writeRegistry: false,
    personalData: false,
    manageUsers: false,
    setStandards: false,
    nationalStandards: false,
    readAudit: false,
    configure: false,
    writeArticles: true,
    ...CASEWORK_NONE,
  },
  editor: {
    ...PORTAL_NONE,
    readRegistry: false,
    writeRegistry: false,
    personalData: false,
    manageUsers: false,
    setStandards: false,
    nationalStandards: false,
    readAudit: false,
    configure: false,
    writeArticles: true,
    publishArticles: true,
    manageSite: true,
    ...CASEWORK_NONE,
  },
  // The first secretary (第一书记) leads the village's work with its cadres: the same rights there.
  first_secretary: VILLAGE_OFFICE,
  work_team: {
    ...OFFICIAL,
    ...PORTAL_NONE,
    ...CASEWORK_NONE,
    writeRegistry: false,
    personalData: true,
    manageUsers: false,
    setStandards: false,
    readAudit: false,
    casework: true,
  },
  paired_cadre: {
    ...PORTAL_NONE,
    ...CASEWORK_NONE,
    readRegistry: false,
    writeRegistry: false,
    personalData: false,
    manageUsers: false,
    setStandards: false,
    nationalStandards: false,
    readAudit: false,
    configure: false,
  },
};

export type Capability = keyof (typeof CAPABILITIES)[Role];

function holds(actor: Actor, regionCode: string, capability?: Capability): boolean {
  return actor.grants.some(
    (g) =>
      isWithin(regionCode, g.regionCode) && (capability === undefined || CAPABILITIES[g.role][capability]),
  );
}

/** The registry of the region: its households, members, years, cases and statistics. */
export const canRead = (actor: Actor, regionCode: string) => holds(actor, regionCode, 'readRegistry');
/** Any grant on the region, whatever its role: the region's name and place in the tree are no secret to it. */
export const holdsGrantOn = (actor: Actor, regionCode: string) => holds(actor, regionCode);
export const canWriteArticles = (actor: Actor, regionCode: string) =>
  holds(actor, regionCode, 'writeArticles');
export const canPublishArticles = (actor: Actor, regionCode: string) =>
  holds(actor, regionCode, 'publishArticles');
export const canManageSite = (actor: Actor, regionCode: string) => holds(actor, regionCode, 'manageSite');
export const canReadComplaints = (actor: Actor, regionCode: string) =>
  holds(actor, regionCode, 'readComplaints');
export const canHandleComplaints = (actor: Actor, regionCode: string) =>
  holds(actor, regionCode, 'handleComplaints');
export const canDoCasework = (actor: Actor, regionCode: string) => holds(actor, regionCode, 'casework');
export const canManageOrganisation = (actor: Actor, regionCode: string) =>
  holds(actor, regionCode, 'manageOrganisation');
export const canManageProjects = (actor: Actor, regionCode: string) =>
  holds(actor, regionCode, 'manageProjects');
/** Whether the actor holds a paired cadre's grant over the region: their pairings there give them households. */
export const holdsPairedGrant = (actor: Actor, regionCode: string) =>
  actor.grants.some((g) => g.role === 'paired_cadre' && isWithin(regionCode, g.regionCode));
export const canWriteRegistry = (actor: Actor, regionCode: string) =>
  holds(actor, regionCode, 'writeRegistry');
export const canSeePersonalData = (actor: Actor, regionCode: string) =>
  holds(actor, regionCode, 'personalData');
export const canManageUsers = (actor: Actor, regionCode: string) => holds(actor, regionCode, 'manageUsers');
export const canReadAudit = (actor: Actor, regionCode: string) => holds(actor, regionCode, 'readAudit');
/** Whether the actor may change a setting of the whole deployment: a grant that configures, on the country. */
export const canConfigure = (actor: Actor) => holds(actor, COUNTRY, 'configure');

/**
 * Whether the actor may set the poverty line of `province` (2 digits), or the national line when it is null.
 * A provincial line is a province-level decision: a grant on a county or town of the province is not enough.
 */
export function canSetStandard(actor: Actor, province: string | null): boolean {
  if (province === null) return holds(actor, COUNTRY, 'nationalStandards');
  return holds(actor, padCode(province), 'setStandards');
}

/**
 * The SQL condition limiting `column` to the actor's subtrees, appending its parameters to `params`. Every
 * list and read goes through this, so scoping happens in the database, not after the fact.
 */
export function scopeCondition(actor: Actor, column: string, params: unknown[]): string {
  if (actor.grants.length === 0) return 'false';
  const parts = actor.grants.map((g) => {
    const [lo, hi] = subtreeRange(g.regionCode);
    params.push(lo, hi);
    return `${column} BETWEEN $${params.length - 1} AND $${params.length}`;
  });
  return `(${parts.join(' OR ')})`;
}

/** The actor narrowed to the grants holding `capability`: pass it to scopeCondition. */
export function capabilityScope(actor: Actor, capability: Capability): Actor {
  return { ...actor, grants: actor.grants.filter((g) => CAPABILITIES[g.role][capability]) };
}

/** The actor narrowed to the grants that read the registry: pass it to scopeCondition for registry rows. */
export const registryScope = (actor: Actor): Actor => capabilityScope(actor, 'readRegistry');

/** The actor narrowed to the grants that show personal data: pass it to scopeCondition. */
export const personalDataScope = (actor: Actor): Actor => capabilityScope(actor, 'personalData');

/** The actor narrowed to the grants that may manage users: pass it to scopeCondition for user lists. */
export const userManagementScope = (actor: Actor): Actor => capabilityScope(actor, 'manageUsers');

/**
 * Whether the actor may manage a user holding `grants`: every one of them must lie in a subtree where the
 * actor manages users. A user without grants belongs to nobody's subtree, so only the country's managers
 * may manage them.
 */
export function canManageUser(actor: Actor, grants: readonly Grant[]): boolean {
  if (grants.length === 0) return canManageUsers(actor, COUNTRY);
  return grants.every((g) => canManageUsers(actor, g.regionCode));
}

/**
 * Whether the actor may give `role` on `regionCode`. Besides managing users there, making a system
 * administrator takes being one on that region: a county administrator cannot create one.
 */
export function canGrant(actor: Actor, role: Role, regionCode: string): boolean {
  if (!canManageUsers(actor, regionCode)) return false;
  return (
    role !== 'system_admin' ||
    actor.grants.some((g) => g.role === 'system_admin' && isWithin(regionCode, g.regionCode))
  );
}
