import type { Queryable } from '../../db/types.ts';
import { systemActor } from '../access/job-actor.ts';
import { recordAudit } from '../audit/audit.ts';
import { registerJobHandler, type JobContext } from '../jobs/handlers.ts';
import { cancelJobs, scheduleJobs, type TimerSpec } from '../jobs/timers.ts';
import { flagLateAssistance } from '../assistance/flag.ts';
import { today } from '../registry/commands/shared.ts';
import { flagOverdue, lockTimedCase } from './escalation.ts';
import type { Decision } from './guard.ts';
import type { CaseRow } from './repo.ts';
import { noticeDaysFor, rulesForMany, stageLimitFor, type ProcedureRules } from './rules.ts';
import type { CaseType } from './transitions.ts';

/**
 * The deadlines of the cases (issue 11 §5) as timers on the job queue (jobs/timers.ts), scheduled in the
 * transaction of the step that sets them, so a step that rolls back leaves none behind:
 * - `cases.notice_ready`: a posted notice's period is over; the case shows "ready to end";
 * - `cases.stage_limit`: the case stayed in its stage longer than the province allows; it is flagged overdue
 *   and escalated to the level above (escalation.ts) — one per case, re-timed by every step;
 * - `cases.monitoring_clock`: a monitoring case still open 15 days (rules) after its lead;
 * - `cases.assistance_due`: assistance should have started a month after registration: checked against the
 *   household's measures and, when none was in force, flagged as a problem (assistance/flag.ts).
 * Each handler does nothing when the case has moved on since (its version or outcome differ from the
 * timer's), and nothing a second time, so a timer that fires twice, or late, changes nothing twice.
 */
export const NOTICE_READY = 'cases.notice_ready';
export const STAGE_LIMIT = 'cases.stage_limit';
export const MONITORING_CLOCK = 'cases.monitoring_clock';
export const ASSISTANCE_DUE = 'cases.assistance_due';

/** What a stage's timers need of a case, as it is after the step (or when it opens). */
export interface StageTimerCase {
  id: number;
  type: CaseType;
  regionCode: string;
  stage: string;
  version: number;
  openedOn: string;
}

interface VersionPayload {
  caseId: number;
  version: number;
}

const key = (kind: string, caseId: number) => `${kind}:${caseId}`;

/** YYYY-MM-DD plus n calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The first instant of a day by the server's local clock, the one `today()` reads days from. */
export function startOfDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/**
 * The timers a batch of cases sets and cancels, collected and then written together: one statement for the
 * cancellations and at most two for the timers (scheduleJobs), whatever the batch's size.
 */
class TimerBatch {
  private readonly set: TimerSpec[] = [];
  private readonly cancelled: string[] = [];

  add(
    kind: string,
    c: Pick<StageTimerCase, 'id' | 'regionCode'>,
    dueOn: string,
    payload: object,
    replace: boolean,
  ) {
    this.set.push({
      kind,
      key: key(kind, c.id),
      runAt: startOfDay(dueOn),
      payload: { caseId: c.id, dueOn, ...payload },
      actor: systemActor(c.regionCode),
      regionCode: c.regionCode,
      replace,
    });
  }

  cancel(kind: string, caseId: number) {
    this.cancelled.push(key(kind, caseId));
  }

  async write(tx: Queryable): Promise<void> {
    await cancelJobs(tx, this.cancelled);
    await scheduleJobs(tx, this.set);
  }
}

/**
 * The day a case in this stage since `since` is late: the stage's limit; for a monitoring case no later than
 * its clock from the lead, so a step taken after the clock ran out leaves the case overdue still.
 */
function stageDeadline(rules: ProcedureRules, c: StageTimerCase, since: string): string | null {
  const limit = stageLimitFor(rules, c.type, c.stage);
  const byStage = limit === null ? null : addDays(since, limit);
  if (c.type !== 'monitoring') return byStage;
  const clock = addDays(c.openedOn, rules.monitoringClockDays);
  return byStage === null || clock < byStage ? clock : byStage;
}

const rulesOf = (rules: Map<string, ProcedureRules>, c: { regionCode: string }) =>
  rules.get(c.regionCode.slice(0, 2))!;

function stageTimers(
  batch: TimerBatch,
  rules: Map<string, ProcedureRules>,
  cases: readonly StageTimerCase[],
  since: string,
) {
  for (const c of cases) {
    const due = stageDeadline(rulesOf(rules, c), c, since);
    if (due === null) batch.cancel(STAGE_LIMIT, c.id);
    else batch.add(STAGE_LIMIT, c, due, { version: c.version, stage: c.stage }, true);
  }
}

/**
 * The stage-limit timer of each case for the stage it is now in (since `since`), replacing the one of its
 * previous stage. For the moves that are no step: an upheld objection sends the case back to verification.
 */
export async function scheduleStageTimers(
  tx: Queryable,
  cases: readonly StageTimerCase[],
  since: string,
): Promise<void> {
  const batch = new TimerBatch();
  stageTimers(
    batch,
    await rulesForMany(
      tx,
      cases.map((c) => c.regionCode),
    ),
    cases,
    since,
  );
  await batch.write(tx);
}

/** Timers a case gets when it opens: its first stage's limit and, for a monitoring case, its clock. */
export async function scheduleOpeningTimers(tx: Queryable, c: CaseRow, date: string): Promise<void> {
  const rules = await rulesForMany(tx, [c.regionCode]);
  const batch = new TimerBatch();
  stageTimers(batch, rules, [c], date);
  if (c.type === 'monitoring')
    batch.add(MONITORING_CLOCK, c, addDays(c.openedOn, rulesOf(rules, c).monitoringClockDays), {}, false);
  await batch.write(tx);
}

