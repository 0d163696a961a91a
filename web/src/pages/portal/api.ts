import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type {
  ActionBody,
  Article,
  ArticleFields,
  ArticlePatch,
  ArticleQuery,
  ColumnInput,
  ColumnPatch,
  CreatedArticle,
  CreatedSite,
  CreateSiteBody,
  SitePatch,
} from './types.ts';

/** The portal's staff API (/api/v1/portal/*) as queries and mutations of the editorial pages. */
export const portalKeys = {
  sites: ['portal', 'sites'] as const,
  site: (id: number) => ['portal', 'sites', id] as const,
  columns: (siteId: number) => ['portal', 'columns', siteId] as const,
  images: (siteId: number) => ['portal', 'images', siteId] as const,
  articles: (query: ArticleQuery) => ['portal', 'articles', 'list', query] as const,
  article: (id: number) => ['portal', 'articles', 'one', id] as const,
  revisions: (id: number) => ['portal', 'articles', 'revisions', id] as const,
};

const path = (id: number) => ({ params: { path: { id } } });

export function useSites() {
  return useQuery({
    queryKey: portalKeys.sites,
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/v1/portal/sites', { signal }))).items,
  });
}

export function useSite(id: number) {
  return useQuery({
    queryKey: portalKeys.site(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/portal/sites/{id}', { ...path(id), signal })),
  });
}

export function useColumns(siteId: number) {
  return useQuery({
    queryKey: portalKeys.columns(siteId),
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/v1/portal/sites/{id}/columns', { ...path(siteId), signal }))).items,
  });
}

export function useImages(siteId: number) {
  return useQuery({
    queryKey: portalKeys.images(siteId),
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/v1/portal/sites/{id}/images', { ...path(siteId), signal }))).items,
  });
}

export function useArticles(query: ArticleQuery) {
  return useQuery({
    queryKey: portalKeys.articles(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/portal/articles', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useArticle(id: number | undefined) {
  return useQuery({
    queryKey: portalKeys.article(id ?? 0),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/portal/articles/{id}', { ...path(id ?? 0), signal })),
    enabled: id !== undefined,
  });
}

export function useRevisions(id: number) {
  return useQuery({
    queryKey: portalKeys.revisions(id),
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/v1/portal/articles/{id}/revisions', { ...path(id), signal }))).items,
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
  useWrite((body: CreateSiteBody): Promise<CreatedSite> =>
    unwrap(api.POST('/api/v1/portal/sites', { body })),
  );
export const usePatchSite = (id: number) =>
  useWrite((body: SitePatch) => unwrap(api.PATCH('/api/v1/portal/sites/{id}', { ...path(id), body })));

export const useCreateColumn = (siteId: number) =>
  useWrite((body: ColumnInput) =>
    unwrap(api.POST('/api/v1/portal/sites/{id}/columns', { ...path(siteId), body })),
  );
export const usePatchColumn = () =>
  useWrite(({ id, ...body }: ColumnPatch & { id: number }) =>
    unwrap(api.PATCH('/api/v1/portal/columns/{id}', { ...path(id), body })),
  );

export const useCreateArticle = () =>
  useWrite((body: ArticleFields): Promise<CreatedArticle> =>
    unwrap(api.POST('/api/v1/portal/articles', { body })),
  );
export const usePatchArticle = (id: number) =>
  useWrite((body: ArticlePatch): Promise<Article> =>
    unwrap(api.PATCH('/api/v1/portal/articles/{id}', { ...path(id), body })),
  );

/** A refused action (a stale version, a state moved meanwhile) reads the article again too: it shows what is. */
export function useArticleAction(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ActionBody) =>
      unwrap(api.POST('/api/v1/portal/articles/{id}/actions', { ...path(id), body })),
    onSettled: refresh,
  });
}

/** Uploads one image; the text fields go first, so the server has the site and alt before the bytes. */
function uploadImage({ siteId, file, alt }: { siteId: number; file: File; alt: string }) {
  const form = new FormData();
  form.append('siteId', String(siteId));
  form.append('alt', alt);
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/v1/portal/images', {
      body: form as never,
      bodySerializer: (body: unknown) => body as FormData,
    }),
  );
}

export const useUploadImage = () => useWrite(uploadImage);
export const usePatchImage = () =>
  useWrite(({ id, alt }: { id: number; alt: string }) =>
    unwrap(api.PATCH('/api/v1/portal/images/{id}', { ...path(id), body: { alt } })),
  );
