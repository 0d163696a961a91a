import { z } from 'zod';
import { pageQuery, totalSchema } from '../../app/paging.ts';

/** Zod contracts of the organisation (issue 13): units, Party branches, work teams, cadres and pairings. */
export const UNIT_LEVELS = ['central', 'province', 'city', 'county', 'town', 'village'] as const;
export const UNIT_KINDS = ['party_government', 'state_enterprise', 'institution', 'other'] as const;
export const TEAM_ROLES = ['leader', 'first_secretary', 'member'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const code12 = z.string().regex(/^\d{12}$/, '12-digit region code');
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const id = z.number().int().positive();
const version = z.number().int().positive().describe('the version read (409 when stale) / 读取时的版本');

export const idParam = z.object({ id: z.coerce.number().int().positive() });
export const memberParam = idParam.extend({ memberId: z.coerce.number().int().positive() });
export const codeParam = z.object({ code: code12 });

export const listQuery = z.object({
  region: z
    .string()
    .regex(/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/)
    .optional()
    .describe('region code (2–12 digits, its subtree); default: all of yours / 行政区划（含下级）'),
  page: pageQuery,
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListQuery = z.infer<typeof listQuery>;

export const exportQuery = listQuery.pick({ region: true });

const listOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), total: totalSchema });
export const createdSchema = z.object({ id: z.number() });

// Units (帮扶单位)
export const unitBody = z
  .object({
    regionCode: code12.describe('the region that keeps the unit / 管理该单位的行政区划'),
    name: text(100),
    level: z.enum(UNIT_LEVELS),
    kind: z.enum(UNIT_KINDS),
  })
  .strict();
export const unitPatch = unitBody.omit({ regionCode: true }).partial().extend({ version }).strict();
export type UnitInput = z.infer<typeof unitBody>;
export type UnitPatch = z.infer<typeof unitPatch>;
export const unitSchema = z.object({
  id: z.number(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  name: z.string(),
  level: z.enum(UNIT_LEVELS),
  kind: z.enum(UNIT_KINDS),
  cadres: z.number().describe('cadres of the unit / 该单位干部数'),
  version: z.number(),
});
export const unitList = listOf(unitSchema);

// Party branches (村党支部)
export const branchBody = z
  .object({
    villageCode: code12,
    name: text(100),
    secretaryName: optionalText(50),
    secretaryCadreId: id.nullable().optional(),
    membersCount: z.number().int().min(0).max(10000),
  })
  .strict();
export const branchPatch = branchBody.omit({ villageCode: true }).partial().extend({ version }).strict();
export type BranchInput = z.infer<typeof branchBody>;
export type BranchPatch = z.infer<typeof branchPatch>;
export const branchSchema = z.object({
  id: z.number(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  name: z.string(),
  secretaryName: z.string().nullable(),
  secretaryCadreId: z.number().nullable(),
  membersCount: z.number(),
  version: z.number(),
});
export const branchList = listOf(branchSchema);

// Work teams (驻村工作队)
const teamMemberInput = z.object({ cadreId: id, role: z.enum(TEAM_ROLES) }).strict();
export const teamBody = z
  .object({
    villageCode: code12,
    sendingUnitId: id.nullable().optional(),
    termFrom: dateSchema,
    termTo: dateSchema,
    members: z.array(teamMemberInput).min(1).max(50),
  })
  .strict();
export const teamPatch = z
  .object({ sendingUnitId: id.nullable().optional(), termFrom: dateSchema, termTo: dateSchema, version })
  .partial({ termFrom: true, termTo: true })
  .strict();
export const addMemberBody = z.object({ cadreId: id, role: z.enum(TEAM_ROLES), from: dateSchema }).strict();
export const endBody = z.object({ date: dateSchema }).strict();
export type TeamInput = z.infer<typeof teamBody>;
export type TeamPatch = z.infer<typeof teamPatch>;
export type AddMemberInput = z.infer<typeof addMemberBody>;

export const teamMemberSchema = z.object({
  id: z.number(),
  cadreId: z.number(),
  name: z.string(),
  role: z.enum(TEAM_ROLES),
  from: z.string(),
  to: z.string().nullable(),
  phone: z.string().nullable().describe('masked without personal data / 无个人信息权限时打码'),
});
export const teamSchema = z.object({
  id: z.number(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  sendingUnit: z.object({ id: z.number(), name: z.string() }).nullable(),
  termFrom: z.string(),
  termTo: z.string(),
  version: z.number(),
  members: z.array(teamMemberSchema),
});
export const teamList = listOf(teamSchema);

// Cadres (帮扶责任人 and the teams' members)
export const cadreBody = z
  .object({
    regionCode: code12.describe('the region that keeps the cadre / 管理该干部的行政区划'),
    name: text(50),
    unitId: id.nullable().optional(),
    post: optionalText(50),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9+\- ]{5,20}$/, 'phone number')
      .nullable()
      .optional(),
    userId: id.nullable().optional().describe('the login of a cadre who uses the system / 干部的登录账号'),
  })
  .strict();
export const cadrePatch = cadreBody
  .omit({ regionCode: true })
  .partial()
  .extend({ active: z.boolean().optional(), version })
  .strict();
export type CadreInput = z.infer<typeof cadreBody>;
export type CadrePatch = z.infer<typeof cadrePatch>;

export const pairingSchema = z.object({
  id: z.number(),
  cadreId: z.number(),
  cadreName: z.string(),
  householdId: z.number(),
  householdNo: z.string(),
  headName: z.string().nullable(),
  villageCode: z.string(),
  from: z.string(),
  to: z.string().nullable(),
  endReason: z.string().nullable(),
  open: z.boolean(),
});
export const pairingList = listOf(pairingSchema);

const cadreShape = {
  id: z.number(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  name: z.string(),
  unit: z.object({ id: z.number(), name: z.string() }).nullable(),
  post: z.string().nullable(),
  phone: z.string().nullable().describe('masked without personal data / 无个人信息权限时打码'),
  userId: z.number().nullable(),
  active: z.boolean(),
  load: z.number().describe('open pairings / 当前结对户数'),
  version: z.number(),
};
export const cadreSchema = z.object(cadreShape);
export const cadreList = listOf(cadreSchema);
export const cadreDetailSchema = z.object({ ...cadreShape, pairings: z.array(pairingSchema) });

// Pairings (结对帮扶)
export const pairingBody = z
  .object({
    cadreId: id.optional(),
    userId: id.optional().describe('instead of cadreId: the login of the cadre / 或干部的登录账号'),
    householdId: id,
    from: dateSchema,
  })
  .strict();
export const endPairingBody = z.object({ date: dateSchema, reason: text(500) }).strict();
export type PairingInput = z.infer<typeof pairingBody>;
export type EndPairingInput = z.infer<typeof endPairingBody>;
export const pairingQuery = listQuery.extend({
  householdId: z.coerce.number().int().positive().optional(),
  cadreId: z.coerce.number().int().positive().optional(),
  open: z.enum(['true', 'false']).optional(),
});
export type PairingQuery = z.infer<typeof pairingQuery>;
