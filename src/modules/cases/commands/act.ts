import { DomainError, notFound, type Message } from '../../../app/errors.ts';
import type { Queryable } from '../../../db/types.ts';
import { findAccessible } from '../../access/require-access.ts';
import { recordAuditMany, type AuditEntry } from '../../audit/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import { applyStanding, type StandingChange } from '../../registry/standing.ts';
import { decide, type CaseFacts, type Decision, type StepRequest } from '../guard.ts';
import { gatherFacts } from '../guard-facts.ts';
import { endNotices, postNotices, type NoticeToPost } from '../notices.ts';
import * as repo from '../repo.ts';
import { noticeDaysFor } from '../rules.ts';
import { scheduleStepTimers } from '../timers.ts';
import type { Step } from '../transitions.ts';

/** The answer for one case of an action: done, or refused with the guard's code and message. */
export interface CaseResult {
  id: number;
  ok: boolean;
  code: string | null;
  message: Message | null;
  /** The refusal itself, for a single action to throw as it is (status, details, fields). */
  error?: DomainError;
}

/**
 * Takes one step on each of these cases, as one transaction: every case is guarded on its own (guard.ts, the
 * same guard as a single action), and the ones that pass are moved together — events appended, notices posted
 * or ended, the household's new standing written by the deciding step, timers set, one audit row each. A case
 * refused is left exactly as it was; nothing is half-done inside a case.
 */
export async function actOnCases(
  tx: Queryable,
  actor: Actor,
  ids: readonly number[],
  req: StepRequest,
  today: string,
): Promise<CaseResult[]> {
  const regions = await findAccessible(tx, actor, 'case.read', ids, { lock: true });
  const cases = await repo.lockCases(
    tx,
    ids.filter((id) => regions.has(String(id))),
  );
  const facts = await gatherFacts(tx, cases, req, today);
  const results = new Map<number, CaseResult>();
  const decided: [repo.CaseRow, Decision][] = [];
  for (const c of cases) {
    try {
      decided.push([c, decide(actor, c, req, facts.get(c.id)!)]);
      results.set(c.id, { id: c.id, ok: true, code: null, message: null });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.set(c.id, { id: c.id, ok: false, code: error.code, message: error.messages, error });
    }
  }
  await apply(tx, actor, decided, req, facts);
  return ids.map((id) => results.get(id) ?? missing(id));
}

function missing(id: number): CaseResult {
  const error = notFound('case', id);
  return { id, ok: false, code: error.code, message: error.messages, error };
}

async function apply(
  tx: Queryable,
  actor: Actor,
  decided: readonly [repo.CaseRow, Decision][],
  req: StepRequest,
  facts: Map<number, CaseFacts>,
): Promise<void> {
  if (decided.length === 0) return;
  await repo.moveCases(
    tx,
    decided.map(([c, d]) => ({
      id: c.id,
      stage: d.step.to,
      date: req.date,
      outcome: d.outcome,
      facts: d.facts,
    })),
  );
  await repo.appendEvents(
    tx,
    decided.map(([c, d]) => ({
      caseId: c.id,
      action: req.action,
      fromStage: c.stage,
      toStage: d.step.to,
      actorId: actor.userId,
      actor: actor.username,
      actorRole: d.grant.role,
      actorRegion: d.grant.regionCode,
      date: req.date,
      comment: req.comment ?? null,
      reason: req.reason ?? null,
      inputs: req.inputs,
    })),
  );
  const ending: number[] = [];
  const posting: NoticeToPost[] = [];
  for (const [c, d] of decided) {
    const step = d.step as Partial<Step>;
    const f = facts.get(c.id)!;
    // A step that ends a notice, or closes the case, ends the notice still running.
    const running = step.checks?.includes('notice') || d.outcome === 'rejected' || d.outcome === 'withdrawn';
    if (running && f.openNotice) ending.push(f.openNotice.id);
    if (step.posts)
      posting.push({
        c: { ...c, facts: { ...c.facts, ...d.facts } },
        level: step.posts,
        date: req.date,
        periodDays: noticeDaysFor(f.rules, c.type),
      });
  }
  await endNotices(tx, ending, req.date);
  await postNotices(tx, actor, posting);
  await applyStanding(tx, actor, standingChanges(decided, req.date), req.date);
  await scheduleStepTimers(
    tx,
    decided.map(([c, d]) => ({ case: c, decision: d })),
    req.date,
  );
  await recordAuditMany(
    tx,
    actor,
    decided.map(([c, d]) => auditEntry(c, d, req)),
  );
}

function standingChanges(decided: readonly [repo.CaseRow, Decision][], date: string): StandingChange[] {
  return decided.flatMap(([c, d]): StandingChange[] => {
    if (d.outcome !== 'completed' || c.householdId === null) return [];
    if (c.type === 'village_exit' || c.type === 'county_exit') return [];
    const f = { ...c.facts, ...d.facts } as Record<string, unknown>;
    return [
      {
        householdId: c.householdId,
        year: c.year,
        caseId: c.id,
        procedure: c.type,
        date,
        householdType: f.householdType as string | undefined,
        mainCause: f.mainCause as string | undefined,
        secondaryCauses: f.secondaryCauses as string[] | undefined,
        monitoringType: f.monitoringType as string | undefined,
        riskTypes: f.riskTypes as string[] | undefined,
      },
    ];
  });
}

function auditEntry(c: repo.CaseRow, d: Decision, req: StepRequest): AuditEntry {
  return {
    action: `case.${req.action}`,
    entity: 'case',
    entityId: c.id,
    regionCode: c.regionCode,
    before: { stage: c.stage, version: c.version },
    after: {
      type: c.type,
      householdId: c.householdId,
      stage: d.step.to,
      outcome: d.outcome,
      date: req.date,
      role: d.grant.role,
      ...(req.reason ? { reason: req.reason } : {}),
    },
  };
}
