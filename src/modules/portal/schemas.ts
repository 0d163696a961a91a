import { z } from 'zod';
import { regionCodeSchema } from '../registry/schemas.ts';

/**
 * Shapes of the portal shared by the staff API, the public site and the demo: a site's footer and the fields of
 * a fund and project disclosure (资金项目公告公示). The staff API's own shapes are in sites/ and articles/.
 */
const text = (max: number) => z.string().trim().min(1).max(max);
const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('YYYY-MM-DD');

/** A link a footer may carry: to another site over http(s), or a path on this one (never `//host`). */
export const linkSchema = z
  .string()
  .trim()
  .max(300)
  .regex(/^(https?:\/\/\S+|\/([^/\s]\S*)?)$/, 'http(s) URL or a local path');

/** What the foot of every page of a site says; every line optional (the self-inspection points at gaps). */
export const footerSchema = z
  .object({
    sponsor: text(100).optional().describe('主办单位 / sponsor'),
    organizer: text(100).optional().describe('承办单位 / organiser'),
    siteId: text(40).optional().describe('网站标识码 / government site code'),
    icp: text(60).optional().describe('ICP备案号 / ICP licence'),
    police: text(60).optional().describe('公安机关备案号 / public security filing'),
    contact: text(200).optional().describe('联系方式 / contact'),
    supervision: text(60).optional().describe('监督电话 / supervision line, e.g. 12317'),
    errorReportUrl: linkSchema.optional().describe('找错 / where to report an error'),
  })
  .strict();
export type Footer = z.infer<typeof footerSchema>;

export const FUND_SOURCES = ['central', 'provincial', 'city', 'county', 'other'] as const;
export const fundSourceSchema = z.enum(FUND_SOURCES);

/** Amounts in yuan with at most two decimals. */
const amountSchema = z
  .number()
  .nonnegative()
  .max(1e12)
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'at most two decimals');

/** The least days a disclosure stays published before it may be withdrawn. */
export const DISCLOSURE_MIN_DAYS = 10;

export const disclosureSchema = z
  .object({
    projectName: text(100).describe('项目名称 / project'),
    village: regionCodeSchema.describe('实施地点（村） / village code'),
    villageName: text(60).describe('实施地点名称 / village name'),
    content: text(2000).describe('建设内容及规模 / what is built and how much'),
    funds: z
      .array(z.object({ source: fundSourceSchema, amount: amountSchema }).strict())
      .min(1)
      .max(FUND_SOURCES.length)
      .describe('资金来源 / funds by source (yuan)'),
    total: amountSchema.describe('资金总额（元） / total funds (yuan)'),
    periodFrom: dateSchema.describe('实施期限起 / from'),
    periodTo: dateSchema.describe('实施期限止 / to'),
    responsibleUnit: text(100).describe('责任单位 / responsible unit'),
    beneficiaryHouseholds: z
      .number()
      .int()
      .min(0)
      .max(1_000_000)
      .describe('受益户数 / households benefiting'),
    namesAllowed: z.boolean().default(false).describe('可公开受益人姓名 / names may be published'),
    beneficiaryNames: z
      .array(text(30))
      .max(500)
      .optional()
      .describe('受益人姓名（仅规定允许时） / names, only where the rules allow'),
    expectedBenefit: text(1000).describe('预期效益 / expected benefit'),
    supervisionPhone: z
      .string()
      .trim()
      .regex(/^[0-9-]{5,20}$/, 'a phone number')
      .describe('监督电话 / supervision line'),
  })
  .strict()
  .superRefine((d, ctx) => {
    const sum = d.funds.reduce((acc, f) => acc + Math.round(f.amount * 100), 0);
    if (sum !== Math.round(d.total * 100)) {
      ctx.addIssue({ code: 'custom', path: ['total'], message: 'total must equal the sum of the funds' });
    }
    if (new Set(d.funds.map((f) => f.source)).size !== d.funds.length) {
      ctx.addIssue({ code: 'custom', path: ['funds'], message: 'one line per source' });
    }
    if (d.periodFrom > d.periodTo) {
      ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'the period ends before it starts' });
    }
    if (d.beneficiaryNames?.length && !d.namesAllowed) {
      ctx.addIssue({
        code: 'custom',
        path: ['beneficiaryNames'],
        message: 'names are published only where the rules allow (namesAllowed)',
      });
    }
  });
export type Disclosure = z.infer<typeof disclosureSchema>;
