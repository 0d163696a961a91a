/** The URLs of a site's pages: /s/{shortCode}/{rest}. */
export function sitePath(site: { shortCode: string }, rest = ''): string {
  return `/s/${site.shortCode}/${rest.replace(/^\/+/, '')}`;
}

export const columnPath = (site: { shortCode: string }, slug: string, page = 1) =>
  sitePath(site, `c/${slug}/${page > 1 ? `?page=${page}` : ''}`);

export const articlePath = (site: { shortCode: string }, id: number) => sitePath(site, `a/${id}`);

export const noticePath = (site: { shortCode: string }, serial: string) =>
  sitePath(site, `notices/${encodeURIComponent(serial)}`);
