import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  call,
  type Board,
  type Paged,
  type ProblemActionBody,
  type ProblemCreateBody,
  type ProblemListQuery,
  type ProblemSummary,
  type ProblemView,
} from './pending-api.ts';

export type {
  Board,
  BoardCounts,
  ProblemActionBody,
  ProblemActionName,
  ProblemCreateBody,
  ProblemEvent,
  ProblemListQuery,
  ProblemState,
  ProblemSummary,
  ProblemView,
} from './pending-api.ts';

export const problemKeys = {
  all: ['problems'] as const,
  board: (region: string) => ['problems', 'board', region] as const,
  list: (query: ProblemListQuery) => ['problems', 'list', query] as const,
  one: (id: number) => ['problems', 'one', id] as const,
};

export function useProblemBoard(region: string | undefined) {
  return useQuery({
    queryKey: problemKeys.board(region ?? ''),
    queryFn: () => call<Board>('GET', '/api/v1/problems/board', { region }),
    enabled: region !== undefined,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useProblemList(query: ProblemListQuery, enabled = true) {
  return useQuery({
    queryKey: problemKeys.list(query),
    queryFn: () => call<Paged<ProblemSummary>>('GET', '/api/v1/problems', { ...query }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    enabled,
  });
}

export function useProblem(id: number) {
  return useQuery({
    queryKey: problemKeys.one(id),
    queryFn: () => call<ProblemView>('GET', `/api/v1/problems/${id}`),
    enabled: Number.isSafeInteger(id) && id > 0,
  });
}

/** After any write: the problem, every list, board and count, and the household whose sections show it. */
function useRefreshProblems() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: problemKeys.all });
    void client.invalidateQueries({ queryKey: ['casework'] });
  };
}

export function useProblemAction(id: number) {
  const refresh = useRefreshProblems();
  return useMutation({
    mutationFn: (body: ProblemActionBody) =>
      call<ProblemView>('POST', `/api/v1/problems/${id}/actions`, undefined, body),
    onSuccess: refresh,
  });
}

export function useCreateProblem() {
  const refresh = useRefreshProblems();
  return useMutation({
    mutationFn: (body: ProblemCreateBody) =>
      call<{ id: number }>('POST', '/api/v1/problems', undefined, body),
    onSuccess: refresh,
  });
}
