import { DomainError } from '../../../app/errors.ts';
import type { Db, Queryable } from '../../../db/types.ts';
import type { Actor } from '../../auth/actor.ts';
import { actOnCases } from '../../cases/commands/act.ts';
import { createCase } from '../../cases/commands/create-case.ts';
import { raiseStaffObjection } from '../../cases/objections.ts';
import { noticeDaysFor, rulesFor, stageLimitFor, type ProcedureRules } from '../../cases/rules.ts';
import type { ActionInputs } from '../../cases/schemas.ts';
import { addDays } from '../../cases/timers.ts';
import { caseType, type ActionName, type CaseType } from '../../cases/transitions.ts';
import { padCode } from '../../regions/region-code.ts';
import { casePools, registerCaseHouseholds, type CasePools } from './cases-households.ts';
import { createRandom, mixSeed, type Random } from './random.ts';

/**
 * The demo county's cases, so a newcomer sees the work at once: for every procedure of a household, a case
 * stopped in each of its stages (the last one completed), some of them overdue, an objection waiting on a
 * running notice, a rejected identification and a refused exit, a withdrawn monitoring, and a village's exit
 * assessment. Every case is opened and moved by the real commands (createCase, actOnCases, the objection
 * command) as the demo's clerks — the shell with the village, town and county roles of the county — on dates
 * counted back from `today`, so notices have run their period and the overdue cases are late by the rules.
 * The overdue flags are set by the timers, which fall due at once (the server's runner, or runDueJobs).
 * Which household gets which case follows the seed. A county that has cases already gets none.
 */
export interface DemoCasesSummary {
  cases: number;
  /** Stories a step of which was refused (none expected: the pools hold households that qualify). */
  failures: { type: CaseType; steps: number; code: string }[];
}

interface Story {
  type: CaseType;
  /** Steps of the procedure taken (0: just opened). */
  steps: number;
  overdue?: boolean;
  close?: { action: 'reject' | 'withdraw'; reason: string };
  objection?: boolean;
  /** Risk elimination: the household is first taken into monitoring by a whole monitoring case. */
  afterMonitoring?: boolean;
}

const HOUSEHOLD_STORIES: readonly CaseType[] = [
  'identification',
  'return',
  'exit',
  'monitoring',
  'risk_elimination',
];

function stories(): Story[] {
  const out: Story[] = [];
  for (const type of HOUSEHOLD_STORIES) {
    const stages = caseType(type).stages.length;
    for (let steps = 0; steps < stages; steps += 1)
      out.push({
        type,
        steps,
        // One open case in three is late, spread over the stages.
        overdue: steps < stages - 1 && steps % 3 === 1,
        afterMonitoring: type === 'risk_elimination',
      });
  }
  const notice = caseType('identification').stages.indexOf('village_notice');
  out.push(
    { type: 'identification', steps: notice, objection: true },
    {
      type: 'identification',
      steps: notice + 1,
      close: { action: 'reject', reason: '乡镇审核：家中有经营性车辆，收入核实不实 / income misreported' },
    },
    {
      type: 'exit',
      steps: 0,
      close: { action: 'reject', reason: '人均纯收入未达到退出标准，不予退出 / income below the line' },
    },
    {
      type: 'monitoring',
      steps: 1,
      close: { action: 'withdraw', reason: '农户外出务工收入稳定，撤回 / stable income again' },
    },
  );
  return out;
}

/** The pool a story's household comes from. */
function poolOf(s: Story): keyof CasePools {
  if (s.type === 'identification') return 'applicants';
  if (s.type === 'return') return 'poorAgain';
  if (s.type === 'exit') return s.close ? 'notReadyToExit' : 'readyToExit';
  return 'exited';
}

/** The demo's clerks: the shell acting with the village's, the town's and the county's roles in the county. */
function clerks(actor: Actor, county: string): Actor {
  const region = padCode(county);
  return {
    ...actor,
    grants: (['village_cadre', 'town_official', 'county_admin'] as const).map((role) => ({
      role,
      regionCode: region,
    })),
  };
}

function inputsFor(action: ActionName, type: CaseType, date: string, n: number, rng: Random): ActionInputs {
  const doc = (word: string) => ({ documentNo: `${word}〔${date.slice(0, 4)}〕${n}号`, date });
  switch (action) {
    case 'appraise':
      return { minutes: doc('评议'), votes: { present: 27, for: 23, against: 1 } };
    case 'verify':
      return type === 'identification' || type === 'return'
        ? { householdType: '01', mainCause: rng.pick(['01', '07', '08', '09']) }
        : {};
    case 'sign':
      return { signature: doc('签字确认') };
    case 'visit':
      return { authorisation: doc('授权书') };
    case 'cross_check':
      return { monitoringType: rng.pick(['1', '2']), riskTypes: [rng.pick(['01', '02', '04', '07'])] };
    default:
      return {};
  }
}

