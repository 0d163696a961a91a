import { z } from 'zod';
import type { Queryable } from '../../db/types.ts';
import { requireSettingChange } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import type { CaseworkRules, ProcedureRules } from '../cases/rules.ts';

/**
 * The rules of the procedures (cases/rules.ts) as one deployment setting, key `procedures`: the defaults, the
 * western provinces with their own incidence threshold (PRODUCT.md: < 2 %, < 3 % in the west), and overrides
 * per province. Until an administrator saves it, the built-in defaults below are in force.
 */
export const PROCEDURES_KEY = 'procedures';

/** The 12 western provinces of the western development strategy (西部大开发): 内蒙古 广西 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆. */
export const WEST_PROVINCES = ['15', '45', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'];

const days = (max: number) => z.number().int().min(1).max(max);
/** A share strictly between 0 and 1 (an incidence or a rate). */
const share = z.number().gt(0).lt(1);
const province = z.string().regex(/^\d{2}$/);
/** A case type or stage (snake_case), or `*` for any not named. */
const stageKey = z.string().regex(/^([a-z][a-z_]{0,39}|\*)$/);

/**
 * The rules of the casework (issue 13), kept in the same setting so a province sets all its rules in one
 * place. A setting saved before they existed still parses: they default.
 */
export const DEFAULT_CASEWORK: CaseworkRules = {
  teamMinMembers: 3,
  teamMinTermYears: 2,
  residentShareOfWorkingDays: 0.5,
  residentDaysPerYear: null,
  visitIntervalDays: 30,
  problemDueDays: 30,
  escalationDays: { town: 7, county: 14 },
};

const caseworkSchema = z.strictObject({
  teamMinMembers: z.number().int().min(1).max(50).describe('work-team members at least / 工作队最少人数'),
  teamMinTermYears: z
    .number()
    .int()
    .min(1)
    .max(10)
    .describe('work-team term at least, years / 工作队任期（年）'),
  residentShareOfWorkingDays: z
    .number()
    .gt(0)
    .max(1)
    .describe('share of working days in the village, per month and year / 驻村天数占工作日比例'),
  residentDaysPerYear: z
    .number()
    .int()
    .min(1)
    .max(366)
    .nullable()
    .describe('days in the village a year, where a province sets it (220) / 每年驻村天数'),
  visitIntervalDays: days(365).describe('a paired household is visited at least every / 走访间隔（天）'),
  problemDueDays: days(365).describe('a problem is due after, unless given / 问题整改时限（天）'),
  escalationDays: z
    .strictObject({ town: days(365), county: days(365) })
    .describe('days overdue before a problem goes to the town, then the county / 逾期上报天数'),
}) satisfies z.ZodType<CaseworkRules>;

const rulesSchema = z.strictObject({
  noticeDays: z
    .strictObject({ default: days(60), monitoring: days(60) })
    .describe('least days a notice stays up / 公示天数（自然日）'),
  forbidExitInIdentificationYear: z.boolean().describe('当年识别当年不得退出'),
  incidenceThreshold: share.describe('village/county exit below this incidence / 贫困发生率退出标准'),
  countyThresholds: z
    .strictObject({ wrongExit: share, missed: share, approval: z.number().gt(0).max(1) })
    .describe('三率一度: wrong-exit < , missed < , public approval ≥'),
  monitoringClockDays: days(365).describe('monitoring lead to decision / 监测识别时限'),
  assistanceStartDays: days(365).describe('assistance starts after registration / 帮扶措施落实时限'),
  stageLimitDays: z
    .record(stageKey, z.record(stageKey, days(365)))
    .describe('case type → stage → days, * for any / 各环节办理时限'),
  casework: caseworkSchema.default(DEFAULT_CASEWORK).describe('the casework / 驻村帮扶规则'),
}) satisfies z.ZodType<ProcedureRules, unknown>;

const overrideSchema = z
  .strictObject({
    ...rulesSchema.shape,
    noticeDays: rulesSchema.shape.noticeDays.partial(),
    countyThresholds: rulesSchema.shape.countyThresholds.partial(),
    casework: caseworkSchema.partial(),
  })
  .partial();

export const procedureSettingsSchema = z.strictObject({
  defaults: rulesSchema,
  west: z.strictObject({
    provinces: z.array(province).max(40).describe('western provinces / 西部省份'),
    incidenceThreshold: share.describe('their incidence threshold / 西部贫困发生率退出标准'),
  }),
  provinces: z.record(province, overrideSchema).describe('overrides by province / 分省规则'),
});

export type ProcedureSettings = z.infer<typeof procedureSettingsSchema>;
export type ProcedureOverride = z.infer<typeof overrideSchema>;

/** Thirty days in any stage; a monitoring case is decided within 15 days of its lead, so no stage lasts longer. */
export const DEFAULT_PROCEDURES: ProcedureSettings = {
  defaults: {
    noticeDays: { default: 7, monitoring: 5 },
    forbidExitInIdentificationYear: false,
    incidenceThreshold: 0.02,
    countyThresholds: { wrongExit: 0.02, missed: 0.02, approval: 0.9 },
    monitoringClockDays: 15,
    assistanceStartDays: 30,
    stageLimitDays: { '*': { '*': 30 }, monitoring: { '*': 15 } },
    casework: DEFAULT_CASEWORK,
  },
  west: { provinces: WEST_PROVINCES, incidenceThreshold: 0.03 },
  provinces: {},
};

/** The rules of one province (two digits): the defaults, the western threshold, then its own overrides. */
export function rulesOfProvince(settings: ProcedureSettings, provinceCode: string): ProcedureRules {
  const base = settings.defaults;
  const west = settings.west.provinces.includes(provinceCode);
  const own: ProcedureOverride = settings.provinces[provinceCode] ?? {};
  const stageLimitDays = { ...base.stageLimitDays };
  for (const [type, stages] of Object.entries(own.stageLimitDays ?? {}))
    stageLimitDays[type] = { ...stageLimitDays[type], ...stages };
  return {
    noticeDays: { ...base.noticeDays, ...own.noticeDays },
    forbidExitInIdentificationYear: own.forbidExitInIdentificationYear ?? base.forbidExitInIdentificationYear,
    incidenceThreshold:
      own.incidenceThreshold ?? (west ? settings.west.incidenceThreshold : base.incidenceThreshold),
    countyThresholds: { ...base.countyThresholds, ...own.countyThresholds },
    monitoringClockDays: own.monitoringClockDays ?? base.monitoringClockDays,
    assistanceStartDays: own.assistanceStartDays ?? base.assistanceStartDays,
    stageLimitDays,
    casework: { ...base.casework, ...own.casework },
  };
}

export interface StoredProcedures {
  settings: ProcedureSettings;
  source: 'setting' | 'default';
}

async function stored(q: Queryable): Promise<ProcedureSettings | undefined> {
  const [row] = await q.query<{ value: unknown }>('SELECT value FROM settings WHERE key = $1', [
    PROCEDURES_KEY,
  ]);
  // A value that does not parse (written by hand) counts as not set rather than break every case action.
  const parsed = procedureSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function readProcedures(q: Queryable): Promise<StoredProcedures> {
  const settings = await stored(q);
  return settings ? { settings, source: 'setting' } : { settings: DEFAULT_PROCEDURES, source: 'default' };
}

export async function readProcedureSettings(q: Queryable): Promise<ProcedureSettings> {
  return (await readProcedures(q)).settings;
}

/** Replaces the whole setting (the caller has validated it), audited before and after in the same transaction. */
export async function setProcedures(
  tx: Queryable,
  actor: Actor,
  settings: ProcedureSettings,
): Promise<StoredProcedures> {
  requireSettingChange(actor);
  const before = (await stored(tx)) ?? null;
  await tx.query(
    `INSERT INTO settings (key, value) VALUES ($1, $2::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [PROCEDURES_KEY, JSON.stringify(settings)],
  );
  await recordAudit(tx, actor, {
    action: 'settings.procedures',
    entity: 'setting',
    entityId: PROCEDURES_KEY,
    regionCode: null,
    before,
    after: settings,
  });
  return { settings, source: 'setting' };
}
