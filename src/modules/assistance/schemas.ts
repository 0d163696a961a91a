import { z } from 'zod';
import { pageQuery, totalSchema } from '../../app/paging.ts';
import { regionCodeSchema } from '../registry/schemas.ts';

/** Contracts of the assistance measures (帮扶措施, issue 13 §4): per household and year. */
export const MEASURE_CATEGORIES = [
  'industry',
  'employment',
  'micro_credit',
  'welfare_job',
  'health',
  'compulsory_education',
  'other_education',
  'social_protection',
  'housing_safety',
  'drinking_water',
  'social_assistance',
  'relocation',
  'living_conditions',
  'infrastructure',
] as const;
export type MeasureCategory = (typeof MEASURE_CATEGORIES)[number];

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .describe('YYYY-MM-DD');
const amount = z
  .number()
  .nonnegative()
  .max(1e12)
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'at most two decimals')
  .describe('金额（元） / amount in yuan');

const fields = {
  category: z.enum(MEASURE_CATEGORIES).describe('措施类别（代码表 measure_category） / category'),
  description: z.string().trim().min(1).max(1000).describe('措施内容 / what is done'),
  amount: amount.nullable().optional(),
  provider: z.string().trim().max(100).nullable().optional().describe('帮扶单位或提供方 / provider'),
  startOn: day.describe('开始日期（可为一年内的计划日期） / start, may be planned up to a year ahead'),
  endOn: day.nullable().optional().describe('结束日期 / end'),
  development: z
    .boolean()
    .optional()
    .describe('开发式帮扶（不填按类别默认） / development-type; default by category'),
};

export const createMeasureBody = z
  .object({
    householdId: z.number().int().positive(),
    year: z.number().int().min(2013).max(2100),
    ...fields,
  })
  .strict();
export type CreateMeasureInput = z.infer<typeof createMeasureBody>;

export const updateMeasureBody = z
  .object({
    version: z.number().int().positive().describe('读取时的版本号 / version read'),
    year: z.number().int().min(2013).max(2100).optional(),
    category: fields.category.optional(),
    description: fields.description.optional(),
    amount: fields.amount,
    provider: fields.provider,
    startOn: fields.startOn.optional(),
    endOn: fields.endOn,
    development: fields.development,
  })
  .strict();
export type UpdateMeasureInput = z.infer<typeof updateMeasureBody>;

export const measureIdParam = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53),
});

export const listMeasuresQuery = z.object({
  householdId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53)
    .optional(),
  region: regionCodeSchema.optional(),
  year: z.coerce.number().int().min(2013).max(2100).optional(),
  page: pageQuery,
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const measureSchema = z.object({
  id: z.number(),
  householdId: z.number(),
  householdNo: z.string(),
  headName: z.string().nullable(),
  regionCode: z.string(),
  year: z.number(),
  category: z.enum(MEASURE_CATEGORIES),
  description: z.string(),
  amount: z.number().nullable(),
  provider: z.string().nullable(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  development: z.boolean(),
  projectId: z.number().nullable(),
  version: z.number(),
});
export type Measure = z.infer<typeof measureSchema>;

export const measureListSchema = z.object({ items: z.array(measureSchema), total: totalSchema });

export const lateQuery = z.object({
  region: regionCodeSchema,
  page: pageQuery,
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const lateSchema = z.object({
  items: z.array(
    z.object({
      householdId: z.number(),
      householdNo: z.string(),
      headName: z.string().nullable(),
      regionCode: z.string(),
      regionName: z.string().nullable(),
      caseId: z.number(),
      caseType: z.string(),
      decidedOn: z.string().describe('认定（纳入监测）日期 / the decision'),
      flaggedOn: z.string().describe('标记日期（期限届满） / flagged when the deadline passed'),
      problemId: z.number(),
      problemState: z.string(),
      measuresSince: z.number().describe('此后登记的措施数 / measures recorded since'),
    }),
  ),
  total: totalSchema,
});
