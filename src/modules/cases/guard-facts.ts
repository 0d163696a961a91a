import type { Queryable } from '../../db/types.ts';
import { assessHouseholds } from '../assessment/batch.ts';
import { regionIncidence } from '../measure/summaries.ts';
import type { CaseFacts, StepRequest } from './guard.ts';
import { openObjectionCount, runningNotices } from './notices.ts';
import * as repo from './repo.ts';
import { rulesForMany } from './rules.ts';
import { caseType, isClosing, stepOf } from './transitions.ts';

/**
 * Everything the guard asks of the database about a batch of cases, in a fixed number of statements whatever
 * the batch's size: the rules of their provinces, their running notices and unanswered objections, the files
 * the inputs cite, the households' assessments of the cases' years (only when the step needs them), the
 * households' other open cases and, for a village's or county's assessment, the incidence.
 */
export async function gatherFacts(
  q: Queryable,
  cases: readonly repo.CaseRow[],
  req: StepRequest,
  today: string,
): Promise<Map<number, CaseFacts>> {
  const rules = await rulesForMany(
    q,
    cases.map((c) => c.regionCode),
  );
  const ids = cases.map((c) => c.id);
  const notices = await runningNotices(q, ids);
  const objections = await openObjectionCount(q, ids);
  const owners = await repo.evidenceOwners(q, citedEvidence(req));
  const households = cases.filter((c) => c.householdId !== null && needsAssessment(c, req));
  const assessments = await assessHouseholds(
    q,
    households.map((c) => ({ householdId: c.householdId!, year: c.year })),
  );
  const open = await repo.openCaseTypes(
    q,
    cases.flatMap((c) => (c.householdId === null ? [] : [c.householdId])),
  );
  const out = new Map<number, CaseFacts>();
  for (const c of cases) {
    out.set(c.id, {
      today,
      rules: rules.get(c.regionCode.slice(0, 2))!,
      openNotice: notices.get(c.id),
      openObjections: objections.get(c.id) ?? 0,
      evidenceOwners: owners,
      assessment: c.householdId === null ? undefined : assessments.get(`${c.householdId}/${c.year}`),
      otherOpenTypes: (c.householdId === null ? [] : (open.get(c.householdId) ?? []))
        .filter((o) => o.id !== c.id)
        .map((o) => o.type),
      incidence: caseType(c.type).subject === 'household' ? undefined : await incidenceFor(q, c, req),
    });
  }
  return out;
}

function needsAssessment(c: repo.CaseRow, req: StepRequest): boolean {
  if (isClosing(req.action)) return false;
  const step = stepOf(c.type, c.stage, req.action);
  return !!step && (step.checks.includes('criteria') || step.requires.includes('income_and_assessment'));
}

/** Only the assessments' steps that check criteria read the incidence (one region, one query). */
async function incidenceFor(
  q: Queryable,
  c: repo.CaseRow,
  req: StepRequest,
): Promise<number | null | undefined> {
  const step = isClosing(req.action) ? undefined : stepOf(c.type, c.stage, req.action);
  if (!step?.checks.includes('criteria')) return undefined;
  return regionIncidence(q, c.regionCode, c.year);
}

function citedEvidence(req: StepRequest): number[] {
  const refs = [
    req.inputs.minutes,
    req.inputs.signature,
    req.inputs.authorisation,
    req.inputs.figuresEvidence,
  ];
  return refs.flatMap((r) => (r && 'evidenceId' in r ? [r.evidenceId] : []));
}
