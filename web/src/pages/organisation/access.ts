import type { Capabilities } from '../../auth/capabilities.ts';
import { isWithin } from '../../region/code.ts';

function covers(regions: readonly string[], code: string): boolean {
  return regions.some((region) => isWithin(code, region));
}

/** Whether the organisation of `code` (units, branches, teams, cadres, pairings) may be changed. */
export function keepsOrganisationIn(c: Capabilities, code: string): boolean {
  return covers(c.organisationRegions, code);
}

/** Whether the organisation pages are offered at `code`: registry readers, and keepers inside or above it. */
export function showsOrganisationAt(c: Capabilities, code: string): boolean {
  return c.canReadRegistry || c.organisationRegions.some((r) => isWithin(code, r) || isWithin(r, code));
}

/** Whether the projects of `code` may be created and changed. */
export function keepsProjectsIn(c: Capabilities, code: string): boolean {
  return covers(c.projectRegions, code);
}
