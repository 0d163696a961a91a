import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';

/**
 * The working year (工作年度) of the deployment: the year the console opens its lists, dashboard and exports
 * on when the address names none, and the default of a new household and an import. Set on the server by a
 * system administrator (GET/PUT /api/v1/settings/working-year), so every user opens on the same year.
 */
export const workingYearKey = ['settings', 'working-year'] as const;
/** The first year the registry holds (the server's limit too). */
export const FIRST_YEAR = 2013;

export function useWorkingYear() {
  return useQuery({
    queryKey: workingYearKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/settings/working-year', { signal })),
    staleTime: 5 * 60_000,
  });
}

export function useSetWorkingYear() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (year: number) => unwrap(api.PUT('/api/v1/settings/working-year', { body: { year } })),
    // Every page without a year in its address follows: they read the year from this query.
    onSuccess: (working) => client.setQueryData(workingYearKey, working),
  });
}
