import { z } from 'zod';
import { requireActor, type App } from '../../../app/context.ts';
import { fieldRules } from '../../../app/errors.ts';
import type { Queryable, Tx } from '../../../db/types.ts';
import { requireSettingChange } from '../../access/require-access.ts';
import { recordAudit } from '../../audit/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import { canConfigure } from '../../auth/policies.ts';
import { complaintSettingsSchema, type ComplaintSettings } from './schemas.ts';

/**
 * The deadlines of complaints as one deployment setting, key `complaints`: working days to answer (15, the
 * usual time limit for a letter of the public) and the reminder before. Until saved, the defaults apply.
 */
export const COMPLAINTS_KEY = 'complaints';
export const DEFAULT_COMPLAINT_SETTINGS: ComplaintSettings = {
  deadlineWorkingDays: 15,
  reminderWorkingDays: 3,
};

async function stored(q: Queryable): Promise<ComplaintSettings | undefined> {
  const [row] = await q.query<{ value: unknown }>('SELECT value FROM settings WHERE key = $1', [
    COMPLAINTS_KEY,
  ]);
  const parsed = complaintSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function readComplaintSettings(q: Queryable): Promise<ComplaintSettings> {
  return (await stored(q)) ?? DEFAULT_COMPLAINT_SETTINGS;
}

export async function setComplaintSettings(
  tx: Tx,
  actor: Actor,
  settings: ComplaintSettings,
): Promise<ComplaintSettings> {
  requireSettingChange(actor);
  if (settings.reminderWorkingDays >= settings.deadlineWorkingDays)
    throw fieldRules('REMINDER_AFTER_DEADLINE', [
      {
        field: 'reminderWorkingDays',
        code: 'REMINDER_AFTER_DEADLINE',
        message: { zh: '提醒天数须少于办理期限', en: 'The reminder must come before the deadline' },
      },
    ]);
  const before = (await stored(tx)) ?? null;
  await tx.query(
    `INSERT INTO settings (key, value) VALUES ($1, $2::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [COMPLAINTS_KEY, JSON.stringify(settings)],
  );
  await recordAudit(tx, actor, {
    action: 'settings.complaints',
    entity: 'setting',
    entityId: COMPLAINTS_KEY,
    regionCode: null,
    before,
    after: settings,
  });
  return settings;
}

const answerSchema = complaintSettingsSchema.extend({
  canChange: z.boolean().describe('whether the caller may change it / 当前用户可否修改'),
});

/** Read by every logged-in user; changed by country-wide system administrators. New deadlines only. */
export async function complaintSettingsRoutes(app: App) {
  app.get(
    '/api/v1/settings/complaints',
    {
      schema: {
        tags: ['settings'],
        summary: 'Complaint deadlines in working days / 举报办理期限',
        response: { 200: answerSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { ...(await readComplaintSettings(app.db)), canChange: canConfigure(actor) };
    },
  );

  app.put(
    '/api/v1/settings/complaints',
    {
      schema: {
        tags: ['settings'],
        summary:
          'Set the complaint deadlines (system administrators; audited; for complaints received after) / 设置举报办理期限',
        body: complaintSettingsSchema,
        response: { 200: answerSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const settings = await app.db.transaction((tx) => setComplaintSettings(tx, actor, request.body));
      return { ...settings, canChange: canConfigure(actor) };
    },
  );
}
