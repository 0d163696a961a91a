/**
 * The portal pages' state in the URL: which site of the region is open and the article list's filters and
 * page (`?site=3&column=12&state=draft&kind=article&q=春耕&page=2`), so a reload or a shared link keeps them.
 */
import { isWithin } from '../../region/code.ts';
import type { ArticleKind, ArticleQuery, ArticleState, Site } from './types.ts';

export const PAGE_SIZE = 20;
export const ARTICLE_STATES: readonly ArticleState[] = [
  'draft',
  'in_review',
  'scheduled',
  'published',
  'withdrawn',
];
export const ARTICLE_KINDS: readonly ArticleKind[] = ['article', 'disclosure'];

export interface ArticleFilters {
  columnId?: number;
  state?: ArticleState;
  kind?: ArticleKind;
  q: string;
  page: number;
}

const positive = (value: string | null): number | undefined => {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 1 ? n : undefined;
};
const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.find((item) => item === value);

/** The filters from the URL; anything malformed is left out rather than sent. */
export function readFilters(search: URLSearchParams): ArticleFilters {
  return {
    ...optional('columnId', positive(search.get('column'))),
    ...optional('state', oneOf(ARTICLE_STATES, search.get('state'))),
    ...optional('kind', oneOf(ARTICLE_KINDS, search.get('kind'))),
    q: (search.get('q') ?? '').slice(0, 100),
    page: positive(search.get('page')) ?? 1,
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

export function articleQuery(siteId: number, filters: ArticleFilters): ArticleQuery {
  const q = filters.q.trim();
  return {
    siteId,
    ...optional('columnId', filters.columnId),
    ...optional('state', filters.state),
    ...optional('kind', filters.kind),
    ...(q ? { q } : {}),
    page: filters.page,
    pageSize: PAGE_SIZE,
  };
}

/**
 * The sites a region's pages show: the sites inside the region (a county and its towns), or, from a village,
 * the sites of the town and county above it, the nearest first. Inside, the county comes first, then by code.
 */
export function sitesInScope(sites: readonly Site[], code: string): Site[] {
  const byCode = (a: Site, b: Site) => a.regionCode.localeCompare(b.regionCode);
  const inside = sites.filter((s) => isWithin(s.regionCode, code)).sort(byCode);
  if (inside.length > 0) return inside;
  return sites.filter((s) => isWithin(code, s.regionCode)).sort((a, b) => byCode(b, a));
}

/** The site the URL names when it is one of those shown, else the first of them. */
export function chosenSite(sites: readonly Site[], search: URLSearchParams): Site | undefined {
  const id = positive(search.get('site'));
  return sites.find((s) => s.id === id) ?? sites[0];
}

/** The URL after a change of filters, keeping the site; the first page and empty filters are left out. */
export function writeFilters(search: URLSearchParams, filters: ArticleFilters): URLSearchParams {
  const next = new URLSearchParams();
  const site = search.get('site');
  if (site) next.set('site', site);
  if (filters.columnId !== undefined) next.set('column', String(filters.columnId));
  if (filters.state) next.set('state', filters.state);
  if (filters.kind) next.set('kind', filters.kind);
  if (filters.q.trim()) next.set('q', filters.q.trim());
  if (filters.page > 1) next.set('page', String(filters.page));
  return next;
}
