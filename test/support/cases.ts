import type { App } from '../../src/app/context.ts';
import type { ActionInputs, CaseView } from '../../src/modules/cases/schemas.ts';
import { caseType, type ActingRole, type Requirement } from '../../src/modules/cases/transitions.ts';
import type { LoggedIn } from './auth.ts';
import { poorHouseholdInput } from './factories.ts';
import { seedHousehold } from './seed.ts';

/**
 * Cases for tests, made through the API as staff would: open a case, then walk it step by step to a stage,
 * each step taken by the role the transition table names, with the evidence it needs (a paper reference
 * {documentNo, date}, votes 8 of 10 present) and a date in the past, so notices have run their period by the
 * test server's today (2026-06-30).
 */
export type CaseStaff = Record<ActingRole, LoggedIn>;

export const PAPER = { documentNo: 'FP-2026-018', date: '2026-04-20' } as const;
export const VOTES = { present: 10, for: 8, against: 1 } as const;

/** What each requirement of a step is given by default (codes valid in the registry's lists). */
export function inputsFor(requires: readonly Requirement[]): ActionInputs {
  const inputs: ActionInputs = {};
  for (const r of requires) {
    if (r === 'minutes') Object.assign(inputs, { minutes: PAPER, votes: VOTES });
    if (r === 'signature') inputs.signature = PAPER;
    if (r === 'authorisation') inputs.authorisation = PAPER;
    if (r === 'poverty_facts') Object.assign(inputs, { householdType: '01', mainCause: '01' });
    if (r === 'monitoring_facts') Object.assign(inputs, { monitoringType: '1', riskTypes: ['01'] });
    if (r === 'county_figures')
      Object.assign(inputs, {
        wrongExitRate: 0.01,
        missedRate: 0.01,
        approvalRate: 0.95,
        figuresEvidence: PAPER,
      });
  }
  return inputs;
}

/**
 * A poor household (status 01 recorded before the system) of `village` in 2020 that meets every exit
 * criterion: per-capita income well above the 2020 line (4,000), every guarantee met. `perCapita` lowers or
 * raises the income (three members: the wage is three times it); `facts` overrides any other fact of 2020.
 */
export async function seedExitReady(
  app: App,
  who: LoggedIn | undefined,
  village: string,
  perCapita = 10_000,
  more: Record<string, unknown> = {},
): Promise<number> {
  const input = poorHouseholdInput(village, { housingRating: 'A', safeWater: true });
  const facts = {
    ...input.facts,
    wageIncome: perCapita * 3,
    businessIncome: 0,
    propertyIncome: 0,
    transferIncome: 0,
    businessCosts: 0,
    foodSecure: true,
    clothingSecure: true,
    ...more,
  };
  return (await seedHousehold(app, who, { ...input, facts })).id;
}

export function getCaseView(app: App, who: LoggedIn, id: number) {
  return app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: { cookie: who.cookie } });
}

/** Opens a case (POST /api/v1/cases) and answers its view; throws unless 201. */
export async function openCase(
  app: App,
  who: LoggedIn,
  body: {
    type: string;
    householdId?: number;
    regionCode?: string;
    year?: number;
    reason?: string;
    date?: string;
  },
): Promise<CaseView> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/cases',
    headers: { cookie: who.cookie },
    payload: { year: 2020, reason: '测试案件 / test case', date: '2026-05-01', ...body },
  });
  if (res.statusCode !== 201) throw new Error(`open case: ${res.statusCode} ${res.body}`);
  return res.json();
}

export function takeStep(app: App, who: LoggedIn, id: number, body: Record<string, unknown>) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/cases/${id}/actions`,
    headers: { cookie: who.cookie },
    payload: body,
  });
}

const dayAfter = (date: string, days = 1) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Walks the case along its table until it reaches `stage` (its own, if already there): each step the day
 * after the previous one, a notice ended on the day its period is over. Answers the case as it then is.
 */
export async function walkCase(app: App, staff: CaseStaff, id: number, stage: string): Promise<CaseView> {
  const first = await getCaseView(app, staff.county_admin, id);
  if (first.statusCode !== 200) throw new Error(`case ${id}: ${first.statusCode} ${first.body}`);
  let view = first.json<CaseView>();
  const steps = caseType(view.type).steps;
  while (view.stage !== stage) {
    const step = steps.find((s) => s.from === view.stage);
    if (!step) throw new Error(`case ${id} cannot reach ${stage} from ${view.stage}`);
    const running = view.notices.find((n) => n.endedOn === null && n.level !== 'announcement');
    const next = dayAfter(view.stageSince);
    const date = step.checks.includes('notice') && running && running.endsOn > next ? running.endsOn : next;
    const res = await takeStep(app, staff[step.role], id, {
      action: step.action,
      version: view.version,
      date,
      inputs: inputsFor(step.requires),
    });
    if (res.statusCode !== 200)
      throw new Error(`${step.action} on case ${id}: ${res.statusCode} ${res.body}`);
    view = res.json();
  }
  return view;
}
