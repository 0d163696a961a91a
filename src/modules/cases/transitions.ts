import type { Message } from '../../app/errors.ts';

/**
 * The procedures as data: for each type of case, its stages in order and the steps between them — the action,
 * the stage it leaves and the one it reaches, the role that may take it, what it must carry and what is checked.
 * The guard (guard.ts), the API (`GET /case-types`) and the console read this one table; nothing else knows the
 * order of a procedure.
 */
export const CASE_TYPES = [
  'identification',
  'return',
  'exit',
  'monitoring',
  'risk_elimination',
  'village_exit',
  'county_exit',
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const ACTIONS = [
  'appraise',
  'verify',
  'sign',
  'visit',
  'cross_check',
  'post_notice',
  'end_notice',
  'town_approve',
  'county_approve',
  'province_approve',
  'reject',
  'withdraw',
] as const;
export type ActionName = (typeof ACTIONS)[number];

/** The roles that take steps; a county administrator granted on a province (or the country) acts for it. */
export type ActingRole = 'village_cadre' | 'town_official' | 'county_admin';
export type ActingLevel = 'village' | 'town' | 'county' | 'province';

/**
 * What a step must carry (else 422 EVIDENCE_MISSING, or a field error for a malformed value):
 * - `minutes`: the minutes of the democratic appraisal (evidence) and the votes {present, for, against}, a
 *   majority of those present in favour;
 * - `income_and_assessment`: the year's income recorded and every guarantee of the household assessment known;
 * - `signature`: the household's signature (evidence);
 * - `authorisation`: the household's written authorisation of the visit (evidence);
 * - `poverty_facts`: household type (01–03) and main cause, secondary causes optional — what registration writes;
 * - `monitoring_facts`: monitoring type (1–3) and risk types — what the monitoring decision writes;
 * - `county_figures`: the county's wrong-exit and missed-identification rates and public approval, with evidence.
 */
export type Requirement =
  | 'minutes'
  | 'income_and_assessment'
  | 'signature'
  | 'authorisation'
  | 'poverty_facts'
  | 'monitoring_facts'
  | 'county_figures';

/**
 * What a step checks of the case besides its inputs: the notice period over and no objection unanswered
 * (`notice`), the criteria of the case type (`criteria`, criteria.ts).
 */
export type Check = 'notice' | 'criteria';

/** The level of a notice a step posts; `announcement` is the county's 公告 made by the final approval. */
export type NoticeLevel = 'village' | 'town' | 'county' | 'announcement';

export interface Step {
  action: ActionName;
  from: string;
  to: string;
  role: ActingRole;
  /** The level of the grant the role must hold: a county administrator of a province approves a county's exit. */
  level: ActingLevel;
  requires: readonly Requirement[];
  checks: readonly Check[];
  /** The notice this step posts (its period starts on the step's date). */
  posts?: NoticeLevel;
  /** The final approval: writes the household's new standing in the same transaction. */
  decides?: true;
}

export type Subject = 'household' | 'village' | 'county';

export interface CaseTypeDef {
  type: CaseType;
  label: Message;
  subject: Subject;
  /** Stages in order; the last is reached by the final approval. */
  stages: readonly string[];
  steps: readonly Step[];
  /** Where an upheld objection sends the case back to: verification again. */
  reverify: string;
  /** Which notice period applies (rules.ts: 7 calendar days, 5 for monitoring, per province). */
  noticePeriod: 'default' | 'monitoring';
}

type StepSpec = [ActionName, ActingRole, (readonly Requirement[])?, (readonly Check[])?, NoticeLevel?];

/** Steps from stages in order: the i-th spec leaves stages[i] for stages[i + 1]. */
function chain(stages: readonly string[], specs: readonly StepSpec[], level = levelOfStep) {
  return specs.map(([action, role, requires = [], checks = [], posts], i): Step => {
    const step: Step = {
      action,
      from: stages[i]!,
      to: stages[i + 1]!,
      role,
      level: level(action, role),
      requires,
      checks,
    };
    if (posts) step.posts = posts;
    if (i === specs.length - 1) step.decides = true;
    return step;
  });
}

const levelOfStep = (_action: ActionName, role: ActingRole): ActingLevel =>
  role === 'village_cadre' ? 'village' : role === 'town_official' ? 'town' : 'county';

const IDENTIFICATION_STAGES = [
  'applied',
  'appraised',
  'verified',
  'village_notice',
  'town_review',
  'town_notice',
  'county_review',
  'registered',
] as const;

function identificationLike(type: 'identification' | 'return', label: Message): CaseTypeDef {
  return {
    type,
    label,
    subject: 'household',
    stages: IDENTIFICATION_STAGES,
    steps: chain(IDENTIFICATION_STAGES, [
      ['appraise', 'village_cadre', ['minutes']],
      ['verify', 'village_cadre', ['income_and_assessment', 'poverty_facts'], ['criteria']],
      ['post_notice', 'village_cadre', [], [], 'village'],
      ['end_notice', 'village_cadre', [], ['notice']],
      ['town_approve', 'town_official', [], [], 'town'],
      ['end_notice', 'town_official', [], ['notice']],
      ['county_approve', 'county_admin', [], ['criteria'], 'announcement'],
    ]),
    reverify: 'appraised',
    noticePeriod: 'default',
  };
}

const EXIT_STAGES = ['proposed', 'verified', 'signed', 'village_notice', 'county_review', 'exited'] as const;
const MONITORING_STAGES = [
  'lead',
  'visited',
  'checked',
  'appraised',
  'village_notice',
  'town_review',
  'county_review',
  'monitored',
] as const;
const RISK_STAGES = [
  'proposed',
  'verified',
  'appraised',
  'village_notice',
  'town_review',
  'county_review',
  'eliminated',
] as const;
const REGION_EXIT_STAGES = ['proposed', 'verified', 'county_notice', 'county_review', 'exited'] as const;
const COUNTY_EXIT_STAGES = ['proposed', 'verified', 'county_notice', 'province_review', 'exited'] as const;

const DEFS: readonly CaseTypeDef[] = [
  identificationLike('identification', { zh: '贫困户识别', en: 'Identification' }),
  identificationLike('return', { zh: '返贫认定', en: 'Return to poverty' }),
  {
    type: 'exit',
    label: { zh: '贫困户退出', en: 'Household exit' },
    subject: 'household',
    stages: EXIT_STAGES,
    steps: chain(EXIT_STAGES, [
      ['verify', 'village_cadre', ['income_and_assessment'], ['criteria']],
      ['sign', 'village_cadre', ['signature']],
      ['post_notice', 'village_cadre', [], [], 'village'],
      ['end_notice', 'village_cadre', [], ['notice']],
      ['county_approve', 'county_admin', [], ['criteria'], 'announcement'],
    ]),
    reverify: 'proposed',
    noticePeriod: 'default',
  },
  {
    type: 'monitoring',
    label: { zh: '纳入监测', en: 'Monitoring' },
    subject: 'household',
    stages: MONITORING_STAGES,
    steps: chain(MONITORING_STAGES, [
      ['visit', 'village_cadre', ['authorisation']],
      ['cross_check', 'village_cadre', ['income_and_assessment', 'monitoring_facts']],
      ['appraise', 'village_cadre', ['minutes']],
      ['post_notice', 'village_cadre', [], [], 'village'],
      ['end_notice', 'village_cadre', [], ['notice']],
      ['town_approve', 'town_official'],
      ['county_approve', 'county_admin'],
    ]),
    reverify: 'visited',
    noticePeriod: 'monitoring',
  },
  {
    type: 'risk_elimination',
    label: { zh: '风险消除', en: 'Risk elimination' },
    subject: 'household',
    stages: RISK_STAGES,
    steps: chain(RISK_STAGES, [
      ['verify', 'village_cadre', ['income_and_assessment'], ['criteria']],
      ['appraise', 'village_cadre', ['minutes']],
      ['post_notice', 'village_cadre', [], [], 'village'],
      ['end_notice', 'village_cadre', [], ['notice']],
      ['town_approve', 'town_official'],
      ['county_approve', 'county_admin', [], ['criteria']],
    ]),
    reverify: 'proposed',
    noticePeriod: 'monitoring',
  },
  {
    type: 'village_exit',
    label: { zh: '贫困村退出', en: 'Village exit' },
    subject: 'village',
    stages: REGION_EXIT_STAGES,
    steps: chain(REGION_EXIT_STAGES, [
      ['verify', 'town_official', [], ['criteria']],
      ['post_notice', 'county_admin', [], [], 'county'],
      ['end_notice', 'county_admin', [], ['notice']],
      ['county_approve', 'county_admin', [], ['criteria'], 'announcement'],
    ]),
    reverify: 'proposed',
    noticePeriod: 'default',
  },
  {
    type: 'county_exit',
    label: { zh: '贫困县退出', en: 'County exit' },
    subject: 'county',
    stages: COUNTY_EXIT_STAGES,
    steps: chain(
      COUNTY_EXIT_STAGES,
      [
        ['verify', 'county_admin', ['county_figures'], ['criteria']],
        ['post_notice', 'county_admin', [], [], 'county'],
        ['end_notice', 'county_admin', [], ['notice']],
        ['province_approve', 'county_admin', [], ['criteria'], 'announcement'],
      ],
      // The province decides a county's exit: a county administrator's grant on the province.
      (action, role) => (action === 'province_approve' ? 'province' : levelOfStep(action, role)),
    ),
    reverify: 'proposed',
    noticePeriod: 'default',
  },
];

const BY_TYPE = new Map(DEFS.map((d) => [d.type, d]));

export function caseType(type: CaseType): CaseTypeDef {
  return BY_TYPE.get(type)!;
}

export const caseTypes = (): readonly CaseTypeDef[] => DEFS;

/** The stage a case of this type starts in. */
export const firstStage = (type: CaseType): string => caseType(type).stages[0]!;

/** The stage that completes the case (reached by the step that `decides`). */
export const finalStage = (type: CaseType): string => caseType(type).stages.at(-1)!;

/** The step of `action` from `stage`, if the table has one. reject and withdraw are not in the table (below). */
export function stepOf(type: CaseType, stage: string, action: ActionName): Step | undefined {
  return caseType(type).steps.find((s) => s.from === stage && s.action === action);
}

/**
 * Ending a case early, allowed in every open stage with a reason: `reject` by the town or the county (for a
 * village or county assessment, by the county), `withdraw` by the village (for a county's own assessment, the
 * county). Both close the case and keep its record.
 */
export function closingRoles(type: CaseType, action: 'reject' | 'withdraw'): readonly ActingRole[] {
  const subject = caseType(type).subject;
  if (action === 'reject')
    return subject === 'household' ? ['town_official', 'county_admin'] : ['county_admin'];
  return subject === 'county'
    ? ['county_admin']
    : subject === 'village'
      ? ['town_official']
      : ['village_cadre'];
}

export const isClosing = (action: ActionName): action is 'reject' | 'withdraw' =>
  action === 'reject' || action === 'withdraw';
