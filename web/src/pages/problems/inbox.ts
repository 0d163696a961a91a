import { useCapabilities } from '../../auth/capabilities.ts';
import { COUNTRY } from '../../region/code.ts';
import { useProblemList } from './api.ts';
import { confirmsIn, PROBLEM_PAGE, toConfirmQuery } from './model.ts';

/**
 * What this level must act on in a region: the server's inbox (problems handled at the user's level, the
 * escalated ones among them) and, for a level above the village, the solved problems waiting to be confirmed.
 * `limit` 1 asks only for the counts (the nav badge).
 */
export function useProblemInbox(code: string | undefined, { enabled = true, limit = PROBLEM_PAGE } = {}) {
  const capabilities = useCapabilities();
  const region = code && code !== COUNTRY ? code : undefined;
  const confirms = confirmsIn(capabilities.caseworkRegions, region);
  const inbox = useProblemList(
    { ...(region ? { region } : {}), inbox: 'true', limit, page: 1 },
    enabled && region !== undefined,
  );
  const toConfirm = useProblemList({ ...toConfirmQuery(region ?? COUNTRY), limit }, enabled && confirms);
  const total = (inbox.data?.total ?? 0) + (confirms ? (toConfirm.data?.total ?? 0) : 0);
  return { inbox, toConfirm: confirms ? toConfirm : undefined, total };
}
