import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { Body, Ok } from '../../api/types.ts';
import type { paths } from '../../api/schema';

/** Shapes of the problems' API, read from the generated client so they follow the contract. */
export type ProblemList = Ok<paths['/api/v1/problems']['get']>;
export type ProblemSummary = ProblemList['items'][number];
export type ProblemListQuery = NonNullable<paths['/api/v1/problems']['get']['parameters']['query']>;
export type ProblemState = ProblemSummary['state'];
export type ProblemCategory = ProblemSummary['category'];
export type ProblemView = Ok<paths['/api/v1/problems/{id}']['get']>;
export type ProblemEvent = ProblemView['events'][number];
export type ProblemActionName = ProblemView['actions'][number];
export type ProblemActionBody = Body<paths['/api/v1/problems/{id}/actions']['post']>;
export type ProblemCreateBody = Body<paths['/api/v1/problems']['post']>;
export type Board = Ok<paths['/api/v1/problems/board']['get']>;
export type BoardCounts = Board['totals'];

export const problemKeys = {
  all: ['problems'] as const,
  board: (region: string) => ['problems', 'board', region] as const,
  list: (query: ProblemListQuery) => ['problems', 'list', query] as const,
  one: (id: number) => ['problems', 'one', id] as const,
};

export function useProblemBoard(region: string | undefined) {
  return useQuery({
    queryKey: problemKeys.board(region ?? ''),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/problems/board', { params: { query: { region: region ?? '' } }, signal })),
    enabled: region !== undefined,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useProblemList(query: ProblemListQuery, enabled = true) {
  return useQuery({
    queryKey: problemKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/problems', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    enabled,
  });
}

export function useProblem(id: number) {
  return useQuery({
    queryKey: problemKeys.one(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/problems/{id}', { params: { path: { id } }, signal })),
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
      unwrap(api.POST('/api/v1/problems/{id}/actions', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useCreateProblem() {
  const refresh = useRefreshProblems();
  return useMutation({
    mutationFn: (body: ProblemCreateBody) => unwrap(api.POST('/api/v1/problems', { body })),
    onSuccess: refresh,
  });
}
