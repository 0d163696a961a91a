import { DomainError, versionConflict, type Message } from '../../app/errors.ts';
import type { HouseholdAssessment } from '../assessment/batch.ts';
import type { Actor, Grant } from '../auth/actor.ts';
import { forbidden } from '../access/require-access.ts';
import { isCalendarDate } from '../registry/dates.ts';
import { actingGrant } from './actors.ts';
import {
  countyExitCriteria,
  exitCriteria,
  poorCriteria,
  riskEliminationCriteria,
  villageExitCriteria,
  type Criterion,
} from './criteria.ts';
import { checkInputs } from './inputs.ts';
import type { CaseRow } from './repo.ts';
import type { ProcedureRules } from './rules.ts';
import type { ActionInputs } from './schemas.ts';
import {
  caseType,
  closingRoles,
  isClosing,
  stepOf,
  type ActionName,
  type CaseType,
  type Step,
} from './transitions.ts';

/**
 * The one guard of every step, single or bulk: given a case and what the actor asks, either the step to take
 * (with the grant it is taken under and the facts it establishes) or a refusal with a stable code. Pure: what
 * it needs from the database is gathered beforehand for the whole batch (guard-facts.ts), so a bulk approval
 * asks the same questions as a single one without a query per case.
 */
export interface StepRequest {
  action: ActionName;
  /** The version the caller read; absent in bulk, where the lock taken is the version. */
  version?: number;
  date: string;
  comment?: string;
  reason?: string;
  inputs: ActionInputs;
}

/** What the guard knows of one case besides the case itself. */
export interface CaseFacts {
  today: string;
  rules: ProcedureRules;
  /** The notice of the case still running, if any. */
  openNotice: { id: number; endsOn: string } | undefined;
  openObjections: number;
  /** Case of each evidence id the inputs cite. */
  evidenceOwners: ReadonlyMap<number, number>;
  /** The household's assessment of the case's year (household cases, when the step needs it). */
  assessment: HouseholdAssessment | undefined;
  /** Open cases of the household of other types. */
  otherOpenTypes: readonly CaseType[];
  /** Poverty incidence of the region and year (village and county assessments). */
  incidence: number | null | undefined;
}

export interface Decision {
  step: Step | { action: 'reject' | 'withdraw'; from: string; to: string };
  grant: Grant;
  /** 'completed' when the step decides; rejected/withdrawn when it closes; null otherwise. */
  outcome: CaseRow['outcome'];
  /** What the step establishes for the case (inputs the approval writes). */
  facts: Record<string, unknown>;
}

export function refusal(code: string, message: Message, details: Record<string, unknown> = {}): DomainError {
  return new DomainError('rule', code, message, details);
}

export function decide(actor: Actor, c: CaseRow, req: StepRequest, f: CaseFacts): Decision {
  if (c.outcome !== null)
    throw refusal(
      'WRONG_STAGE',
      {
        zh: `该案件已办结（${c.outcome}），不能再办理`,
        en: `The case is closed (${c.outcome}); no step can be taken`,
      },
      { stage: c.stage, outcome: c.outcome },
    );
  if (isClosing(req.action)) return decideClosing(actor, c, req, f);
  const step = stepOf(c.type, c.stage, req.action);
  if (!step)
    throw refusal(
      'WRONG_STAGE',
      {
        zh: `案件处于「${c.stage}」阶段，不能办理「${req.action}」`,
        en: `A case in stage "${c.stage}" does not allow "${req.action}"`,
      },
      { stage: c.stage, action: req.action },
    );
  const grant = actingGrant(actor, [step.role], step.level, c.regionCode);
  if (!grant) throw forbidden();
  checkVersionAndDate(c, req, f.today);
  const facts = checkInputs(c, step.requires, req.inputs, f);
  if (step.checks.includes('notice')) checkNotice(req.date, f);
  if (step.checks.includes('criteria')) checkCriteria(c, { ...c.facts, ...facts }, f);
  return { step, grant, outcome: step.decides ? 'completed' : null, facts };
}

