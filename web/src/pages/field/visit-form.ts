import type { YearFacts } from '../../api/types.ts';
import {
  CHECKS,
  type Check,
  type Confirmation,
  type VisitBody,
  type VisitProblem,
} from '../../offline/contract.ts';

/** The visit form's values, and how they become the request body; kept free of React to be tested. */
/** A problem being written: its category not chosen yet at first. */
export interface DraftProblem {
  category: VisitProblem['category'] | '';
  description: string;
}

export interface VisitValues {
  checks: Record<Check, boolean>;
  incomeChange: string;
  memberChanges: string;
  notes: string;
  problems: DraftProblem[];
}

const FACT: Record<Check, keyof YearFacts> = {
  food: 'foodSecure',
  clothing: 'clothingSecure',
  education: 'educationSecure',
  medical: 'medicalSecure',
  housing: 'housingSecure',
  water: 'waterSecure',
};

/**
 * The checks as the system last knew them (the household's facts of the year), so the cadre only changes
 * what changed; a guarantee nobody recorded yet starts as met, as most are.
 */
export function checksFrom(facts: Partial<YearFacts> | null | undefined): Record<Check, boolean> {
  return Object.fromEntries(CHECKS.map((c) => [c, facts?.[FACT[c]] !== false])) as Record<Check, boolean>;
}

export function emptyValues(facts: YearFacts | null | undefined): VisitValues {
  return { checks: checksFrom(facts), incomeChange: '', memberChanges: '', notes: '', problems: [] };
}

export function valuesOf(body: VisitBody): VisitValues {
  return {
    checks: body.checks,
    incomeChange: body.incomeChange ?? '',
    memberChanges: body.memberChanges ?? '',
    notes: body.notes ?? '',
    problems: body.problems ?? [],
  };
}

/**
 * The body sent: texts trimmed, empty ones and half-filled problems left out. What the cadre typed and what
 * was pre-filled the server judges from what it holds (the checks left as it knew them were pre-filled).
 */
export function bodyOf(
  values: VisitValues,
  fixed: Pick<VisitBody, 'clientId' | 'householdId' | 'at' | 'position'>,
  confirmation: Confirmation | undefined,
): VisitBody {
  const text = (value: string) => value.trim() || undefined;
  const problems = values.problems
    .map((p) => ({ ...p, description: p.description.trim() }))
    .filter((p): p is VisitProblem => p.category !== '' && p.description !== '');
  return {
    ...fixed,
    checks: values.checks,
    ...(text(values.notes) && { notes: text(values.notes) }),
    ...(text(values.incomeChange) && { incomeChange: text(values.incomeChange) }),
    ...(text(values.memberChanges) && { memberChanges: text(values.memberChanges) }),
    ...(problems.length > 0 && { problems }),
    ...(confirmation && { confirmation }),
  };
}
