import type { Actor } from '../auth/actor.ts';
import { canDoCasework } from '../auth/policies.ts';
import { isWithin, levelOf } from '../regions/region-code.ts';

/**
 * A problem's steps (issue 13 §3): open → start → in_progress → solve (with evidence) → solved → confirm →
 * confirmed; reopen (with a reason) from solved or confirmed back to open. Who may take a step: anyone who
 * writes problems there (problem.write: the village's casework roles, or the paired cadre of the household)
 * starts and solves; a confirmation is the level above the village's — a town or county official whose
 * casework covers the problem's village from above — and never by whoever solved it; reopening is the
 * confirming level's too, since it overrules a solution.
 */
export const PROBLEM_STATES = ['open', 'in_progress', 'solved', 'confirmed'] as const;
export type ProblemState = (typeof PROBLEM_STATES)[number];
export const PROBLEM_ACTIONS = ['start', 'solve', 'confirm', 'reopen'] as const;
export type ProblemStep = (typeof PROBLEM_ACTIONS)[number];

interface Transition {
  from: readonly ProblemState[];
  to: ProblemState;
  /** Only a level above the village (a town or county grant covering it) may take it. */
  above: boolean;
}

export const TRANSITIONS: Record<ProblemStep, Transition> = {
  start: { from: ['open'], to: 'in_progress', above: false },
  solve: { from: ['open', 'in_progress'], to: 'solved', above: false },
  confirm: { from: ['solved'], to: 'confirmed', above: true },
  reopen: { from: ['solved', 'confirmed'], to: 'open', above: true },
};

/** The actor does casework on the village from a town or county grant (not the village's own, not by pairing). */
export function actsAbove(actor: Actor, villageCode: string): boolean {
  return actor.grants.some(
    (g) =>
      levelOf(g.regionCode) < 5 && isWithin(villageCode, g.regionCode) && canDoCasework(actor, g.regionCode),
  );
}

export interface StepContext {
  state: ProblemState;
  villageCode: string;
  /** The actor may write the problem (problem.write, by region or pairing). */
  writes: boolean;
  /** The user who solved it last (a confirmation is someone else's). */
  solvedBy: number | null;
}

/** Why the actor may not take `step` now, or null when they may. */
export function refusal(
  actor: Actor,
  step: ProblemStep,
  ctx: StepContext,
): 'WRONG_STATE' | 'FORBIDDEN' | 'SELF_CONFIRM' | null {
  const t = TRANSITIONS[step];
  if (!t.from.includes(ctx.state)) return 'WRONG_STATE';
  if (!ctx.writes) return 'FORBIDDEN';
  if (t.above && !actsAbove(actor, ctx.villageCode)) return 'FORBIDDEN';
  if (step === 'confirm' && actor.userId !== null && actor.userId === ctx.solvedBy) return 'SELF_CONFIRM';
  return null;
}

/** The steps the actor may take now (the detail's `actions`, so the console shows only those buttons). */
export const allowedSteps = (actor: Actor, ctx: StepContext): ProblemStep[] =>
  PROBLEM_ACTIONS.filter((step) => refusal(actor, step, ctx) === null);
