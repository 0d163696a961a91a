import { z } from 'zod';
import { regionCodeSchema } from '../registry/schemas.ts';
import { humanCheckFields } from '../portal/human-check.ts';
import { caseTypeSchema, noticeSummarySchema, objectionSchema } from './schemas.ts';

/**
 * Contracts of the notices' and objections' API (the shapes shared with the cases module — the notice summary
 * and the objection — are in schemas.ts). A notice's serial is its public key: county, year, number.
 */
const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);

export const noticeLevelSchema = z.enum(['village', 'town', 'county', 'announcement']);

export const serialParam = z.object({
  serial: z
    .string()
    .regex(/^\d{6}-\d{4}-\d{6,}$/)
    .max(40)
    .describe('公示编号 / notice serial, e.g. 371324-2026-000123'),
});

const listFields = {
  regionCode: regionCodeSchema.optional().describe('地区（含下级） / region subtree'),
  after: z.coerce.number().int().nonnegative().optional().describe('游标：上一页最后一条的 id / cursor'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
};

export const staffListQuery = z.object({
  ...listFields,
  level: noticeLevelSchema.optional().describe('公示级别 / notice level'),
  active: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: 公示期内且未结束 / in its period and not ended'),
});

export const publicListQuery = z.object(listFields);

/** What a notice shows: names and places only, never an ID number, phone, bank account or health detail. */
export const noticeRowSchema = z.object({
  name: z.string().describe('户主姓名或地区名称 / head of household, or the village or county'),
  size: z.number().nullable().describe('家庭人口 / household size'),
  village: z.string().nullable(),
  reason: z.string(),
});

export const noticeBodySchema = z.object({
  procedure: z.string(),
  kind: z.string().describe('公示 or 公告'),
  place: z.string().describe('村、乡镇、县 / where'),
  rows: z.array(noticeRowSchema),
  issuer: z.string(),
  contact: z.string(),
  supervision: z.string(),
});

export const publicNoticeSchema = noticeSummarySchema.extend({
  body: noticeBodySchema,
  /** Whether objections are taken now: in its period, not ended, its case still open. */
  open: z.boolean(),
});

export const staffNoticeSchema = publicNoticeSchema.extend({
  caseId: z.number(),
  caseType: caseTypeSchema,
});

export const noticeListResponse = z.object({
  items: z.array(noticeSummarySchema),
  next: z.number().nullable().describe('cursor of the next page / 下一页游标'),
});

export const staffObjectionBody = z
  .object({
    content: text(2000).describe('异议内容 / the objection'),
    name: text(50).optional().describe('反映人姓名（不公开） / who raised it (private)'),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[\d ()-]{5,20}$/)
      .optional()
      .describe('联系电话（不公开） / phone (private)'),
    date: dateSchema.optional().describe('收到日期 / the day it was received (default today)'),
  })
  .strict();

export const publicObjectionBody = staffObjectionBody.omit({ date: true }).extend(humanCheckFields).strict();

export const publicObjectionReceipt = z.object({
  serial: z.string(),
  receivedOn: z.string(),
  message: z.object({ zh: z.string(), en: z.string() }),
});

export const answerBody = z
  .object({
    outcome: z.enum(['upheld', 'dismissed']).describe('upheld 成立: 退回核实 / dismissed 不成立'),
    answer: text(2000).describe('答复 / the answer on record'),
    date: dateSchema.optional().describe('答复日期 / the day of the answer (default today)'),
    version: z.number().int().positive(),
  })
  .strict();

export { objectionSchema };
export type NoticeBody = z.infer<typeof noticeBodySchema>;
export type NoticeRow = z.infer<typeof noticeRowSchema>;
export type StaffNotice = z.infer<typeof staffNoticeSchema>;
