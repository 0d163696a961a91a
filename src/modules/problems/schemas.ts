import { z } from 'zod';
import { pageQuery, totalSchema } from '../../app/paging.ts';
import { regionCodeSchema } from '../registry/schemas.ts';
import { PROBLEM_ACTIONS, PROBLEM_STATES } from './transitions.ts';

/** Zod contracts of the problems (问题清单, issue 13 §3). Shapes only: transitions.ts says who may take a step. */
export const PROBLEM_CATEGORIES = [
  'food',
  'clothing',
  'education',
  'medical',
  'housing',
  'water',
  'income',
  'documents',
  'other',
] as const;
export const PROBLEM_SOURCES = [
  'visit',
  'assessment',
  'procedure',
  'complaint',
  'inspection',
  'manual',
] as const;

const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);
const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const createBody = z
  .object({
    householdId: id.optional().describe('户（或填村） / the household (or give villageCode)'),
    villageCode: regionCodeSchema
      .optional()
      .describe('村（村级问题） / the village, for a village’s problem'),
    category: z.enum(PROBLEM_CATEGORIES).describe('问题类别 / category (code list problem_category)'),
    description: text(2000).describe('问题描述 / what the problem is'),
    due: dateSchema
      .optional()
      .describe('整改时限 / due date (default: today + the province’s problemDueDays)'),
    ownerCadreId: id
      .optional()
      .describe('责任人 / the cadre responsible (default: the household’s paired cadre)'),
    ownerUnitId: id.optional().describe('责任单位 / the unit responsible'),
    source: z
      .enum(['visit', 'complaint', 'inspection', 'manual'])
      .optional()
      .describe('发现途径 / found by (default manual; assessment and procedure open their own)'),
  })
  .strict();
export type CreateInput = z.infer<typeof createBody>;

export const evidenceSchema = z
  .object({ documentNo: text(100), date: dateSchema })
  .strict()
  .describe('整改佐证 / the document that shows it solved: number and date');

export const actionBody = z
  .object({
    action: z.enum(PROBLEM_ACTIONS).describe('操作 / step'),
    version: z.number().int().min(1).describe('版本号 / the version read (409 when stale)'),
    date: dateSchema.describe('办理日期 / the day of the step (not in the future, not before the last step)'),
    note: text(2000).optional().describe('说明 / a note (the reason, for reopen)'),
    evidence: evidenceSchema.optional(),
  })
  .strict();
export type ActionInput = z.infer<typeof actionBody>;

const flag = z.enum(['true', 'false']);
export const listQuery = z.object({
  region: regionCodeSchema.optional().describe('区划（含下级） / region, with its subtree'),
  state: z.enum(PROBLEM_STATES).optional(),
  overdue: flag.optional(),
  inbox: flag.optional().describe('本级待办 / only the problems whose handler is your level'),
  householdId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  category: z.enum(PROBLEM_CATEGORIES).optional(),
  page: pageQuery,
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListQuery = z.infer<typeof listQuery>;

export const idParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
export const boardQuery = z.object({ region: regionCodeSchema });

const ownerSchema = z
  .object({ kind: z.enum(['cadre', 'unit']), id: z.number(), name: z.string() })
  .nullable()
  .describe('责任人或责任单位 / the cadre or unit responsible');

export const summarySchema = z.object({
  id: z.number(),
  householdId: z.number().nullable(),
  householdNo: z.string().nullable(),
  headName: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  category: z.enum(PROBLEM_CATEGORIES),
  description: z.string(),
  source: z.enum(PROBLEM_SOURCES),
  owner: ownerSchema,
  due: z.string(),
  state: z.enum(PROBLEM_STATES),
  overdue: z.boolean(),
  handlerRegionCode: z.string(),
  handlerLevel: z.enum(['village', 'town', 'county']),
  version: z.number(),
  openedOn: z.string(),
});
export type ProblemSummary = z.infer<typeof summarySchema>;

export const listSchema = z.object({ items: z.array(summarySchema), total: totalSchema });

const eventSchema = z.object({
  id: z.number(),
  action: z.string(),
  actor: z.string(),
  actorName: z
    .string()
    .nullable()
    .describe('执行人姓名（干部记录或账号的显示名）/ the person: their cadre record’s or account’s name'),
  actorRole: z.string().nullable(),
  regionCode: z.string().nullable(),
  date: z.string(),
  reason: z.string().nullable(),
  evidence: z.object({ documentNo: z.string(), date: z.string() }).nullable(),
  at: z.string(),
});

export const detailSchema = summarySchema.extend({
  sourceKey: z.string().nullable(),
  visitId: z.number().nullable(),
  solvedOn: z.string().nullable(),
  confirmedOn: z.string().nullable(),
  events: z.array(eventSchema),
  actions: z.array(z.enum(PROBLEM_ACTIONS)).describe('可执行的操作 / the steps you may take now'),
});
export type ProblemDetail = z.infer<typeof detailSchema>;

const countsShape = {
  open: z.number(),
  inProgress: z.number(),
  solved: z.number(),
  confirmed: z.number(),
  overdue: z.number(),
};
export const boardSchema = z.object({
  region: z.object({ code: z.string(), name: z.string() }),
  totals: z.object(countsShape),
  byRegion: z.array(z.object({ code: z.string(), name: z.string(), ...countsShape })),
});
export const createdSchema = z.object({ id: z.number() });
