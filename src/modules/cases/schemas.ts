import { z } from 'zod';
import { queryYearSchema, regionCodeSchema, yearSchema } from '../registry/schemas.ts';
import { ACTIONS, CASE_TYPES } from './transitions.ts';

/**
 * Zod contracts of the procedures' API. Shapes only: the guard (guard.ts) decides whether a step may be taken
 * and answers the stable codes of the issue (WRONG_STAGE, EVIDENCE_MISSING, NOTICE_NOT_ELAPSED, …).
 */
const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('YYYY-MM-DD');
const textSchema = (max: number) => z.string().trim().min(1).max(max);

export const caseTypeSchema = z.enum(CASE_TYPES).describe('程序类型 / procedure');
export const actionSchema = z.enum(ACTIONS).describe('步骤 / action');

/** Evidence a step relies on: a file uploaded to the case first, or a paper document by number and date. */
export const evidenceRefSchema = z.union([
  z.object({ evidenceId: z.number().int().positive() }).strict(),
  z.object({ documentNo: textSchema(100), date: dateSchema }).strict(),
]);

export const votesSchema = z
  .object({
    present: z.number().int().min(1).max(10_000),
    for: z.number().int().min(0).max(10_000),
    against: z.number().int().min(0).max(10_000),
  })
  .strict();

const rateSchema = z.number().min(0).max(1);

/** What steps carry (transitions.ts `Requirement` says which step needs what). */
export const actionInputsSchema = z
  .object({
    minutes: evidenceRefSchema.optional().describe('评议会议记录 / minutes of the democratic appraisal'),
    votes: votesSchema.optional().describe('表决 / votes {present, for, against}'),
    signature: evidenceRefSchema.optional().describe('农户签字 / the household’s signature'),
    authorisation: evidenceRefSchema.optional().describe('农户书面授权 / written authorisation of the visit'),
    householdType: z.string().max(2).optional(),
    mainCause: z.string().max(2).optional(),
    secondaryCauses: z.array(z.string().max(2)).max(12).optional(),
    monitoringType: z.string().max(1).optional(),
    riskTypes: z.array(z.string().max(2)).min(1).max(9).optional(),
    wrongExitRate: rateSchema.optional().describe('错退率 / wrong-exit rate (0–1)'),
    missedRate: rateSchema.optional().describe('漏评率 / missed-identification rate (0–1)'),
    approvalRate: rateSchema.optional().describe('群众认可度 / public approval (0–1)'),
    figuresEvidence: evidenceRefSchema.optional().describe('评估报告 / the evaluation behind the figures'),
  })
  .strict();
export type ActionInputs = z.infer<typeof actionInputsSchema>;

export const createCaseBody = z
  .object({
    type: caseTypeSchema,
    householdId: z.number().int().positive().optional().describe('户 / the household (household procedures)'),
    regionCode: regionCodeSchema
      .optional()
      .describe('村或县 / the village (village_exit) or county (county_exit), 12 digits'),
    year: yearSchema,
    reason: textSchema(500).describe('事由 / why the case is opened'),
    date: dateSchema.optional().describe('申请/提出日期 / the day it was opened (default today)'),
  })
  .strict();
export type CreateCaseBody = z.infer<typeof createCaseBody>;

export const actionBody = z
  .object({
    action: actionSchema,
    version: z.number().int().positive(),
    date: dateSchema.optional().describe('办理日期 / the day the step happened (default today)'),
    comment: z.string().max(1000).optional(),
    reason: textSchema(500).optional().describe('理由 / required to reject or withdraw'),
    inputs: actionInputsSchema.optional(),
  })
  .strict();
export type ActionBody = z.infer<typeof actionBody>;

export const bulkBody = z
  .object({
    caseIds: z.array(z.number().int().positive()).min(1).max(100_000).optional(),
    filter: z
      .object({ regionCode: regionCodeSchema, type: caseTypeSchema, stage: z.string().max(40) })
      .strict()
      .optional(),
    action: actionSchema,
    date: dateSchema.optional(),
    comment: z.string().max(1000).optional(),
    reason: textSchema(500).optional(),
    inputs: actionInputsSchema.optional(),
  })
  .strict();
export type BulkBody = z.infer<typeof bulkBody>;

