import type { Queryable } from '../../db/types.ts';
import { systemActor } from '../access/job-actor.ts';
import { recordAudit } from '../audit/audit.ts';
import { registerJobHandler, type JobContext } from '../jobs/handlers.ts';
import { cancelJob, scheduleJob } from '../jobs/timers.ts';
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
 * - `cases.assistance_due`: assistance should have started a month after registration (recorded now; the
 *   casework module will check it).
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

async function schedule(
  tx: Queryable,
  kind: string,
  c: Pick<StageTimerCase, 'id' | 'regionCode'>,
  dueOn: string,
  payload: object,
  replace: boolean,
): Promise<void> {
  await scheduleJob(tx, {
    kind,
    key: key(kind, c.id),
    runAt: startOfDay(dueOn),
    payload: { caseId: c.id, dueOn, ...payload },
    actor: systemActor(c.regionCode),
    regionCode: c.regionCode,
    replace,
  });
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

/**
 * The stage-limit timer of each case for the stage it is now in, replacing the one of its previous stage.
 * Exported for the moves that are no step (an upheld objection sends the case back to verification).
 */
export async function scheduleStageTimers(
  tx: Queryable,
  cases: readonly StageTimerCase[],
  since: string,
  rules?: Map<string, ProcedureRules>,
): Promise<void> {
  const byProvince =
    rules ??
    (await rulesForMany(
      tx,
      cases.map((c) => c.regionCode),
    ));
  for (const c of cases) {
    const due = stageDeadline(byProvince.get(c.regionCode.slice(0, 2))!, c, since);
    if (due === null) await cancelJob(tx, key(STAGE_LIMIT, c.id));
    else await schedule(tx, STAGE_LIMIT, c, due, { version: c.version, stage: c.stage }, true);
  }
}

/** Timers a case gets when it opens: its first stage's limit and, for a monitoring case, its clock. */
export async function scheduleOpeningTimers(tx: Queryable, c: CaseRow, date: string): Promise<void> {
  const rules = await rulesForMany(tx, [c.regionCode]);
  await scheduleStageTimers(tx, [c], date, rules);
  if (c.type === 'monitoring') {
    const days = rules.get(c.regionCode.slice(0, 2))!.monitoringClockDays;
    await schedule(tx, MONITORING_CLOCK, c, addDays(c.openedOn, days), {}, false);
  }
}

/** The procedures whose registration starts assistance (PRODUCT.md: measures within a month). */
const ASSISTED: ReadonlySet<CaseType> = new Set(['identification', 'return', 'monitoring']);

/**
 * Timers after a step, for a batch of cases that took it (`case` as it was before the step): a posted notice
 * → its end; the stage reached → its limit, replacing the last; the deciding step of an identification, a
 * return or a monitoring → the assistance deadline; a closed case → its timers cancelled.
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
  const open: StageTimerCase[] = [];
  for (const { case: c, decision: d } of items) {
    const after = { ...c, stage: d.step.to, version: c.version + 1 };
    const r = rules.get(c.regionCode.slice(0, 2))!;
    if (d.outcome !== null) {
      for (const kind of [STAGE_LIMIT, NOTICE_READY, MONITORING_CLOCK]) await cancelJob(tx, key(kind, c.id));
      if (d.outcome === 'completed' && ASSISTED.has(c.type))
        await schedule(tx, ASSISTANCE_DUE, c, addDays(date, r.assistanceStartDays), {}, false);
      continue;
    }
    open.push(after);
    const posts = 'posts' in d.step ? d.step.posts : undefined;
    if (posts && posts !== 'announcement')
      await schedule(
        tx,
        NOTICE_READY,
        c,
        addDays(date, noticeDaysFor(r, c.type)),
        { version: after.version },
        true,
      );
  }
  await scheduleStageTimers(tx, open, date, rules);
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
    await recordAudit(tx, ctx.actor, {
      action: 'case.assistance_due',
      entity: 'case',
      entityId: c.id,
      regionCode: c.regionCode,
      after: { type: c.type, registeredOn: c.stageSince, dueOn: p.dueOn },
    });
    return { assistanceDue: c.id };
  }),
);
