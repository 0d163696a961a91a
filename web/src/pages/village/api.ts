import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';
import type { Ok } from '../../api/types.ts';

/** Shapes of the APIs the village page reads, from the generated client. */
export type Attendance = Ok<paths['/api/v1/attendance']['get']>['items'][number];
export type ProblemTotals = Ok<paths['/api/v1/problems/board']['get']>['totals'];

/** Days in the village of the region's work-team members, in a month or (without one) the whole year. */
export function useAttendance(region: string, year: number, month?: number) {
  return useQuery({
    queryKey: ['attendance', region, year, month],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/attendance', { params: { query: { region, year, month } }, signal })),
    select: (answer) => answer.items,
  });
}

/** The problem counts of the region (open, in progress, solved, confirmed, overdue). */
export function useProblemBoard(region: string) {
  return useQuery({
    queryKey: ['problems', 'board', region],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/problems/board', { params: { query: { region } }, signal })),
  });
}