export const listQuery = z.object({
  regionCode: regionCodeSchema.optional().describe('地区（含下级） / region subtree'),
  type: caseTypeSchema.optional(),
  stage: z.string().max(40).optional(),
  state: z.enum(['open', 'closed', 'all']).default('open'),
  overdue: z.enum(['true', 'false']).optional(),
  householdId: z.coerce.number().int().positive().optional(),
  year: queryYearSchema.optional(),
  after: z.coerce.number().int().nonnegative().optional().describe('游标：上一页最后一条的 id / cursor'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const messageSchema = z.object({ zh: z.string(), en: z.string() });

export const stepSchema = z.object({
  action: actionSchema,
  from: z.string(),
  to: z.string(),
  role: z.enum(['village_cadre', 'town_official', 'county_admin']),
  level: z.enum(['village', 'town', 'county', 'province']),
  requires: z.array(z.string()),
  checks: z.array(z.string()),
  posts: z.string().optional(),
  decides: z.boolean().optional(),
});

export const caseTypesResponse = z.array(
  z.object({
    type: caseTypeSchema,
    label: messageSchema,
    subject: z.enum(['household', 'village', 'county']),
    stages: z.array(z.string()),
    steps: z.array(stepSchema),
    reverify: z.string(),
    noticePeriod: z.enum(['default', 'monitoring']),
  }),
);

export const caseSummarySchema = z.object({
  id: z.number(),
  type: caseTypeSchema,
  householdId: z.number().nullable(),
  householdNo: z.string().nullable(),
  headName: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  year: z.number(),
  stage: z.string(),
  outcome: z.enum(['completed', 'rejected', 'withdrawn']).nullable(),
  version: z.number(),
  openedOn: z.string(),
  stageSince: z.string(),
  closedOn: z.string().nullable(),
  noticeReady: z.boolean(),
  overdue: z.boolean(),
  escalatedTo: z.string().nullable(),
});

export const caseListResponse = z.object({
  items: z.array(caseSummarySchema),
  next: z.number().nullable().describe('cursor of the next page / 下一页游标'),
});

export const eventSchema = z.object({
  id: z.number(),
  action: z.string(),
  fromStage: z.string().nullable(),
  toStage: z.string(),
  actor: z.string(),
  actorRole: z.string(),
  actorRegion: z.string(),
  date: z.string(),
  comment: z.string().nullable(),
  reason: z.string().nullable(),
  inputs: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});

export const noticeSummarySchema = z.object({
  id: z.number(),
  serial: z.string(),
  level: z.enum(['village', 'town', 'county', 'announcement']),
  title: z.string(),
  regionCode: z.string(),
  postedOn: z.string(),
  periodDays: z.number(),
  endsOn: z.string(),
  endedOn: z.string().nullable(),
});

export const objectionSchema = z.object({
  id: z.number(),
  noticeId: z.number(),
  source: z.enum(['staff', 'public']),
  content: z.string(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  receivedOn: z.string(),
  outcome: z.enum(['upheld', 'dismissed']).nullable(),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  version: z.number(),
});

export const evidenceSchema = z.object({
  id: z.number(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  sha256: z.string(),
  createdAt: z.string(),
});

export const availableActionSchema = z.object({
  action: actionSchema,
  to: z.string(),
  requires: z.array(z.string()),
  checks: z.array(z.string()),
  posts: z.string().optional(),
  needsReason: z.boolean(),
});

export const caseViewSchema = caseSummarySchema.extend({
  reason: z.string(),
  facts: z.record(z.string(), z.unknown()),
  events: z.array(eventSchema),
  notices: z.array(noticeSummarySchema),
  objections: z.array(objectionSchema),
  evidence: z.array(evidenceSchema),
  actions: z.array(availableActionSchema).describe('what this user may do now / 当前用户现在可办理的步骤'),
});
export type CaseView = z.infer<typeof caseViewSchema>;

export const bulkResultSchema = z.object({
  results: z.array(
    z.object({
      id: z.number(),
      ok: z.boolean(),
      code: z.string().nullable(),
      message: messageSchema.nullable(),
    }),
  ),
  jobId: z.number().nullable().describe('more than 1,000 cases run as a job / 超过 1000 件时为后台任务'),
});

export const countsQuery = z.object({
  regionCode: regionCodeSchema.optional().describe('地区（含下级） / region subtree'),
});

export const caseCountsResponse = z.object({
  byStage: z.array(z.object({ type: caseTypeSchema, stage: z.string(), count: z.number() })),
  overdue: z.number().describe('超期件数 / open cases overdue'),
});

export const caseIdParam = z.object({ id: z.coerce.number().int().positive() });
