import type { HouseholdListQuery } from '../../api/types.ts';

/** The list's filters as they stand in the URL (?status=01&cause=02&type=01&q=张&after=123). */
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

export function readCursor(search: URLSearchParams): number | undefined {
  const after = Number(search.get('after'));
  return Number.isSafeInteger(after) && after > 0 ? after : undefined;
}

/** The API query of one page: only the filters that are set. */
export function listQuery(
  region: string,
  year: number | undefined,
  filters: ListFilters,
  after: number | undefined,
): HouseholdListQuery {
  const query: HouseholdListQuery = { region, limit: PAGE_SIZE };
  if (year !== undefined) query.year = year;
  for (const key of FILTER_KEYS) {
    const v = filters[key];
    if (v !== undefined) query[key] = v;
  }
  if (after !== undefined) query.after = after;
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