/** The procedures whose registration starts assistance (PRODUCT.md: measures within a month). */
const ASSISTED: ReadonlySet<CaseType> = new Set(['identification', 'return', 'monitoring']);

/**
 * Timers after a step, for a batch of cases that took it (`case` as it was before the step): a posted notice
 * → its end; the stage reached → its limit, replacing the last; the deciding step of an identification, a
 * return or a monitoring → the assistance deadline; a closed case → its timers cancelled (only those still
 * waiting: a handler finds a closed case closed anyway, this keeps the queue short).
 */
export async function scheduleStepTimers(
  tx: Queryable,
  items: { case: CaseRow; decision: Decision }[],
  date: string,
): Promise<void> {
  if (items.length === 0) return;
  const rules = await rulesForMany(
    tx,
    items.map((i) => i.case.regionCode),
  );
  const batch = new TimerBatch();
  const open: StageTimerCase[] = [];
  for (const { case: c, decision: d } of items) {
    const r = rulesOf(rules, c);
    if (d.outcome !== null) {
      batch.cancel(STAGE_LIMIT, c.id);
      // A notice can be running only when the case is rejected or withdrawn: a deciding step comes after the
      // last notice ended (its timer is due, and finds the case closed if it has not fired yet).
      if (d.outcome !== 'completed') batch.cancel(NOTICE_READY, c.id);
      if (c.type === 'monitoring') batch.cancel(MONITORING_CLOCK, c.id);
      if (d.outcome === 'completed' && ASSISTED.has(c.type))
        batch.add(ASSISTANCE_DUE, c, addDays(date, r.assistanceStartDays), {}, false);
      continue;
    }
    const after = { ...c, stage: d.step.to, version: c.version + 1 };
    open.push(after);
    const posts = 'posts' in d.step ? d.step.posts : undefined;
    if (posts && posts !== 'announcement')
      batch.add(NOTICE_READY, c, addDays(date, noticeDaysFor(r, c.type)), { version: after.version }, true);
  }
  stageTimers(batch, rules, open, date);
  await batch.write(tx);
}

/** Runs a timer's work in one transaction, on the case locked; nothing when the case is gone. */
function onCase(
  run: (tx: Queryable, ctx: JobContext, p: VersionPayload & { dueOn: string }) => Promise<unknown>,
) {
  return (payload: unknown, ctx: JobContext) =>
    ctx.db.transaction((tx) => run(tx, ctx, payload as VersionPayload & { dueOn: string }));
}

const skipped = (why: string) => ({ skipped: why });

registerJobHandler(
  NOTICE_READY,
  onCase(async (tx, ctx, p) => {
    const c = await lockTimedCase(tx, p.caseId);
    if (!c || c.outcome !== null || c.version !== p.version) return skipped('moved on');
    if (c.noticeReady) return skipped('already ready');
    await tx.query(`UPDATE cases SET notice_ready = true, updated_at = now() WHERE id = $1`, [c.id]);
    await recordAudit(tx, ctx.actor, {
      action: 'case.notice_ready',
      entity: 'case',
      entityId: c.id,
      regionCode: c.regionCode,
      before: { noticeReady: false },
      after: { noticeReady: true, stage: c.stage, version: c.version, dueOn: p.dueOn },
    });
    return { noticeReady: c.id };
  }),
);

registerJobHandler(
  STAGE_LIMIT,
  onCase(async (tx, ctx, p) => {
    const c = await lockTimedCase(tx, p.caseId);
    if (!c || c.outcome !== null || c.version !== p.version) return skipped('moved on');
    if (c.overdue) return skipped('already overdue');
    return { escalatedTo: await flagOverdue(tx, ctx.actor, c, { timer: 'stage_limit', dueOn: p.dueOn }) };
  }),
);

registerJobHandler(
  MONITORING_CLOCK,
  onCase(async (tx, ctx, p) => {
    const c = await lockTimedCase(tx, p.caseId);
    if (!c || c.outcome !== null) return skipped('closed');
    if (c.overdue) return skipped('already overdue');
    return {
      escalatedTo: await flagOverdue(tx, ctx.actor, c, { timer: 'monitoring_clock', dueOn: p.dueOn }),
    };
  }),
);

registerJobHandler(
  ASSISTANCE_DUE,
  onCase(async (tx, ctx, p) => {
    const c = await lockTimedCase(tx, p.caseId);
    if (!c || c.outcome !== 'completed') return skipped('not registered');
    const [done] = await tx.query(
      `SELECT 1 FROM audit_log WHERE entity = 'case' AND entity_id = $1 AND action = $2 LIMIT 1`,
      [String(c.id), 'case.assistance_due'],
    );
    if (done) return skipped('already recorded');
    // The one-month rule checked (assistance/flag.ts): no measure in force by the due day flags the household.
    const late = await flagLateAssistance(tx, ctx.actor, c.id, p.dueOn, today(ctx.now));
    await recordAudit(tx, ctx.actor, {
      action: 'case.assistance_due',
      entity: 'case',
      entityId: c.id,
      regionCode: c.regionCode,
      after: {
        type: c.type,
        registeredOn: c.stageSince,
        dueOn: p.dueOn,
        started: late !== null && late.flagged === null,
        problemId: late?.flagged ?? null,
      },
    });
    return { assistanceDue: c.id, problemId: late?.flagged ?? null };
  }),
);
