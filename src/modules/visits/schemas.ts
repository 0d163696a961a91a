import { z } from 'zod';
import { pageQuery, totalSchema } from '../../app/paging.ts';

/** Zod contracts of presence (check-ins, attendance) and visits (contract.md, section B). */
const regionCode = z.string().regex(/^\d{12}$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Made on the phone (a UUID, usually), so a request sent twice by an offline queue is stored once. */
export const clientId = z
  .string()
  .regex(/^[0-9A-Za-z_-]{8,64}$/)
  .describe('手机生成的唯一编号（重发不重复保存） / id made on the phone (a repeat is stored once)');

/** An instant with its offset, as the phone's clock gave it. */
export const instant = z
  .string()
  .datetime({ offset: true })
  .describe('时间（ISO，带时区） / ISO instant with offset');

export const positionSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    accuracy: z.number().min(0).max(100_000).describe('定位精度（米） / accuracy in metres'),
  })
  .strict();

export const checkinBody = z
  .object({
    clientId,
    at: instant,
    position: positionSchema,
    villageCode: regionCode
      .optional()
      .describe('驻村所在村（无工作队时） / the village, when no team says it'),
  })
  .strict();
export type CheckinInput = z.infer<typeof checkinBody>;

export const checkinSchema = z.object({
  id: z.number(),
  clientId: z.string(),
  cadreId: z.number(),
  cadreName: z.string(),
  teamId: z.number().nullable(),
  villageCode: z.string(),
  at: z.string(),
  day: z.string(),
  position: z.object({
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    accuracy: z.number().nullable(),
  }),
});

export const checkinListQuery = z.object({
  cadreId: id.optional(),
  region: regionCode.optional(),
  from: day.optional(),
  to: day.optional(),
  page: pageQuery,
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const checkinListSchema = z.object({ items: z.array(checkinSchema), total: totalSchema });

export const attendanceQuery = z.object({
  region: regionCode.optional(),
  year: z.coerce.number().int().min(2013).max(2100),
  month: z.coerce.number().int().min(1).max(12).optional(),
});
export const attendanceSchema = z.object({
  year: z.number(),
  month: z.number().nullable(),
  items: z.array(
    z.object({
      cadreId: z.number(),
      name: z.string(),
      teamId: z.number(),
      villageCode: z.string(),
      days: z.number(),
      workingDays: z.number(),
      requiredDays: z.number(),
      met: z.boolean(),
    }),
  ),
});

export const CHECK_ITEMS = ['food', 'clothing', 'education', 'medical', 'housing', 'water'] as const;
export const checksSchema = z
  .object(
    Object.fromEntries(CHECK_ITEMS.map((k) => [k, z.boolean()])) as Record<
      (typeof CHECK_ITEMS)[number],
      z.ZodBoolean
    >,
  )
  .strict()
  .describe('两不愁三保障及饮水安全：true 达标 / the guarantees and water as seen: true met');

const base64 = z.string().min(4).max(8_000_000).describe('base64 编码 / base64');
const PROBLEM_CATEGORIES = [
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

export const visitBody = z
  .object({
    clientId,
    householdId: id,
    at: instant,
    position: positionSchema,
    notes: z.string().trim().max(4000).optional(),
    checks: checksSchema,
    incomeChange: z.string().trim().max(500).optional(),
    memberChanges: z.string().trim().max(500).optional(),
    photos: z
      .array(z.object({ data: base64.describe('JPEG 或 PNG 照片 / a JPEG or PNG photo') }).strict())
      .max(3)
      .optional(),
    problems: z
      .array(
        z
          .object({
            category: z.enum(PROBLEM_CATEGORIES),
            description: z.string().trim().min(1).max(2000),
            due: day.optional(),
          })
          .strict(),
      )
      .max(20)
      .optional(),
    confirmation: z
      .discriminatedUnion('kind', [
        z
          .object({ kind: z.literal('signature'), image: base64.describe('签名 PNG / the drawn signature') })
          .strict(),
        z.object({ kind: z.literal('code'), code: z.string().regex(/^\d{6}$/) }).strict(),
      ])
      .optional(),
  })
  .strict();
export type VisitInput = z.infer<typeof visitBody>;

export const photoSchema = z.object({
  id: z.number(),
  takenAt: z.string().nullable(),
  timeGapSeconds: z.number().nullable(),
  distanceM: z.number().nullable(),
  flagged: z.boolean().describe('照片时间或位置与走访相差过大 / time or place far from the visit'),
});

export const visitSchema = z.object({
  id: z.number(),
  clientId: z.string(),
  householdId: z.number(),
  householdNo: z.string(),
  regionCode: z.string(),
  at: z.string(),
  position: z.object({
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    accuracy: z.number().nullable(),
  }),
  cadre: z.object({ id: z.number(), name: z.string() }).nullable(),
  checks: z.record(z.string(), z.boolean()),
  notes: z.string().nullable(),
  incomeChange: z.string().nullable(),
  memberChanges: z.string().nullable(),
  photos: z.array(photoSchema),
  confirmation: z
    .object({
      kind: z.enum(['signature', 'code']),
      imageUrl: z
        .string()
        .nullable()
        .describe('签名图片地址（签名确认时） / where the drawn signature is served (a signature only)'),
    })
    .nullable(),
  problemIds: z.array(z.number()),
});
export type Visit = z.infer<typeof visitSchema>;

export const visitListQuery = z.object({
  householdId: id.optional(),
  cadreId: id.optional(),
  region: regionCode.optional(),
  page: pageQuery,
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const visitListSchema = z.object({ items: z.array(visitSchema), total: totalSchema });

export const idParam = z.object({ id });
export const photoParam = z.object({ id, photoId: id });

export const codeBody = z.object({ householdId: id }).strict();
export const codeSchema = z.object({
  sentTo: z.string().describe('接收号码（已遮蔽） / the phone, masked'),
  expiresAt: z.string(),
});

export const myHouseholdsSchema = z.object({
  cadre: z.object({ id: z.number(), name: z.string() }),
  items: z.array(
    z.object({
      householdId: z.number(),
      householdNo: z.string(),
      headName: z.string().nullable(),
      villageCode: z.string(),
      villageName: z.string().nullable(),
      status: z.string().nullable(),
      monitoringState: z.string().nullable(),
      lastVisitAt: z.string().nullable(),
      nextVisitDue: z.string(),
      openProblems: z.number(),
      overdueProblems: z.number(),
      nextProblemDue: z.string().nullable(),
    }),
  ),
});
