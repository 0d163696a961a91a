import { z } from 'zod';
import { SEARCH_LIMIT_MAX } from './service.ts';

/** Zod contracts of the regions API. */

const bilingual = z.object({ zh: z.string(), en: z.string() });

/** The error body every failing request gets (see src/app/http-errors.ts). */
export const regionErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: bilingual,
    fields: z.array(z.object({ field: z.string(), code: z.string(), message: bilingual })).optional(),
    details: z.record(z.string(), z.unknown()).optional(),
    requestId: z.string(),
  }),
});

export const regionCodeInput = z
  .string()
  .regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, 'a region code of 2, 4, 6, 9 or 12 digits')
  .describe('行政区划代码（2、4、6、9 或 12 位）/ region code of 2, 4, 6, 9 or 12 digits, e.g. 371324');

const level = z.number().int().min(1).max(5).describe('1 省 province … 5 村 village');

export const regionRefSchema = z.object({
  code: z.string().describe('12-digit code / 12 位代码'),
  level,
  name: z.string(),
});

export const regionNodeSchema = regionRefSchema.extend({
  childCount: z.number().int().describe('visible children / 可见的下级数'),
});

const path = z.array(regionRefSchema).describe('province → the region itself / 从省到本级');

export const regionDetailSchema = regionNodeSchema.extend({
  parentCode: z.string().nullable(),
  path,
});

export const regionHitSchema = regionRefSchema.extend({
  parentCode: z.string().nullable(),
  path,
});

export const regionCodeParams = z.object({ code: regionCodeInput });

export const regionNodeListSchema = z.object({ items: z.array(regionNodeSchema) });

export const regionSearchQuery = z.object({
  within: regionCodeInput.describe(
    '在此区划内查找（000000000000 为全国，即本人可见的全部范围）/ subtree to search; 000000000000 = whole country, i.e. all you may see',
  ),
  q: z.string().trim().min(1).max(50).describe('名称的一部分 / part of the name (case-insensitive)'),
  level: z.coerce.number().int().min(1).max(5).optional().describe('only this level / 只查此级'),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMIT_MAX).default(20),
});

export const regionHitListSchema = z.object({ items: z.array(regionHitSchema) });
