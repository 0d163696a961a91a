import type { ApiError, ServerMessage } from '../../api/errors.ts';
import type { ActionBody, ActionInputs, AvailableAction, EvidenceRef } from './api.ts';

/**
 * The step form as data, kept free of React to be tested: which inputs a step's `requires` asks for (the
 * transition table on the server says, through the case view's `actions`), and the request body built from
 * what the user entered. Only what is required is checked here; every other rule is the server's.
 */

/** Evidence as the form holds it: a file uploaded to the case (its id and name), or a paper document. */
export interface EvidenceValue {
  evidenceId?: number;
  fileName?: string;
  documentNo?: string;
  documentDate?: string | null;
}

export interface Votes {
  present?: number | null;
  for?: number | null;
  against?: number | null;
}

export interface ActionValues {
  date?: string | null;
  comment?: string;
  reason?: string;
  minutes?: EvidenceValue;
  votes?: Votes;
  signature?: EvidenceValue;
  authorisation?: EvidenceValue;
  householdType?: string;
  mainCause?: string;
  secondaryCauses?: string[];
  monitoringType?: string;
  riskTypes?: string[];
  /** The county's figures in percent, as people write them; the API takes 0–1. */
  wrongExitRate?: number | null;
  missedRate?: number | null;
  approvalRate?: number | null;
  figuresEvidence?: EvidenceValue;
}

/** The groups of inputs a step may ask for, in the order the form shows them. */
export type InputGroup =
  | 'incomeAndAssessment'
  | 'minutes'
  | 'signature'
  | 'authorisation'
  | 'povertyFacts'
  | 'monitoringFacts'
  | 'countyFigures';

const GROUP_OF: Readonly<Record<string, InputGroup>> = {
  income_and_assessment: 'incomeAndAssessment',
  minutes: 'minutes',
  signature: 'signature',
  authorisation: 'authorisation',
  poverty_facts: 'povertyFacts',
  monitoring_facts: 'monitoringFacts',
  county_figures: 'countyFigures',
};

const ORDER: readonly InputGroup[] = [
  'incomeAndAssessment',
  'minutes',
  'signature',
  'authorisation',
  'povertyFacts',
  'monitoringFacts',
  'countyFigures',
];

/** The input groups of a step's requirements; a requirement this console does not know is left to the server. */
export function inputGroups(requires: readonly string[]): InputGroup[] {
  const wanted = new Set(requires.map((r) => GROUP_OF[r]).filter((g) => g !== undefined));
  return ORDER.filter((g) => wanted.has(g));
}

/** The evidence fields of the form and the group that asks for each. */
export const EVIDENCE_FIELDS = {
  minutes: 'minutes',
  signature: 'signature',
  authorisation: 'authorisation',
  figuresEvidence: 'countyFigures',
} as const satisfies Record<string, InputGroup>;
export type EvidenceField = keyof typeof EVIDENCE_FIELDS;

/** The reference a step sends: the uploaded file if there is one, else the document by number and date. */
export function evidenceRef(value: EvidenceValue | undefined): EvidenceRef | undefined {
  if (!value) return undefined;
  if (value.evidenceId !== undefined) return { evidenceId: value.evidenceId };
  const documentNo = value.documentNo?.trim();
  if (documentNo && value.documentDate) return { documentNo, date: value.documentDate };
  return undefined;
}

const rate = (percent: number | null | undefined) =>
  percent === null || percent === undefined ? undefined : Math.round(percent * 100) / 10_000;
const count = (value: number | null | undefined) => (value === null || value === undefined ? 0 : value);

function inputsOf(groups: readonly InputGroup[], values: ActionValues): ActionInputs | undefined {
  const inputs: ActionInputs = {};
  const set = <K extends keyof ActionInputs>(key: K, value: ActionInputs[K] | undefined) => {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) inputs[key] = value;
  };
  for (const group of groups) {
    if (group === 'minutes') {
      set('minutes', evidenceRef(values.minutes));
      const v = values.votes;
      if (v && v.present) set('votes', { present: v.present, for: count(v.for), against: count(v.against) });
    }
    if (group === 'signature') set('signature', evidenceRef(values.signature));
    if (group === 'authorisation') set('authorisation', evidenceRef(values.authorisation));
    if (group === 'povertyFacts') {
      set('householdType', values.householdType);
      set('mainCause', values.mainCause);
      set('secondaryCauses', values.secondaryCauses);
    }
    if (group === 'monitoringFacts') {
      set('monitoringType', values.monitoringType);
      set('riskTypes', values.riskTypes);
    }
    if (group === 'countyFigures') {
      set('wrongExitRate', rate(values.wrongExitRate));
      set('missedRate', rate(values.missedRate));
      set('approvalRate', rate(values.approvalRate));
      set('figuresEvidence', evidenceRef(values.figuresEvidence));
    }
  }
  return Object.keys(inputs).length > 0 ? inputs : undefined;
}

type Step = Pick<AvailableAction, 'action' | 'requires' | 'needsReason'>;

/** What a step sends besides the version (a bulk run sends it for every case): date, comment, reason, inputs. */
export function stepFields(step: Step, values: ActionValues): Omit<ActionBody, 'version'> {
  const body: Omit<ActionBody, 'version'> = { action: step.action };
  if (values.date) body.date = values.date;
  const comment = values.comment?.trim();
  if (comment) body.comment = comment;
  const reason = values.reason?.trim();
  if (reason) body.reason = reason;
  const inputs = inputsOf(inputGroups(step.requires), values);
  if (inputs) body.inputs = inputs;
  return body;
}

/** The request of a step on one case: the version the user saw, and the step's fields. */
export function actionBody(step: Step, version: number, values: ActionValues): ActionBody {
  return { ...stepFields(step, values), version };
}

/**
 * What a step cannot go without, named before anything is sent: the reason of a rejection or withdrawal and
 * each piece of evidence its requirements ask for (whether a vote carried is the server's to say).
 */
export function missingRequired(step: Step, values: ActionValues): string[] {
  const missing: string[] = [];
  if (!values.date) missing.push('date');
  if (step.needsReason && !values.reason?.trim()) missing.push('reason');
  const groups = inputGroups(step.requires);
  for (const [field, group] of Object.entries(EVIDENCE_FIELDS)) {
    if (groups.includes(group) && !evidenceRef(values[field as EvidenceField])) missing.push(field);
  }
  if (groups.includes('minutes') && !values.votes?.present) missing.push('votes');
  return missing;
}

/** The failing criteria of a CRITERIA_NOT_MET refusal (details.criteria[].message), each in both languages. */
export function failingCriteria(error: ApiError): ServerMessage[] {
  const list = error.details.criteria;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { message, code } = item as { message?: unknown; code?: unknown };
    if (typeof message === 'string') return [{ zh: message, en: message }];
    if (typeof message === 'object' && message !== null) {
      const m = message as Partial<ServerMessage>;
      if (typeof m.zh === 'string' && typeof m.en === 'string') return [{ zh: m.zh, en: m.en }];
    }
    return typeof code === 'string' ? [{ zh: code, en: code }] : [];
  });
}
