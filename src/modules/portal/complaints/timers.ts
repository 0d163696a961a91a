import type { Queryable, Tx } from '../../../db/types.ts';
import { systemActor } from '../../access/job-actor.ts';
import { recordAudit } from '../../audit/audit.ts';
import { addDays, startOfDay } from '../../cases/timers.ts';
import { registerJobHandler, type JobContext } from '../../jobs/handlers.ts';
import { cancelJobs, scheduleJobs, type TimerSpec } from '../../jobs/timers.ts';
import { today } from '../../registry/commands/shared.ts';
import { levelOf, parentOf } from '../../regions/region-code.ts';
import { addWorkingDays } from '../calendar/calendar.ts';
import { insertEvent } from './events.ts';
import type { ComplaintSettings } from './schemas.ts';
import { readComplaintSettings } from './settings.ts';

/**
 * The deadlines of a complaint as timers on the job queue (jobs/timers.ts), scheduled in the transaction that
 * receives it:
 * - `complaints.reminder`: N working days before the due day (settings), an event on the complaint's trail
 *   that the inbox shows as "reminded";
 * - `complaints.overdue`: the day after the due day, still unanswered: flagged overdue and sent one level up
 *   (town → county → city; a city's stays there, flagged). The level above gets `reminderWorkingDays` (at
 *   least one) working days before it goes up again.
 * Each handler does nothing once the complaint is answered or closed, or has moved on (another escalation
 * level), so a timer that fires late or twice changes nothing twice.
 */
export const COMPLAINT_REMINDER = 'complaints.reminder';
export const COMPLAINT_OVERDUE = 'complaints.overdue';

export interface TimedComplaint {
  id: number;
  handlerRegionCode: string;
  dueOn: string;
  escalationLevel: number;
}

const overdueKey = (id: number, level: number) => `${COMPLAINT_OVERDUE}:${id}:${level}`;
const reminderKey = (id: number) => `${COMPLAINT_REMINDER}:${id}`;

function timer(kind: string, key: string, c: TimedComplaint, runOn: string): TimerSpec {
  return {
    kind,
    key,
    runAt: startOfDay(runOn),
    payload: { complaintId: c.id, level: c.escalationLevel, dueOn: c.dueOn },
    actor: systemActor(c.handlerRegionCode),
    regionCode: c.handlerRegionCode,
  };
}

/** The reminder (on a new complaint) and the overdue timer of the complaint's escalation level. */
export async function scheduleComplaintTimers(
  tx: Queryable,
  c: TimedComplaint,
  settings: ComplaintSettings,
): Promise<void> {
  const specs = [timer(COMPLAINT_OVERDUE, overdueKey(c.id, c.escalationLevel), c, addDays(c.dueOn, 1))];
  if (c.escalationLevel === 0 && settings.reminderWorkingDays > 0) {
    const remindOn = await addWorkingDays(tx, c.dueOn, -settings.reminderWorkingDays);
    specs.push(timer(COMPLAINT_REMINDER, reminderKey(c.id), c, remindOn));
  }
  await scheduleJobs(tx, specs);
}

/** An answered or closed complaint's waiting timers are dropped (their handlers would skip it anyway). */
export async function cancelComplaintTimers(tx: Queryable, id: number, level: number): Promise<void> {
  await cancelJobs(tx, [reminderKey(id), overdueKey(id, level)]);
}

interface Locked {
  id: number;
  state: string;
  handlerRegionCode: string;
  escalationLevel: number;
}

async function lockOpen(tx: Tx, id: number, level: number): Promise<Locked | string> {
  const [row] = await tx.query<Locked>(
    `SELECT id, state, handler_region_code AS "handlerRegionCode", escalation_level AS "escalationLevel"
     FROM complaints WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!row) return 'gone';
  if (row.state === 'answered' || row.state === 'closed') return 'answered';
  if (row.escalationLevel !== level) return 'moved on';
  return { ...row, id: Number(row.id) };
}

interface Payload {
  complaintId: number;
  level: number;
  dueOn: string;
}

function onComplaint(run: (tx: Tx, ctx: JobContext, c: Locked, p: Payload) => Promise<unknown>) {
  return (payload: unknown, ctx: JobContext) =>
    ctx.db.transaction(async (tx) => {
      const p = payload as Payload;
      const c = await lockOpen(tx, p.complaintId, p.level);
      return typeof c === 'string' ? { skipped: c } : run(tx, ctx, c, p);
    });
}

registerJobHandler(
  COMPLAINT_REMINDER,
  onComplaint(async (tx, ctx, c, p) => {
    const [done] = await tx.query(
      `SELECT 1 FROM complaint_events WHERE complaint_id = $1 AND action = 'remind' LIMIT 1`,
      [c.id],
    );
    if (done) return { skipped: 'already reminded' };
    const date = today(ctx.now);
    const note = `办理期限 ${p.dueOn}，请按期答复 / due on ${p.dueOn}`;
    await insertEvent(tx, ctx.actor, {
      complaintId: c.id,
      action: 'remind',
      fromState: c.state,
      toState: c.state,
      note,
      date,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'complaint.remind',
      entity: 'complaint',
      entityId: c.id,
      regionCode: c.handlerRegionCode,
      after: { dueOn: p.dueOn, state: c.state },
    });
    return { reminded: c.id };
  }),
);

registerJobHandler(
  COMPLAINT_OVERDUE,
  onComplaint(async (tx, ctx, c, p) => {
    const date = today(ctx.now);
    // A county's complaint goes to its city; a city's (or above) stays where it is, flagged.
    const up = levelOf(c.handlerRegionCode) > 2 ? parentOf(c.handlerRegionCode) : undefined;
    const handler = up ?? c.handlerRegionCode;
    const level = c.escalationLevel + (up ? 1 : 0);
    await tx.query(
      `UPDATE complaints SET overdue = true, handler_region_code = $2, escalation_level = $3,
                             version = version + 1, updated_at = now() WHERE id = $1`,
      [c.id, handler, level],
    );
    await insertEvent(tx, ctx.actor, {
      complaintId: c.id,
      action: up ? 'escalate' : 'overdue',
      fromState: c.state,
      toState: c.state,
      fromRegion: c.handlerRegionCode,
      toRegion: handler,
      note: `超过办理期限 ${p.dueOn} 未答复 / not answered by ${p.dueOn}`,
      date,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'complaint.overdue',
      entity: 'complaint',
      entityId: c.id,
      regionCode: handler,
      before: { handlerRegionCode: c.handlerRegionCode, escalationLevel: c.escalationLevel },
      after: { overdue: true, handlerRegionCode: handler, escalationLevel: level, dueOn: p.dueOn },
    });
    if (up) {
      const settings = await readComplaintSettings(tx);
      const next = await addWorkingDays(tx, date, Math.max(1, settings.reminderWorkingDays));
      const moved = { id: c.id, handlerRegionCode: handler, dueOn: next, escalationLevel: level };
      await scheduleJobs(tx, [timer(COMPLAINT_OVERDUE, overdueKey(c.id, level), moved, addDays(next, 1))]);
    }
    return { escalatedTo: handler };
  }),
);
