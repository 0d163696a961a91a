import { keepPreviousData, useInfiniteQuery, useQuery, type QueryClient } from '@tanstack/react-query';
import { COUNTRY } from '../region/code.ts';
import { api, unwrap } from './client.ts';
import type { HouseholdListQuery } from './types.ts';

/** Query keys in one place, so writes know what to refresh. */
export const keys = {
  me: ['me'] as const,
  codes: ['codes'] as const,
  roots: ['regions', 'roots'] as const,
  region: (code: string) => ['regions', 'one', code] as const,
  children: (code: string) => ['regions', 'children', code] as const,
  households: (query: HouseholdListQuery) => ['households', 'list', query] as const,
  household: (id: number, year: number | undefined) => ['households', 'one', id, year ?? null] as const,
  householdAll: (id: number) => ['households', 'one', id] as const,
  history: (id: number) => ['households', 'history', id] as const,
  audit: (entity: string, id: number) => ['audit', entity, id] as const,
  stats: (region: string, year: number | undefined) => ['stats', region, year ?? null] as const,
  years: (region: string) => ['stats', 'years', region] as const,
};

/** The code tables never change while the server runs: fetched once per session. */
export function useCodeTables() {
  return useQuery({
    queryKey: keys.codes,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/codes', { signal })),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function useRoots() {
  return useQuery({
    queryKey: keys.roots,
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/v1/regions/roots', { signal }))).items,
    staleTime: 10 * 60_000,
  });
}

export function useRegion(code: string | undefined) {
  return useQuery({
    queryKey: keys.region(code ?? ''),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/regions/{code}', { params: { path: { code: code ?? '' } }, signal })),
    enabled: code !== undefined && code !== COUNTRY,
    staleTime: 10 * 60_000,
  });
}

/** The children of a region, shared by the tree and the breadcrumb through the query cache. */
export function fetchChildren(client: QueryClient, code: string) {
  return client.query({
    queryKey: keys.children(code),
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/v1/regions/{code}/children', { params: { path: { code } }, signal })))
        .items,
    staleTime: 10 * 60_000,
  });
}

export function useChildren(code: string | undefined, enabled = true) {
  return useQuery({
    queryKey: keys.children(code ?? ''),
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          api.GET('/api/v1/regions/{code}/children', { params: { path: { code: code ?? '' } }, signal }),
        )
      ).items,
    enabled: enabled && code !== undefined && code !== COUNTRY,
    staleTime: 10 * 60_000,
  });
}

/** One page of the household list; the previous page stays on screen while the next one loads. */
export function useHouseholdPage(query: HouseholdListQuery) {
  return useQuery({
    queryKey: keys.households(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/households', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useHousehold(id: number, year: number | undefined) {
  return useQuery({
    queryKey: keys.household(id, year),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/households/{id}', {
          params: { path: { id }, query: year === undefined ? {} : { year } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

const PAGE = 50;

export function useHistory(id: number) {
  return useInfiniteQuery({
    queryKey: keys.history(id),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/v1/households/{id}/history', {
          params: { path: { id }, query: { limit: PAGE, ...(pageParam ? { before: pageParam } : {}) } },
          signal,
        }),
      ),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAudit(entity: string, id: number) {
  return useInfiniteQuery({
    queryKey: keys.audit(entity, id),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/v1/audit', {
          params: {
            query: { entity, entityId: String(id), limit: PAGE, ...(pageParam ? { before: pageParam } : {}) },
          },
          signal,
        }),
      ),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The maintained statistics of a region and year (an index lookup on the server, never a registry scan). */
export function useStats(region: string, year: number | undefined) {
  return useQuery({
    queryKey: keys.stats(region, year),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/stats', {
          params: { query: year === undefined ? { region } : { region, year } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Every year of a region with households by status: the trend in one read of the maintained counters. */
export function useYearStats(region: string, enabled = true) {
  return useQuery({
    queryKey: keys.years(region),
    enabled,
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/v1/stats/years', { params: { query: { region } }, signal }))).years,
    staleTime: 5 * 60_000,
  });
}
