import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { reportUnauthorized } from '../../api/client.ts';
import { ApiError } from '../../api/errors.ts';
import type {
  Article,
  ArticleAction,
  ArticleFields,
  ArticleList,
  Column,
  ColumnKind,
  Footer,
  PortalImage,
  Revision,
  Site,
} from './types.ts';

/**
 * The portal's staff API (/api/v1/portal/*). Until the editorial routes are in the generated schema these
 * calls go through one small fetch wrapper that fails the house's way (ApiError, 401 ends the session).
 */
async function call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const form = body instanceof FormData;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'include',
      ...(signal ? { signal } : {}),
      ...(body === undefined ? {} : { body: form ? body : JSON.stringify(body) }),
      ...(body === undefined || form ? {} : { headers: { 'content-type': 'application/json' } }),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw ApiError.network(cause);
  }
  if (response.status === 401) reportUnauthorized();
  const data: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) throw ApiError.fromBody(response.status, data);
  return data as T;
}

/** Lists come as `{items}`; a bare array is taken as it is. */
const itemsOf = <T>(data: T[] | { items: T[] }): T[] => (Array.isArray(data) ? data : data.items);

const V1 = '/api/v1/portal';

export interface ArticleQuery {
  siteId: number;
  columnId?: number;
  state?: string;
  kind?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export const portalKeys = {
  sites: ['portal', 'sites'] as const,
  site: (id: number) => ['portal', 'sites', id] as const,
  columns: (siteId: number) => ['portal', 'columns', siteId] as const,
  images: (siteId: number) => ['portal', 'images', siteId] as const,
  articles: (query: ArticleQuery) => ['portal', 'articles', 'list', query] as const,
  article: (id: number) => ['portal', 'articles', 'one', id] as const,
  revisions: (id: number) => ['portal', 'articles', 'revisions', id] as const,
};

function searchOf(query: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  return search.toString();
}

export function useSites() {
  return useQuery({
    queryKey: portalKeys.sites,
    queryFn: async ({ signal }) =>
      itemsOf(await call<Site[] | { items: Site[] }>('GET', `${V1}/sites`, undefined, signal)),
  });
}

export function useSite(id: number) {
  return useQuery({
    queryKey: portalKeys.site(id),
    queryFn: ({ signal }) => call<Site>('GET', `${V1}/sites/${id}`, undefined, signal),
  });
}

export function useColumns(siteId: number | undefined) {
  return useQuery({
    queryKey: portalKeys.columns(siteId ?? 0),
    queryFn: async ({ signal }) =>
      itemsOf(
        await call<Column[] | { items: Column[] }>('GET', `${V1}/sites/${siteId}/columns`, undefined, signal),
      ),
    enabled: siteId !== undefined,
  });
}

export function useImages(siteId: number | undefined) {
  return useQuery({
    queryKey: portalKeys.images(siteId ?? 0),
    queryFn: async ({ signal }) =>
      itemsOf(
        await call<PortalImage[] | { items: PortalImage[] }>(
          'GET',
          `${V1}/sites/${siteId}/images`,
          undefined,
          signal,
        ),
      ),
    enabled: siteId !== undefined,
  });
}

export function useArticles(query: ArticleQuery) {
  return useQuery({
    queryKey: portalKeys.articles(query),
    queryFn: ({ signal }) => call<ArticleList>('GET', `${V1}/articles?${searchOf(query)}`, undefined, signal),
    placeholderData: keepPreviousData,
  });
}

export function useArticle(id: number | undefined) {
  return useQuery({
    queryKey: portalKeys.article(id ?? 0),
    queryFn: ({ signal }) => call<Article>('GET', `${V1}/articles/${id}`, undefined, signal),
    enabled: id !== undefined,
  });
}

export function useRevisions(id: number, enabled: boolean) {
  return useQuery({
    queryKey: portalKeys.revisions(id),
    queryFn: async ({ signal }) =>
      itemsOf(
        await call<Revision[] | { items: Revision[] }>(
          'GET',
          `${V1}/articles/${id}/revisions`,
          undefined,
          signal,
        ),
      ),
    enabled,
  });
}

/** After a write under the portal: everything of the portal is read again (lists, counts, the one edited). */
function useRefresh() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: ['portal'] });
}

function useWrite<I, O>(write: (input: I) => Promise<O>) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: write, onSuccess: refresh });
}

export const useCreateSite = () =>
  useWrite((body: { regionCode: string; name: string; footer?: Footer }) =>
    call<Site>('POST', `${V1}/sites`, body),
  );

export interface SitePatch {
  version: number;
  name?: string;
  footer?: Footer;
  logoImageId?: number | null;
  isPrimary?: boolean;
}
export const usePatchSite = (id: number) =>
  useWrite((body: SitePatch) => call<Site>('PATCH', `${V1}/sites/${id}`, body));

export interface ColumnInput {
  name: string;
  slug: string;
  kind: ColumnKind;
  position: number;
  staleDays: number | null;
}
export const useCreateColumn = (siteId: number) =>
  useWrite((body: ColumnInput) => call<Column>('POST', `${V1}/sites/${siteId}/columns`, body));
export const usePatchColumn = () =>
  useWrite(({ id, ...body }: Partial<ColumnInput> & { id: number; version: number }) =>
    call<Column>('PATCH', `${V1}/columns/${id}`, body),
  );

export const useCreateArticle = () =>
  useWrite((body: ArticleFields) => call<Article>('POST', `${V1}/articles`, body));
export const usePatchArticle = (id: number) =>
  useWrite((body: Partial<ArticleFields> & { version: number; note?: string }) =>
    call<Article>('PATCH', `${V1}/articles/${id}`, body),
  );

export interface ActionBody {
  action: ArticleAction;
  version: number;
  publishAt?: string;
  reason?: string;
}
/** A refused action (a stale version, a state moved meanwhile) reads the article again too: it shows what is. */
export function useArticleAction(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ActionBody) => call<Article>('POST', `${V1}/articles/${id}/actions`, body),
    onSettled: refresh,
  });
}

export const useUploadImage = () =>
  useWrite(({ siteId, file, alt }: { siteId: number; file: File; alt: string }) => {
    const form = new FormData();
    form.set('siteId', String(siteId));
    form.set('alt', alt);
    form.set('file', file);
    return call<PortalImage>('POST', `${V1}/images`, form);
  });
export const usePatchImage = () =>
  useWrite(({ id, alt }: { id: number; alt: string }) =>
    call<PortalImage>('PATCH', `${V1}/images/${id}`, { alt }),
  );
