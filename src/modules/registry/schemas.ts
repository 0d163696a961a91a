import { z } from 'zod';
import { pageQuery, totalSchema } from '../../app/paging.ts';
import { SEARCH_DESCRIPTION } from '../privacy/search.ts';
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS, YEAR_FIELDS, type FieldSpec } from './fields.ts';
import type { Values } from './validate.ts';

/**
 * Zod contracts of the registry API, derived from the field lists. They check shapes and types; the domain
 * rules (codes, ID numbers, one head) are checked by validate.ts so the API and the import say the same thing.
 */
function zodOf(spec: FieldSpec): z.ZodType {
  const described = <T extends z.ZodType>(t: T) => t.describe(`${spec.zh} / ${spec.en}`);
  switch (spec.kind) {
    case 'text':
      return described(
        z
          .string()
          .max(spec.max ?? 100)
          .nullable(),
      );
    case 'code':
      return described(z.string().max(10).nullable());
    case 'codes':
      return described(z.array(z.string().max(10)).max(12));
    case 'integer':
      return described(z.number().int().nullable());
    case 'decimal':
    case 'money':
      return described(z.number().nullable());
    case 'boolean':
      return described(z.boolean().nullable());
    case 'date':
      return described(z.string().max(10).nullable());
  }
}

function shape(specs: readonly FieldSpec[]): Record<string, z.ZodType> {
  return Object.fromEntries(specs.map((s) => [s.key, zodOf(s).optional()]));
}

const moneyOut = z.number();
/** Why a closed year is corrected (years.ts): required for a write to the facts of a year before this one. */
const reasonSchema = z
  .string()
  .max(500)
  .optional()
  .describe('更正原因 / reason: required when the write corrects a closed year (a year before this one)');
const code = z.string();
export const regionCodeSchema = z.string().regex(/^\d{12}$/, '12-digit village code');
/** The years the registry holds: from its beginning (建档立卡, 2013) to a far bound that stops typos. */
export const FIRST_YEAR = 2013;
export const LAST_YEAR = 2100;
export const yearSchema = z.number().int().min(FIRST_YEAR).max(LAST_YEAR);
/** A year in a query string or path (text in the URL). */
export const queryYearSchema = z.coerce.number().int().min(FIRST_YEAR).max(LAST_YEAR);
export const idParam = z.object({ id: z.coerce.number().int().positive() });

export const householdFieldsSchema = z.object(shape(HOUSEHOLD_FIELDS));
export const yearFactsSchema = z.object(shape(YEAR_FIELDS));
export const memberFieldsSchema = z.object({
  ...shape(MEMBER_FIELDS),
  sex: z.string().max(1).optional().describe('性别 / sex (must agree with the ID number)'),
});

export const memberInputSchema = memberFieldsSchema.extend({
  name: z.string().min(1).max(50),
  idNumber: z.string().min(1).max(18),
  relation: z.string().min(1).max(2),
});

export const createHouseholdBody = householdFieldsSchema.extend({
  householdNo: z.string().regex(/^[0-9A-Za-z-]{1,40}$/),
  regionCode: regionCodeSchema,
  year: yearSchema.optional().describe('the year of the facts; default: the working year (工作年度)'),
  facts: yearFactsSchema,
  members: z.array(memberInputSchema).min(1).max(30),
});

export const updateHouseholdBody = householdFieldsSchema.extend({
  version: z.number().int().positive(),
  regionCode: regionCodeSchema.optional(),
  year: yearSchema.optional(),
  facts: yearFactsSchema.optional(),
  reason: reasonSchema,
});

export const memberChangeEvents = ['birth', 'married_in', 'moved_in', 'other'] as const;
export const memberLeaveEvents = [
  'death',
  'married_out',
  'moved_out',
  'imprisoned',
  'enlisted',
  'other',
] as const;
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const addMemberBody = z.object({
  version: z.number().int().positive().describe('the household version'),
  event: z.enum(memberChangeEvents),
  eventDate: dateSchema,
  note: z.string().max(200).optional(),
  reason: reasonSchema,
  member: memberInputSchema,
});

export const updateMemberBody = memberFieldsSchema.extend({ version: z.number().int().positive() });

