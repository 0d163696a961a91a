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
