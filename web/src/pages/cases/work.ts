import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { COUNTRY } from '../../region/code.ts';
import { caseKeys, useCaseTypes, type CaseListQuery } from './api.ts';
import { INBOX_PAGE, inboxQuery, workStages, type WorkStage } from './inbox.ts';

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
  /** More than one page waits: the count is a lower bound. */
  more: boolean;
}

const queryOf = (region: string, stage: string | undefined, overdue: boolean): CaseListQuery =>
  inboxQuery(regionFilter(region), { type: undefined, stage, overdue, state: 'open' });

/**
 * The user's work in a region: per stage where their roles act, the open cases waiting there, and the
 * overdue ones (escalated to the level above, so they appear in its inbox too). Each count reads the first
 * page of the very list the inbox shows for that stage (the same query key), never the whole list.
 */
export function useWorkCounts(region: string | undefined) {
  const types = useCaseTypes();
  const roles = useRoles();
  const stages = useMemo(() => (types.data ? workStages(types.data, roles) : []), [types.data, roles]);
  const queries = [
    ...stages.map((s) => queryOf(region ?? '', s.stage, false)),
    queryOf(region ?? '', undefined, true),
  ];
  const results = useQueries({
    queries: queries.map((query) => ({
      queryKey: caseKeys.list(query),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        unwrap(api.GET('/api/v1/cases', { params: { query }, signal })),
      enabled: region !== undefined && types.isSuccess,
      staleTime: 60_000,
    })),
  });
  const counts: WorkCount[] = stages.map((s, i) => ({
    ...s,
    count: results[i]?.data?.items.length ?? 0,
    more: results[i]?.data?.next != null,
  }));
  const overdueData = results.at(-1)?.data;
  const overdue = { count: overdueData?.items.length ?? 0, more: overdueData?.next != null };
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return { counts, overdue, total, more: counts.some((c) => c.more), pageSize: INBOX_PAGE };
}
