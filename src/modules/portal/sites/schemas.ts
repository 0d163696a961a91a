import { z } from 'zod';
import { footerSchema } from '../schemas.ts';

/** Contracts of the staff API of sites and columns (/api/v1/portal/sites, /api/v1/portal/columns). */
const version = z.number().int().positive().describe('读取时的版本号 / version read');

export const siteCodeSchema = z
  .string()
  .regex(/^\d{6}(000000|\d{3}000)$/, 'a county or town code (12 digits)')
  .describe('县或乡镇的 12 位区划代码 / a county or town code');

export const COLUMN_KINDS = ['articles', 'notices', 'disclosures', 'complaints'] as const;
export const columnKindSchema = z.enum(COLUMN_KINDS);

export const columnSchema = z.object({
  id: z.number(),
  siteId: z.number(),
  slug: z.string(),
  name: z.string(),
  kind: columnKindSchema,
  position: z.number(),
  staleDays: z.number().nullable(),
  version: z.number(),
});
export type Column = z.infer<typeof columnSchema>;

export const siteSchema = z.object({
  id: z.number(),
  regionCode: z.string(),
  regionName: z.string(),
  name: z.string(),
  logoImageId: z.number().nullable(),
  footer: footerSchema,
  isPrimary: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Site = z.infer<typeof siteSchema>;

export const siteDetailSchema = siteSchema.extend({ columns: z.array(columnSchema) });
export const siteListResponse = z.object({ items: z.array(siteSchema) });

const siteName = z.string().trim().min(1).max(60).describe('网站名称 / site name');

export const createSiteBody = z
  .object({ regionCode: siteCodeSchema, name: siteName, footer: footerSchema.optional() })
  .strict();

export const updateSiteBody = z
  .object({
    version,
    name: siteName.optional(),
    footer: footerSchema.optional(),
    logoImageId: z.number().int().positive().nullable().optional().describe('网站标志图片 / logo image'),
    isPrimary: z.boolean().optional().describe('作为门户首页 / the site at `/`'),
  })
  .strict();

const slug = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes')
  .describe('栏目地址名 / slug');
const columnName = z.string().trim().min(1).max(30).describe('栏目名称 / column name');
const position = z.number().int().min(0).max(1000).describe('排序 / position');
const staleDays = z.number().int().min(1).max(3650).nullable().describe('更新期限（天） / stale after days');

export const createColumnBody = z
  .object({
    slug,
    name: columnName,
    kind: columnKindSchema.default('articles'),
    position: position.optional(),
    staleDays: staleDays.optional(),
  })
  .strict();

export const updateColumnBody = z
  .object({
    version,
    slug: slug.optional(),
    name: columnName.optional(),
    kind: columnKindSchema.optional(),
    position: position.optional(),
    staleDays: staleDays.optional(),
  })
  .strict();

export const columnListResponse = z.object({ items: z.array(columnSchema) });