export const memberEventBody = z.object({
  version: z.number().int().positive().describe('the member version'),
  event: z.enum([...memberLeaveEvents, 'move']),
  eventDate: dateSchema,
  note: z.string().max(200).optional(),
  reason: reasonSchema,
  toHouseholdId: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('for event "move": the household the member joins'),
  relationInNewHousehold: z.string().max(2).optional().describe('for event "move": relation to the new head'),
  newHeadMemberId: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('when the head leaves: the member who becomes head'),
});

export const memberSchema = memberFieldsSchema.extend({
  id: z.number(),
  householdId: z.number(),
  name: z.string(),
  idNumber: z.string(),
  sex: code,
  birthDate: z
    .string()
    .optional()
    .describe(
      '出生日期 YYYY-MM-DD, only for roles that see personal data (with the masked ID it would rebuild it)',
    ),
  age: z.number().int().min(0).describe("周岁 / completed years of age on the server's today"),
  relation: code,
  active: z.boolean(),
  leftEvent: z.string().nullable(),
  leftOn: z.string().nullable(),
  version: z.number(),
});

export const yearSchemaOut = yearFactsSchema.extend({
  year: z.number(),
  regionCode: z.string(),
  size: z.number(),
  perCapitaIncome: moneyOut.nullable(),
});

export const householdSchema = householdFieldsSchema.extend({
  id: z.number(),
  householdNo: z.string(),
  countyCode: z.string(),
  regionCode: z.string(),
  regionPath: z.array(z.object({ code: z.string(), name: z.string() })),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  years: z.array(z.number()),
  facts: yearSchemaOut.nullable(),
  members: z.array(memberSchema),
  formerMembers: z.array(memberSchema),
});

export const householdListQuery = z.object({
  region: z
    .string()
    .regex(/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/)
    .optional()
    .describe('region code (2–12 digits); default: your first grant'),
  year: z.coerce.number().int().min(2013).max(2100).optional().describe('default: the latest year with data'),
  status: z.string().max(2).optional(),
  cause: z.string().max(2).optional(),
  type: z.string().max(2).optional(),
  q: z.string().min(1).max(50).optional().describe(SEARCH_DESCRIPTION),
  after: z.coerce
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('cursor: the id of the last household of the previous page'),
  page: pageQuery,
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const householdListItem = z.object({
  id: z.number(),
  householdNo: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  headName: z.string().nullable(),
  headIdNumber: z.string().nullable(),
  size: z.number(),
  status: code,
  householdType: code,
  mainCause: code,
  perCapitaIncome: moneyOut.nullable(),
  version: z.number(),
});

export const householdListSchema = z.object({
  year: z.number().nullable(),
  items: z.array(householdListItem),
  nextCursor: z.number().nullable(),
  total: totalSchema,
});

export const historySchema = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      memberId: z.number().nullable(),
      year: z.number().nullable(),
      field: z.string(),
      oldValue: z.string().nullable(),
      newValue: z.string().nullable(),
      action: z.string(),
      reason: z.string().nullable().describe('更正原因: the reason of a correction of a closed year'),
      source: z
        .string()
        .nullable()
        .describe(
          'where the write came from: api, cli, import, demo, procedure (null before it was recorded)',
        ),
      caseId: z.number().nullable().describe('the case whose procedure made the change (source procedure)'),
      actor: z.string(),
      at: z.string(),
    }),
  ),
  nextCursor: z.number().nullable(),
  total: totalSchema,
});

/*
 * The field lists make the zod shapes dynamic, so their inferred types are loose; these are the types the
 * commands work with (the route's zod schema has already checked the shape).
 */
export type MemberInput = Values & { name: string; idNumber: string; relation: string; sex?: string };
export type CreateHouseholdInput = Values & {
  householdNo: string;
  regionCode: string;
  year: number;
  facts: Values;
  members: MemberInput[];
};
export type UpdateHouseholdInput = Values & {
  version: number;
  regionCode?: string;
  year?: number;
  facts?: Values;
  reason?: string;
};
export type AddMemberInput = {
  version: number;
  event: (typeof memberChangeEvents)[number];
  eventDate: string;
  note?: string;
  reason?: string;
  member: MemberInput;
};
export type UpdateMemberInput = Values & { version: number };
export type MemberEventInput = z.infer<typeof memberEventBody>;
export type HouseholdListQuery = z.infer<typeof householdListQuery>;
