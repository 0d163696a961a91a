import type { SessionUser } from '../api/types.ts';
import { isWithin } from '../region/code.ts';
import { useSession } from './session.tsx';

/**
 * What the user may do, as GET /auth/me says (derived on the server from its policies). The console only hides
 * what would be refused; the server still decides every request.
 */
export type Capabilities = SessionUser['capabilities'];

const NOTHING: Capabilities = {
  canWriteRegistry: false,
  canImport: false,
  canSeeAudit: false,
  canManageUsers: false,
  canSeePersonalData: false,
  writeRegions: [],
  userRegions: [],
  canReadRegistry: false,
  articleRegions: [],
  publishRegions: [],
  siteRegions: [],
  complaintRegions: [],
  caseworkRegions: [],
  organisationRegions: [],
  projectRegions: [],
  pairedCadre: false,
};

export function useCapabilities(): Capabilities {
  return useSession().data?.capabilities ?? NOTHING;
}

/** Whether records of `code` (a household's village) may be changed. */
export function writesIn(capabilities: Capabilities, code: string): boolean {
  return capabilities.writeRegions.some((region) => isWithin(code, region));
}

/** Whether something inside `code`'s subtree may be changed: the region itself, or a part of it. */
export function writesWithin(capabilities: Capabilities, code: string): boolean {
  return capabilities.writeRegions.some((region) => isWithin(code, region) || isWithin(region, code));
}

/** The regions where some portal work may be done: writing or publishing articles, or managing sites. */
export function portalRegions(capabilities: Capabilities): string[] {
  const all = [...capabilities.articleRegions, ...capabilities.publishRegions, ...capabilities.siteRegions];
  return [...new Set(all)];
}

/** Whether the portal's pages are offered anywhere inside or above `code` (the region shown). */
export function usesPortalAt(capabilities: Capabilities, code: string): boolean {
  return portalRegions(capabilities).some((region) => isWithin(code, region) || isWithin(region, code));
}

/**
 * The page the console opens on: the household list for those who read the registry; a paired cadre, who
 * reads no registry region, their households (走访帮扶); the portal's pages for the portal's roles
 * (contributor, editor), whose registry pages would only answer 404.
 */
export function homePage(capabilities: Capabilities): 'households' | 'portal' | 'field' {
  if (capabilities.canReadRegistry) return 'households';
  if (capabilities.pairedCadre) return 'field';
  return portalRegions(capabilities).length === 0 ? 'households' : 'portal';
}

/** Whether the complaints inbox (监督举报) is offered inside or above `code` (the region shown). */
export function readsComplaintsAt(capabilities: Capabilities, code: string): boolean {
  return capabilities.complaintRegions.some((region) => isWithin(code, region) || isWithin(region, code));
}
