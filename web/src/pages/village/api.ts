import { useQuery } from '@tanstack/react-query';
import { request, type Attendance, type Page, type ProblemBoard } from '../organisation/contract.ts';

/** Days in the village of the region's work-team members, in a month or (without one) the whole year. */
export function useAttendance(region: string, year: number, month?: number) {
  return useQuery({
    queryKey: ['attendance', region, year, month],
    queryFn: ({ signal }) =>
      request<Page<Attendance> | Attendance[]>('GET', '/api/v1/attendance', {
        query: { region, year, month },
        signal,
      }).then((answer) => (Array.isArray(answer) ? answer : answer.items)),
  });
}

/** The problem counts of the region (open, in progress, solved, confirmed, overdue). */
export function useProblemBoard(region: string) {
  return useQuery({
    queryKey: ['problems', 'board', region],
    queryFn: ({ signal }) =>
      request<ProblemBoard>('GET', '/api/v1/problems/board', { query: { region }, signal }),
  });
}
