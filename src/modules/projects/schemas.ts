import { z } from 'zod';
import { pageQuery, totalSchema } from '../../app/paging.ts';
import { regionCodeSchema } from '../registry/schemas.ts';
import { FUND_SOURCES, fundSourceSchema } from '../portal/schemas.ts';

/** Contracts of the projects and their funds (项目资金, issue 13 §5). Amounts in yuan. */
export const PROJECT_TYPES = [
  'industry',
  'infrastructure',
  'employment',
  'education',
  'health',
  'housing',
  'water',
  'relocation',
  'other',
] as const;
export const PROJECT_STATES = ['planned', 'in_progress', 'completed', 'accepted', 'cancelled'] as const;
export type ProjectState = (typeof PROJECT_STATES)[number];
export type FundSource = (typeof FUND_SOURCES)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const amount = z
  .number()
  .nonnegative()
  .max(1e12)
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'at most two decimals');
const text = (max: number) => z.string().trim().min(1).max(max);

export const fundsInput = z
  .object({
    central: amount.optional().describe('中央财政 / central'),
    provincial: amount.optional().describe('省级财政 / provincial'),
    city: amount.optional().describe('市级财政 / city'),
    county: amount.optional().describe('县级财政 / county'),
    other: amount.optional().describe('其他资金 / other'),
  })
  .strict();

const editable = {
  name: text(100).describe('项目名称 / name'),
  type: z.enum(PROJECT_TYPES).describe('项目类型（代码表 project_type） / type'),
  villageCodes: z.array(regionCodeSchema).min(1).max(100).describe('实施村 / villages'),
  contentScale: text(2000).describe('建设内容及规模 / content and scale'),
  funds: fundsInput.describe('资金来源（元） / funds by source, yuan'),
  periodFrom: day.describe('实施期限起 / from'),
  periodTo: day.describe('实施期限止 / to'),
  responsibleUnit: text(100).describe('责任单位 / responsible unit'),
  contractor: z.string().trim().max(100).nullable().optional().describe('实施单位 / contractor'),
  expectedBenefit: z.string().trim().max(1000).nullable().optional().describe('预期效益 / expected benefit'),
};

export const createProjectBody = z
  .object({
    regionCode: regionCodeSchema.describe('管理项目的县或乡镇 / the county or town keeping it'),
    ...editable,
  })
  .strict();
export type CreateProjectInput = z.infer<typeof createProjectBody>;

export const updateProjectBody = z
  .object({
    version: z.number().int().positive().describe('读取时的版本号 / version read'),
    name: editable.name.optional(),
    type: editable.type.optional(),
    villageCodes: editable.villageCodes.optional(),
    contentScale: editable.contentScale.optional(),
    funds: editable.funds.optional(),
    periodFrom: editable.periodFrom.optional(),
    periodTo: editable.periodTo.optional(),
    responsibleUnit: editable.responsibleUnit.optional(),
    contractor: editable.contractor,
    expectedBenefit: editable.expectedBenefit,
    state: z
      .enum(PROJECT_STATES)
      .optional()
      .describe('planned → in_progress → completed → accepted, or cancelled'),
  })
  .strict();
export type UpdateProjectInput = z.infer<typeof updateProjectBody>;

export const beneficiariesBody = z
  .object({
    householdIds: z.array(z.number().int().positive()).max(5000).describe('受益户 / households benefiting'),
    version: z.number().int().positive().optional().describe('读取时的版本号 / version read'),
  })
  .strict();

export const disbursementBody = z
  .object({
    paidOn: day.describe('拨付日期 / paid on'),
    amount: amount.refine((n) => n > 0, 'more than 0').describe('金额（元） / amount'),
    source: fundSourceSchema.describe('资金来源 / source'),
    voucherNo: text(50).describe('凭证号 / voucher'),
    payee: z.string().trim().max(100).optional().describe('收款方 / payee'),
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type DisbursementInput = z.infer<typeof disbursementBody>;

export const disclosureBody = z
  .object({
    namesAllowed: z
      .boolean()
      .default(false)
      .describe('公开受益户户主姓名（仅规定允许时） / publish the heads’ names, only where the rules allow'),
  })
  .strict();

export const projectIdParam = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53),
});

export const listProjectsQuery = z.object({
  region: regionCodeSchema,
  type: z.enum(PROJECT_TYPES).optional(),
  state: z.enum(PROJECT_STATES).optional(),
  village: regionCodeSchema.optional(),
  page: pageQuery,
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

const fundsSchema = z.object({
  central: z.number(),
  provincial: z.number(),
  city: z.number(),
  county: z.number(),
  other: z.number(),
  total: z.number(),
});

const disbursementSchema = z.object({
  id: z.number(),
  paidOn: z.string(),
  amount: z.number(),
  source: fundSourceSchema,
  voucherNo: z.string(),
  payee: z.string().nullable(),
  note: z.string().nullable(),
});

const summaryShape = {
  id: z.number(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  name: z.string(),
  type: z.enum(PROJECT_TYPES),
  villageCodes: z.array(z.string()),
  villages: z.array(z.object({ code: z.string(), name: z.string() })),
  contentScale: z.string(),
  funds: fundsSchema,
  periodFrom: z.string(),
  periodTo: z.string(),
  responsibleUnit: z.string(),
  contractor: z.string().nullable(),
  expectedBenefit: z.string().nullable(),
  state: z.enum(PROJECT_STATES),
  beneficiaryCount: z.number(),
  disbursed: z.number(),
  disclosureArticleId: z.number().nullable(),
  version: z.number(),
};
export const projectSummarySchema = z.object(summaryShape);
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

export const projectSchema = z.object({
  ...summaryShape,
  disbursements: z.array(disbursementSchema),
  disbursedBySource: z.object({
    central: z.number(),
    provincial: z.number(),
    city: z.number(),
    county: z.number(),
    other: z.number(),
  }),
  beneficiaries: z.array(
    z.object({
      householdId: z.number(),
      householdNo: z.string(),
      headName: z.string().nullable(),
      villageCode: z.string(),
    }),
  ),
});
export type Project = z.infer<typeof projectSchema>;

export const projectListSchema = z.object({ items: z.array(projectSummarySchema), total: totalSchema });
export const disclosureResultSchema = z.object({ articleId: z.number(), siteId: z.number() });
