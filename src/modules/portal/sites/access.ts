import { notFound } from '../../../app/errors.ts';
import type { Queryable } from '../../../db/types.ts';
import { permits, type Permission } from '../../access/permissions.ts';
import { forbidden, requireAccess } from '../../access/require-access.ts';
import type { Actor } from '../../auth/actor.ts';

/**
 * The portal's rows answer to the region of their site (access/permissions.ts). A site, or what hangs on it
 * (a column, an image, a new article), is reached through the site: hidden (404) from whoever may read no
 * site there, refused (403) to a role that reads it but may not do this.
 */
export async function requireSite(
  q: Queryable,
  actor: Actor,
  siteId: number,
  permission: Permission,
  options: { lock?: boolean } = {},
): Promise<string> {
  const regions = await requireAccess(q, actor, 'site.read', [siteId], options);
  const region = regions.get(String(siteId))!;
  if (!permits(actor, permission, region)) throw forbidden();
  return region;
}

/** A region asked for by code (a new site): 404 unless the actor may read sites there, 403 unless manage. */
export function requireSiteRegion(actor: Actor, permission: Permission, regionCode: string): void {
  if (!permits(actor, 'site.read', regionCode)) throw notFound('region', regionCode);
  if (!permits(actor, permission, regionCode)) throw forbidden();
}

/** ISO text of a timestamp as the database returns it (a Date on both adapters), null kept. */
export function isoOrNull(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
