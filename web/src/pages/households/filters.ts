import type { HouseholdListQuery } from '../../api/types.ts';

/** The list's filters as they stand in the URL (?status=01&cause=02&type=01&q=张&page=3). */
export interface ListFilters {
  status: string | undefined;
  cause: string | undefined;
  type: string | undefined;
  q: string | undefined;
}

export const FILTER_KEYS = ['status', 'cause', 'type', 'q'] as const;
export const PAGE_SIZE = 50;

function value(search: URLSearchParams, key: string, max: number): string | undefined {
  const text = search.get(key)?.trim();
  return text ? text.slice(0, max) : undefined;
}

export function readFilters(search: URLSearchParams): ListFilters {
  return {
    status: value(search, 'status', 2),
    cause: value(search, 'cause', 2),
    type: value(search, 'type', 2),
    q: value(search, 'q', 50),
  };
}

/** The page in the URL (`?page=3`), from 1; anything else is the first page. */
export function readPage(search: URLSearchParams): number {
  const page = Number(search.get('page'));
  return Number.isSafeInteger(page) && page > 1 ? page : 1;
}

/** The last page of `total` rows (1 when there are none), where a page beyond the end is taken back to. */
export function lastPage(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** The API query of one page: only the filters that are set, and the page when it is not the first. */
export function listQuery(
  region: string,
  year: number | undefined,
  filters: ListFilters,
  page: number,
): HouseholdListQuery {
  const query: HouseholdListQuery = { region, limit: PAGE_SIZE };
  if (year !== undefined) query.year = year;
  for (const key of FILTER_KEYS) {
    const v = filters[key];
    if (v !== undefined) query[key] = v;
  }
  if (page > 1) query.page = page;
  return query;
}

/**
 * The XLSX export of the current filter (`GET /api/v1/exports`): the same region, year, codes and member search
 * as the list, so the download holds every household the list would page through.
 */
export function exportHref(region: string, year: number | undefined, filters: ListFilters): string {
  const query = new URLSearchParams({ region });
  if (year !== undefined) query.set('year', String(year));
  for (const key of FILTER_KEYS) {
    const v = filters[key];
    if (v !== undefined) query.set(key, v);
  }
  query.set('format', 'xlsx');
  return `/api/v1/exports?${query.toString()}`;
}
