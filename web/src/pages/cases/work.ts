import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { COUNTRY } from '../../region/code.ts';
import { caseKeys, useCaseTypes } from './api.ts';
import { INBOX_PAGE, workStages, type WorkStage } from './inbox.ts';

/** The roles of the user's grants (the server checks the grant's region on every step). */
export function useRoles(): ReadonlySet<string> {
  const session = useSession();
  const grants = session.data?.grants;
  return useMemo(() => new Set((grants ?? []).map((g) => g.role)), [grants]);
}

/** The list's region filter: the region's subtree, or nothing for the whole country. */
export const regionFilter = (region: string): string | undefined => (region === COUNTRY ? undefined : region);

export interface WorkCount extends WorkStage {
  count: number;
}

/**
 * The user's work in a region: per stage where their roles act, the open cases of the types they act on there,
 * and the overdue ones (escalated to the level above, so they appear in its inbox too) — counted exactly by the
 * server in one request (GET /api/v1/cases/counts).
 */
export function useWorkCounts(region: string | undefined) {
  const types = useCaseTypes();
  const roles = useRoles();
  const stages = useMemo(() => (types.data ? workStages(types.data, roles) : []), [types.data, roles]);
  const regionCode = region === undefined ? undefined : regionFilter(region);
  const found = useQuery({
    queryKey: caseKeys.counts(regionCode),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/cases/counts', { params: { query: regionCode ? { regionCode } : {} }, signal }),
      ),
    enabled: region !== undefined,
    staleTime: 60_000,
  });
  const byStage = found.data?.byStage ?? [];
  const counts: WorkCount[] = stages.map((s) => ({
    ...s,
    count: byStage
      .filter((b) => b.stage === s.stage && s.types.includes(b.type))
      .reduce((sum, b) => sum + b.count, 0),
  }));
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return { counts, overdue: { count: found.data?.overdue ?? 0 }, total, pageSize: INBOX_PAGE };
}
