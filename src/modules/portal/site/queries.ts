import type { Queryable } from '../../../db/types.ts';
import { padCode, prefixOf, subtreeRange } from '../../regions/region-code.ts';
import type { Footer } from '../schemas.ts';

/**
 * The public reads of sites: which site a path names, the primary one, the sites around one. A site is named
 * in URLs by its region's short code (6 digits for a county, 9 for a town). Everything here is public: a site
 * and its columns hold nothing private.
 */

export type ColumnKind = 'articles' | 'notices' | 'disclosures' | 'complaints';

export interface SiteColumn {
  id: number;
  slug: string;
  name: string;
  kind: ColumnKind;
}

export interface Site {
  id: number;
  regionCode: string;
  /** 371324 or 371324106: the `{site}` of /s/{site}/. */
  shortCode: string;
  name: string;
  logo: { id: number; alt: string } | null;
  footer: Footer;
  isPrimary: boolean;
  /** In their order on the site's navigation. */
  columns: SiteColumn[];
}

/** A link to another site of the same county. */
export interface SiteLink {
  shortCode: string;
  name: string;
  level: 'county' | 'town';
}

interface SiteRow extends Omit<Site, 'shortCode' | 'logo'> {
  logoId: number | null;
  logoAlt: string | null;
}

const SITE_SELECT = `SELECT s.id, s.region_code AS "regionCode", s.name, s.footer, s.is_primary AS "isPrimary",
    s.logo_image_id AS "logoId", i.alt AS "logoAlt",
    COALESCE((SELECT jsonb_agg(jsonb_build_object('id', c.id, 'slug', c.slug, 'name', c.name, 'kind', c.kind)
                               ORDER BY c.position, c.id)
              FROM portal_columns c WHERE c.site_id = s.id), '[]'::jsonb) AS columns
  FROM portal_sites s LEFT JOIN portal_images i ON i.id = s.logo_image_id`;

function toSite({ logoId, logoAlt, ...row }: SiteRow): Site {
  return {
    ...row,
    shortCode: prefixOf(row.regionCode),
    logo: logoId === null ? null : { id: logoId, alt: logoAlt ?? '' },
  };
}

/** The site of `/s/{shortCode}/`, or undefined for anything that is not a county's or town's code with a site. */
export async function siteByShortCode(q: Queryable, shortCode: string): Promise<Site | undefined> {
  if (!/^(\d{6}|\d{9})$/.test(shortCode)) return undefined;
  const [row] = await q.query<SiteRow>(`${SITE_SELECT} WHERE s.region_code = $1`, [padCode(shortCode)]);
  return row && toSite(row);
}

/** The site at `/`: the one marked primary, else the first by region code; undefined when there is none. */
export async function primarySite(q: Queryable): Promise<Site | undefined> {
  const [row] = await q.query<SiteRow>(`${SITE_SELECT} ORDER BY s.is_primary DESC, s.region_code LIMIT 1`);
  return row && toSite(row);
}

/** The other sites of the site's county (the county's own and its towns'), county first. */
export async function siblingSites(q: Queryable, site: Site): Promise<SiteLink[]> {
  const [lo, hi] = subtreeRange(padCode(site.regionCode.slice(0, 6)));
  const rows = await q.query<{ regionCode: string; name: string }>(
    `SELECT region_code AS "regionCode", name FROM portal_sites
     WHERE region_code BETWEEN $1 AND $2 AND id <> $3 ORDER BY region_code`,
    [lo, hi, site.id],
  );
  return rows.map((r) => {
    const shortCode = prefixOf(r.regionCode);
    return { shortCode, name: r.name, level: shortCode.length === 6 ? 'county' : 'town' };
  });
}

/** Every site, for the sitemap. */
export async function allSites(q: Queryable): Promise<Site[]> {
  const rows = await q.query<SiteRow>(`${SITE_SELECT} ORDER BY s.region_code`);
  return rows.map(toSite);
}
