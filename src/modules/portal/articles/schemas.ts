import { z } from 'zod';
import { disclosureSchema } from '../schemas.ts';

/** Contracts of the staff API of articles and disclosures (/api/v1/portal/articles). */
export const ARTICLE_STATES = ['draft', 'in_review', 'scheduled', 'published', 'withdrawn'] as const;
export const articleStateSchema = z.enum(ARTICLE_STATES);
export const articleKindSchema = z.enum(['article', 'disclosure']);
export type ArticleState = z.infer<typeof articleStateSchema>;

const title = z.string().trim().min(1).max(200).describe('标题 / title');
const bodyHtml = z
  .string()
  .max(200_000)
  .describe('正文（HTML，保存时按白名单清理） / body, sanitised on write');
const byline = (zh: string) => z.string().trim().max(100).nullable().optional().describe(zh);

const editable = {
  title,
  bodyHtml,
  source: byline('来源 / source'),
  author: byline('作者 / author'),
  organisation: byline('发布机构 / organisation'),
  disclosure: disclosureSchema
    .optional()
    .describe('资金项目公开的字段（仅 kind=disclosure） / disclosure fields'),
};

export const createArticleBody = z
  .object({
    siteId: z.number().int().positive(),
    columnId: z.number().int().positive(),
    kind: articleKindSchema.default('article'),
    ...editable,
  })
  .strict();

export const updateArticleBody = z
  .object({
    version: z.number().int().positive().describe('读取时的版本号 / version read'),
    columnId: z.number().int().positive().optional(),
    title: title.optional(),
    bodyHtml: bodyHtml.optional(),
    source: editable.source,
    author: editable.author,
    organisation: editable.organisation,
    disclosure: editable.disclosure,
    note: z.string().trim().max(500).optional().describe('修改说明 / note of the revision'),
  })
  .strict();

export const ARTICLE_ACTIONS = [
  'submit',
  'return',
  'publish',
  'schedule',
  'unschedule',
  'withdraw',
  'redraft',
] as const;
export const articleActionSchema = z.enum(ARTICLE_ACTIONS);
export type ArticleAction = z.infer<typeof articleActionSchema>;

export const articleActionBody = z
  .object({
    action: articleActionSchema,
    version: z.number().int().positive(),
    publishAt: z.iso
      .datetime({ offset: true })
      .optional()
      .describe('定时发布时间（schedule） / when to publish'),
    reason: z.string().trim().min(1).max(500).optional().describe('退回或撤下的理由 / why'),
  })
  .strict();

const summaryShape = {
  id: z.number(),
  siteId: z.number(),
  columnId: z.number(),
  kind: articleKindSchema,
  state: articleStateSchema,
  title: z.string(),
  publishAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  revision: z.number(),
  version: z.number(),
  updatedAt: z.string(),
};
export const articleSummarySchema = z.object(summaryShape);
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleSchema = z.object({
  ...summaryShape,
  bodyHtml: z.string(),
  source: z.string().nullable(),
  author: z.string().nullable(),
  organisation: z.string().nullable(),
  disclosure: disclosureSchema.nullable(),
  minDays: z.number().nullable(),
  withdrawnReason: z.string().nullable(),
  createdAt: z.string(),
});
export type Article = z.infer<typeof articleSchema>;

export const articleListQuery = z.object({
  siteId: z.coerce.number().int().positive().optional(),
  columnId: z.coerce.number().int().positive().optional(),
  state: articleStateSchema.optional(),
  kind: articleKindSchema.optional(),
  q: z.string().trim().min(1).max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const articleListResponse = z.object({ items: z.array(articleSummarySchema), total: z.number() });

export const revisionSchema = z.object({
  revision: z.number(),
  title: z.string(),
  bodyHtml: z.string(),
  fields: z.record(z.string(), z.unknown()),
  note: z.string().nullable(),
  editedBy: z.number().nullable(),
  editedByName: z.string(),
  editedAt: z.string(),
});
export type Revision = z.infer<typeof revisionSchema>;
export const revisionListResponse = z.object({ items: z.array(revisionSchema) });
