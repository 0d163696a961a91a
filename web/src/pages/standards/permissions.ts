import type { SessionUser } from '../../api/types.ts';
// The server's own policy, as code.ts uses the server's region rules: the console never guesses who may.
import { canSetStandard } from '../../../../src/modules/auth/policies.ts';

/** Which lines the user may set: the national line, and the line of the province being looked at. */
export interface StandardRights {
  national: boolean;
  /** The 2-digit province the user may set a line for, or null. */
  province: string | null;
}

export const NO_RIGHTS: StandardRights = { national: false, province: null };

/**
 * What the session user may set, asked of the server's policy with the grants /auth/me lists. It only decides
 * which buttons to offer; the server checks every change again and its refusal is shown as it comes.
 */
export function standardRights(
  user: SessionUser | null | undefined,
  province: string | undefined,
): StandardRights {
  if (!user) return NO_RIGHTS;
  const actor = {
    userId: user.id,
    username: user.username,
    source: 'api' as const,
    grants: user.grants.map((g) => ({ role: g.role, regionCode: g.regionCode })),
    requestId: null,
  };
  return {
    national: canSetStandard(actor, null),
    province: province !== undefined && canSetStandard(actor, province) ? province : null,
  };
}
