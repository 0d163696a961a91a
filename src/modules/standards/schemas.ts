import { z } from 'zod';
import { queryYearSchema } from '../registry/schemas.ts';

/**
 * Contracts of the standards API. They check shapes only; ranges are domain rules (rules.ts), which answer
 * in both languages and name each field.
 */
export const standardsQuery = z.object({
  year: queryYearSchema.optional().describe('one year; default: all years'),
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .describe('2-digit province code: its own lines and the national ones; default: national lines only'),
});

export const yearParam = z.object({ year: z.coerce.number().describe('year / 年度 (2013–2100)') });
export const provinceParams = yearParam.extend({
  province: z.string().describe('2-digit province code / 省级代码（两位）'),
});

export const standardBody = z.object({
  line: z.number().describe('poverty line, yuan per person per year / 贫困线（元/人·年）, > 0'),
  monitoringMultiplier: z
    .number()
    .optional()
    .describe('monitoring range = line × this / 监测范围倍数, 1–3, default 1.5'),
  reason: z.string().describe('why the line is set or changed / 调整理由 (required, ≤ 500)'),
});

export const standardVersionSchema = z.object({
  standardId: z.number(),
  version: z.number(),
  line: z.number(),
  monitoringMultiplier: z.number(),
  monitoringLine: z.number(),
  reason: z.string(),
  changedBy: z.string(),
  changedAt: z.string(),
});

export const standardLineSchema = standardVersionSchema.extend({
  year: z.number(),
  province: z.string().nullable().describe('null: the national line'),
  history: z.array(standardVersionSchema).describe('earlier versions, newest first'),
});

export const effectiveStandardSchema = z.object({
  year: z.number(),
  standardId: z.number(),
  line: z.number(),
  monitoringMultiplier: z.number(),
  monitoringLine: z.number(),
  source: z.enum(['national', 'provincial']),
  province: z.string().nullable(),
});

export const standardsListSchema = z.object({
  items: z.array(standardLineSchema).describe('each configured year and scope, the version in force first'),
  effective: z
    .array(effectiveStandardSchema)
    .describe('per year, the line in force for the requested province (or the national line)'),
});

export type StandardsQuery = z.infer<typeof standardsQuery>;
export type StandardLine = z.infer<typeof standardLineSchema>;