/** The days between one step and the next: a notice's period before it ends, a day otherwise. */
function gaps(type: CaseType, steps: number, rules: ProcedureRules): number[] {
  return caseType(type)
    .steps.slice(0, steps)
    .map((s) => (s.action === 'end_notice' ? noticeDaysFor(rules, type) : 1));
}

interface Run {
  tx: Queryable;
  actor: Actor;
  today: string;
  year: number;
  rng: Random;
}

/** Opens a case on `date` and takes its first `steps` steps, a day or a notice period apart; its last date. */
async function walk(
  r: Run,
  type: CaseType,
  subject: number | string,
  steps: number,
  start: string,
  rules: ProcedureRules,
) {
  const id = await createCase(
    r.tx,
    r.actor,
    {
      type,
      ...(typeof subject === 'number' ? { householdId: subject } : { regionCode: subject }),
      year: r.year,
      reason: `${caseType(type).label.zh}（演示）/ ${caseType(type).label.en} (demo)`,
      date: start,
    },
    r.today,
  );
  let date = start;
  const table = caseType(type).steps;
  for (const [i, gap] of gaps(type, steps, rules).entries()) {
    date = addDays(date, gap);
    const action = table[i]!.action;
    const inputs = inputsFor(action, type, date, id, r.rng);
    const [result] = await actOnCases(r.tx, r.actor, [id], { action, date, inputs }, r.today);
    if (result?.error) throw result.error;
  }
  return { id, date };
}

async function play(r: Run, s: Story, household: number, rules: ProcedureRules): Promise<void> {
  const span = (type: CaseType, steps: number) => gaps(type, steps, rules).reduce((a, b) => a + b, 0);
  const last = caseType(s.type).stages[s.steps]!;
  const lag = s.overdue ? (stageLimitFor(rules, s.type, last) ?? 30) + 3 : 1;
  const whole = caseType('monitoring').steps.length;
  const before = s.afterMonitoring ? span('monitoring', whole) + 1 : 0;
  let start = addDays(r.today, -(before + span(s.type, s.steps) + (s.close ? 1 : 0) + lag));
  if (s.afterMonitoring) {
    const monitored = await walk(r, 'monitoring', household, whole, start, rules);
    start = addDays(monitored.date, 1);
  }
  const { id, date } = await walk(r, s.type, household, s.steps, start, rules);
  if (s.objection)
    await raiseStaffObjection(
      r.tx,
      r.actor,
      id,
      { content: '该户家中有人在城里买了房，收入可能不实，请核查。', date: r.today },
      r.today,
    );
  if (s.close) {
    const [result] = await actOnCases(
      r.tx,
      r.actor,
      [id],
      { action: s.close.action, date: addDays(date, 1), reason: s.close.reason, inputs: {} },
      r.today,
    );
    if (result?.error) throw result.error;
  }
}

export async function generateDemoCases(
  db: Db,
  actor: Actor,
  o: { county: string; villages: readonly string[]; seed: number; year: number; today: string },
): Promise<DemoCasesSummary> {
  const [any] = await db.query('SELECT 1 FROM cases WHERE county_code = $1 LIMIT 1', [o.county]);
  if (any) return { cases: 0, failures: [] };
  await registerCaseHouseholds(db, actor, o.villages, o);
  const rng = createRandom(mixSeed(o.seed, 11));
  const pools = await casePools(db, o.county, o.year);
  for (const list of Object.values(pools)) rng.shuffle(list);
  const rules = await rulesFor(db, o.county);
  const who = clerks(actor, o.county);
  const summary: DemoCasesSummary = { cases: 0, failures: [] };
  for (const s of stories()) {
    const household = pools[poolOf(s)].shift();
    if (household === undefined) continue;
    try {
      await db.transaction((tx) =>
        play({ tx, actor: who, today: o.today, year: o.year, rng }, s, household, rules),
      );
      summary.cases += s.afterMonitoring ? 2 : 1;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      summary.failures.push({ type: s.type, steps: s.steps, code: error.code });
    }
  }
  const village = o.villages[Math.floor(rng.next() * o.villages.length)]!;
  await db.transaction((tx) =>
    walk(
      { tx, actor: who, today: o.today, year: o.year, rng },
      'village_exit',
      village,
      0,
      addDays(o.today, -3),
      rules,
    ),
  );
  summary.cases += 1;
  return summary;
}
