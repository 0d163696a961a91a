import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
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
  regionSearch: (q: string, level: number) => ['regions', 'search', q, level] as const,
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

/**
 * Regions of one level whose name holds `q`, anywhere the user may see (the server limits the search to
 * their grants), each with its breadcrumb. Nothing is asked for an empty text.
 */
export function useRegionSearch(q: string, level: number) {
  return useQuery({
    queryKey: keys.regionSearch(q, level),
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          api.GET('/api/v1/regions', { params: { query: { within: COUNTRY, q, level, limit: 20 } }, signal }),
        )
      ).items,
    enabled: q !== '',
    staleTime: 10 * 60_000,
    placeholderData: keepPreviousData,
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

/** Rows per page of a household's history and audit. */
export const LOG_PAGE = 50;

/** One page (from 1) of a household's change history, with the total; the page shown stays while the next loads. */
export function useHistory(id: number, page: number) {
  return useQuery({
    queryKey: [...keys.history(id), page],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/households/{id}/history', {
          params: { path: { id }, query: { limit: LOG_PAGE, page } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One page (from 1) of the audit trail of a record, with the total. */
export function useAudit(entity: string, id: number, page: number) {
  return useQuery({
    queryKey: [...keys.audit(entity, id), page],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/audit', {
          params: { query: { entity, entityId: String(id), limit: LOG_PAGE, page } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
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