function decideClosing(actor: Actor, c: CaseRow, req: StepRequest, f: CaseFacts): Decision {
  const action = req.action as 'reject' | 'withdraw';
  const grant = actingGrant(actor, closingRoles(c.type, action), undefined, c.regionCode);
  if (!grant) throw forbidden();
  checkVersionAndDate(c, req, f.today);
  if (!req.reason?.trim())
    throw new DomainError(
      'rule',
      'REASON_REQUIRED',
      { zh: '退回或撤回须写明理由', en: 'A reason is required to reject or withdraw a case' },
      { field: 'reason' },
      [{ field: 'reason', code: 'REQUIRED', message: { zh: '请填写理由', en: 'Give the reason' } }],
    );
  return {
    step: { action, from: c.stage, to: c.stage },
    grant,
    outcome: action === 'reject' ? 'rejected' : 'withdrawn',
    facts: {},
  };
}

function checkVersionAndDate(c: CaseRow, req: StepRequest, today: string): void {
  if (req.version !== undefined && req.version !== c.version) throw versionConflict('case', c.version);
  const dateRefused = (zh: string, en: string) =>
    new DomainError('rule', 'DATE_INVALID', { zh, en }, { field: 'date' }, [
      { field: 'date', code: 'DATE_INVALID', message: { zh, en } },
    ]);
  if (!isCalendarDate(req.date)) throw dateRefused('办理日期不是有效日期', 'The date is not a calendar day');
  if (req.date > today) throw dateRefused('办理日期不能晚于今天', 'The date cannot be after today');
  if (req.date < c.stageSince)
    throw dateRefused(
      `办理日期不能早于上一步骤的日期（${c.stageSince}）`,
      `The date cannot be before the previous step's (${c.stageSince})`,
    );
}

function checkNotice(date: string, f: CaseFacts): void {
  if (f.openObjections > 0)
    throw refusal(
      'OBJECTION_OPEN',
      {
        zh: `公示期间收到的 ${f.openObjections} 件异议尚未答复，答复后才能结束公示`,
        en: `${f.openObjections} objection(s) to the notice are unanswered; answer them before ending it`,
      },
      { open: f.openObjections },
    );
  if (!f.openNotice || date < f.openNotice.endsOn)
    throw refusal(
      'NOTICE_NOT_ELAPSED',
      {
        zh: `公示期未满，最早可于 ${f.openNotice?.endsOn ?? '—'} 结束公示`,
        en: `The notice period is not over; it may end on ${f.openNotice?.endsOn ?? '—'} at the earliest`,
      },
      { endsOn: f.openNotice?.endsOn ?? null },
    );
}

/** The criteria of the case's type, on the facts of its year; any failing one refuses, each listed. */
function checkCriteria(c: CaseRow, facts: Record<string, unknown>, f: CaseFacts): void {
  const failed = criteriaOf(c, facts, f);
  if (failed.length === 0) return;
  throw refusal(
    'CRITERIA_NOT_MET',
    {
      zh: `不符合条件：${failed.map((x) => x.message.zh).join('；')}`,
      en: `Criteria not met: ${failed.map((x) => x.message.en).join('; ')}`,
    },
    { criteria: failed },
  );
}

function criteriaOf(c: CaseRow, facts: Record<string, unknown>, f: CaseFacts): Criterion[] {
  const household = () => {
    if (!f.assessment) throw missingYear(c);
    return f.assessment;
  };
  const others = { year: c.year, otherOpenCaseTypes: f.otherOpenTypes as string[] };
  switch (c.type) {
    case 'identification':
    case 'return':
      return poorCriteria(household());
    case 'exit':
      return exitCriteria(household(), {
        ...others,
        forbidExitInIdentificationYear: f.rules.forbidExitInIdentificationYear,
      });
    case 'risk_elimination':
      return riskEliminationCriteria(household(), {
        ...others,
        forbidExitInIdentificationYear: false,
      });
    case 'village_exit':
      return villageExitCriteria(f.incidence ?? null, f.rules.incidenceThreshold);
    case 'county_exit':
      return countyExitCriteria(
        {
          incidence: f.incidence ?? null,
          wrongExitRate: numberOr(facts.wrongExitRate),
          missedRate: numberOr(facts.missedRate),
          approvalRate: numberOr(facts.approvalRate),
        },
        f.rules,
      );
    case 'monitoring':
      return [];
  }
}

const numberOr = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function missingYear(c: CaseRow): DomainError {
  return refusal(
    'EVIDENCE_MISSING',
    {
      zh: `${c.year} 年度的收入和评估尚未登记`,
      en: `The income and assessment of ${c.year} are not recorded`,
    },
    { missing: ['income_and_assessment'] },
  );
}
