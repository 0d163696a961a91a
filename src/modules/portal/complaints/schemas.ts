import { z } from 'zod';
import { pageQuery, totalSchema } from '../../../app/paging.ts';
import { humanCheckFields } from '../human-check.ts';

/** Zod contracts of the complaints (监督举报): the public submit and tracking, the staff inbox and actions. */
export const COMPLAINT_STATES = ['received', 'in_progress', 'answered', 'closed'] as const;
export const COMPLAINT_ACTIONS = ['accept', 'reply', 'close', 'publish_reply'] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
/** A checkbox of a plain HTML form sends "on" (or "true"); JSON sends a boolean. */
const flag = z
  .union([z.boolean(), z.enum(['on', 'true', 'false', '1', '0'])])
  .transform((v) => v === true || v === 'on' || v === 'true' || v === '1');

export const submitBody = z
  .object({
    title: text(100).describe('举报标题 / title'),
    content: text(5000).describe('举报内容 / what happened'),
    regionCode: z
      .string()
      .regex(/^\d{12}$/)
      .describe('所涉地区（县、乡镇或村，12 位代码） / the county, town or village it concerns'),
    contact: z
      .string()
      .trim()
      .max(200)
      .optional()
      .describe('联系方式（不公开） / how to reach you (private; never shown in public)'),
    anonymous: flag.optional().describe('匿名 / anonymous (no contact kept)'),
    consentPublish: flag
      .optional()
      .describe('同意公开答复 / the reply may be published (personal data removed)'),
    ...humanCheckFields,
  })
  .strict();
export type SubmitInput = z.infer<typeof submitBody>;

export const receiptSchema = z.object({
  trackingNo: z.string().describe('受理编号 / tracking number'),
  queryCode: z.string().describe('查询码（只显示这一次） / query code, shown only this once'),
  receivedOn: z.string(),
  dueOn: z.string(),
});

export const trackingParam = z.object({ trackingNo: z.string().max(30) });
export const trackingQuery = z.object({ code: z.string().max(30).optional() });

export const trackSchema = z.object({
  trackingNo: z.string(),
  title: z.string(),
  state: z.enum(COMPLAINT_STATES),
  receivedOn: z.string(),
  dueOn: z.string(),
  repliedOn: z.string().nullable(),
  reply: z.string().nullable().describe('答复（已答复时） / the reply, once answered'),
});

export const inboxQuery = z.object({
  state: z.enum(COMPLAINT_STATES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  page: pageQuery,
});

const eventSchema = z.object({
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  fromRegion: z.string().nullable(),
  toRegion: z.string().nullable(),
  actor: z.string(),
  note: z.string().nullable(),
  date: z.string(),
  at: z.string(),
});

const summaryShape = {
  id: z.number(),
  trackingNo: z.string(),
  title: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  handlerRegionCode: z.string(),
  handlerRegionName: z.string(),
  state: z.enum(COMPLAINT_STATES),
  receivedOn: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  reminded: z.boolean().describe('已提醒（临近期限） / the reminder before the deadline has fired'),
  escalationLevel: z.number(),
  consentPublish: z.boolean(),
  published: z.boolean(),
  version: z.number(),
};

export const inboxSchema = z.object({
  items: z.array(z.object(summaryShape)),
  total: totalSchema,
});

export const detailSchema = z.object({
  ...summaryShape,
  content: z.string(),
  contact: z
    .string()
    .nullable()
    .describe('联系方式（无权查看个人信息的角色为掩码） / masked for roles without personal data'),
  anonymous: z.boolean(),
  reply: z.string().nullable(),
  repliedOn: z.string().nullable(),
  publicReply: z.string().nullable(),
  attachments: z.array(
    z.object({ id: z.number(), fileName: z.string(), contentType: z.string(), size: z.number() }),
  ),
  events: z.array(eventSchema),
  canHandle: z.boolean(),
});
export type ComplaintDetail = z.infer<typeof detailSchema>;

export const idParam = z.object({ id: z.coerce.number().int().positive() });
export const attachmentParam = idParam.extend({ attachmentId: z.coerce.number().int().positive() });

export const actionBody = z
  .object({
    action: z.enum(COMPLAINT_ACTIONS),
    version: z.number().int().positive(),
    reply: text(5000)
      .optional()
      .describe('答复（reply）或办结说明（close） / the reply, or why it is closed'),
    publicReply: text(5000)
      .optional()
      .describe('公开答复文本（publish_reply，缺省为答复） / the text to publish (default: the reply)'),
    namesToHide: z
      .array(text(50))
      .max(50)
      .optional()
      .describe('公开时隐去的人名 / names of persons removed from the published text'),
  })
  .strict();
export type ActionInput = z.infer<typeof actionBody>;

export const complaintSettingsSchema = z
  .object({
    deadlineWorkingDays: z
      .number()
      .int()
      .min(1)
      .max(60)
      .describe('办理期限（工作日） / working days to answer'),
    reminderWorkingDays: z
      .number()
      .int()
      .min(0)
      .max(30)
      .describe('到期前几个工作日提醒（0 不提醒） / remind this many working days before (0: never)'),
  })
  .strict();
export type ComplaintSettings = z.infer<typeof complaintSettingsSchema>;

export const publishedReplySchema = z.object({
  trackingNo: z.string(),
  title: z.string(),
  receivedOn: z.string(),
  repliedOn: z.string().nullable(),
  publicReply: z.string(),
});
export type PublishedReply = z.infer<typeof publishedReplySchema>;
