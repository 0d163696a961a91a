import { z } from 'zod';
import { ROLES } from './actor.ts';
import { MAX_LENGTH } from './password.ts';

/** Usernames: lowercase letters, digits and `_ . -`, 2 to 64 characters (also a CHECK on users.username). */
export const USERNAME_PATTERN = /^[a-z0-9_.-]{2,64}$/;

export const roleSchema = z.enum(ROLES).describe('Role / 角色');
export const regionCodeSchema = z
  .string()
  .regex(/^\d{12}$/)
  .describe('Region code padded to 12 digits; 000000000000 is the whole country / 12 位区划代码');

export const grantInputSchema = z.object({ role: roleSchema, regionCode: regionCodeSchema });
export const grantSchema = grantInputSchema.extend({
  regionName: z.string().describe('Region name / 区划名称'),
});

export const usernameSchema = z
  .string()
  .regex(USERNAME_PATTERN)
  .describe('Lowercase letters, digits, _ . - (2–64) / 用户名');
const displayNameSchema = z.string().trim().min(1).max(100).describe('Display name / 姓名');
const passwordSchema = z
  .string()
  .max(MAX_LENGTH)
  .describe('At least 12 characters of two kinds, or a 20-character passphrase / 密码');

/** The logged-in user as the console needs it. */
export const sessionUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  grants: z.array(grantSchema),
});

/** A user as administrators see it. Never carries the password hash. */
export const userSchema = sessionUserSchema.extend({
  active: z.boolean(),
  failedLogins: z.number().int().describe('Consecutive failed logins / 连续登录失败次数'),
  lockedUntil: z.string().nullable().describe('ISO time the lock ends, when locked / 锁定截止时间'),
  locked: z
    .boolean()
    .describe('Locked now by failed logins (lockedUntil still ahead) / 当前因登录失败被锁定'),
  lastLoginAt: z.string().nullable().describe('ISO time of the last successful login / 最近登录时间'),
  createdAt: z.string(),
  version: z.number().int().describe('For optimistic concurrency / 版本号'),
});

export const loginBodySchema = z.object({
  // Deliberately loose: a malformed username gets the same 401 as an unknown one.
  username: z.string().max(200),
  password: z.string().max(1024),
});
/**
 * What the logged-in user may do, derived from the policies (auth/policies.ts) for their grants, so the console
 * shows only what the server would allow. The server still checks every request; this only avoids offering
 * buttons that would answer 403.
 */
export const capabilitiesSchema = z.object({
  canWriteRegistry: z.boolean().describe('May create and change households somewhere / 可修改户档案'),
  canImport: z.boolean().describe('May import files / 可导入'),
  canSeeAudit: z.boolean().describe('May read the audit trail of their regions / 可查看审计日志'),
  canManageUsers: z.boolean().describe('May manage users somewhere / 可管理用户'),
  canSeePersonalData: z.boolean().describe('Sees personal data unmasked somewhere / 可查看个人敏感信息'),
  writeRegions: z
    .array(regionCodeSchema)
    .describe('The regions (with their subtrees) where the registry may be changed / 可修改户档案的区划'),
  userRegions: z
    .array(regionCodeSchema)
    .describe('The regions (with their subtrees) whose users may be managed / 可管理用户的区划'),
  canReadRegistry: z
    .boolean()
    .describe('Reads the registry somewhere (the portal roles do not) / 可查看户档案'),
  articleRegions: z
    .array(regionCodeSchema)
    .describe("The regions whose sites' articles may be written / 可撰写门户文章的区划"),
  publishRegions: z
    .array(regionCodeSchema)
    .describe("The regions whose sites' articles may be published / 可发布门户文章的区划"),
  siteRegions: z
    .array(regionCodeSchema)
    .describe('The regions whose sites may be set up and configured / 可管理门户网站的区划'),
  complaintRegions: z
    .array(regionCodeSchema)
    .describe('The regions whose complaints inbox may be read / 可查看监督举报的区划'),
  caseworkRegions: z
    .array(regionCodeSchema)
    .describe(
      'The regions where visits, problems and assistance may be recorded / 可记录走访、问题和帮扶措施的区划',
    ),
  organisationRegions: z
    .array(regionCodeSchema)
    .describe('The regions whose units, teams, cadres and pairings may be kept / 可管理帮扶组织和结对的区划'),
  projectRegions: z
    .array(regionCodeSchema)
    .describe('The regions whose projects and funds may be kept / 可管理项目资金的区划'),
  pairedCadre: z
    .boolean()
    .describe('A paired cadre: works on the households paired with them / 帮扶责任人（仅结对户）'),
});
export const sessionResponseSchema = z.object({
  user: sessionUserSchema.extend({ capabilities: capabilitiesSchema }),
});
export const userResponseSchema = z.object({ user: userSchema });

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().max(1024),
  newPassword: passwordSchema,
});

export const createUserBodySchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
  grants: z.array(grantInputSchema).min(1).max(50),
});

export const patchUserBodySchema = z.object({
  version: z.number().int().positive().describe('The version read / 读取时的版本号'),
  displayName: displayNameSchema.optional(),
  active: z.boolean().optional(),
  grants: z.array(grantInputSchema).min(1).max(50).optional().describe('Replaces all grants / 替换全部授权'),
  password: passwordSchema.optional().describe('Sets a new password (reset) / 重置密码'),
});

export const resetPasswordBodySchema = z.object({
  version: z.number().int().positive().optional().describe('The version read / 读取时的版本号'),
  password: passwordSchema
    .optional()
    .describe(
      'The new password; omitted, a temporary one is generated and returned once / 新密码，不填则生成临时密码',
    ),
});
export const resetPasswordResponseSchema = z.object({
  user: userSchema,
  temporaryPassword: z
    .string()
    .nullable()
    .describe(
      'The generated password, shown this once; null when one was given / 生成的临时密码，仅显示一次',
    ),
});

export const userIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const listUsersQuerySchema = z.object({
  q: z.string().trim().max(64).optional().describe('Part of the username or display name / 用户名或姓名'),
  active: z.enum(['true', 'false']).optional(),
  within: regionCodeSchema
    .optional()
    .describe('Only users holding a grant inside this region / 只列在此区划内有授权的用户'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const userListSchema = z.object({ items: z.array(userSchema), total: z.number().int() });

/** The error body of src/app/http-errors.ts, for the OpenAPI description of failures. */
export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.object({ zh: z.string(), en: z.string() }),
    fields: z
      .array(
        z.object({
          field: z.string(),
          code: z.string(),
          message: z.object({ zh: z.string(), en: z.string() }),
        }),
      )
      .optional(),
    details: z.record(z.string(), z.unknown()).optional(),
    requestId: z.string(),
  }),
});

export type GrantInput = z.infer<typeof grantInputSchema>;
export type GrantView = z.infer<typeof grantSchema>;
export type SessionUser = z.infer<typeof sessionUserSchema>;
export type Capabilities = z.infer<typeof capabilitiesSchema>;
export type UserView = z.infer<typeof userSchema>;
