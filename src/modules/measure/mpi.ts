import { fieldError } from '../../app/errors.ts';
import { checkFinite, checkWeights } from './fgt.ts';

/**
 * Multidimensional poverty by the Alkire–Foster counting method (Alkire & Foster 2011, "Counting and
 * multidimensional poverty measurement", J. Public Economics 95), as pure functions.
 *
 * Conventions:
 * - a person is deprived in indicator j when the achievement is strictly below its cutoff z_j;
 * - indicator weights are relative: they are normalised to sum to 1, so a deprivation score c_i is the
 *   weighted share of indicators in which person i is deprived, in [0, 1], and the poverty cutoff k is a
 *   share of the total weight (0 < k ≤ 1). Equal weights with k = 2/4 mean "deprived in 2 of 4";
 * - a person is poor when c_i ≥ k (the paper's dual cutoff), within 1e-12 so that k = 1/3 written in
 *   decimals, or weights that do not add up exactly in binary, do not drop a person on the boundary;
 * - person weights count persons as in fgt.ts (an integer weight equals that many copies).
 *
 * One core computes everything from a deprivation predicate; `alkireFoster` (achievements and cutoffs) and
 * `alkireFosterFromDeprivations` (yes/no flags, e.g. the registry's 两不愁三保障 indicators) only check their
 * matrix and supply the predicate.
 */

export interface AlkireFosterInput {
  /** One row per person, one achievement per indicator. */
  achievements: readonly (readonly number[])[];
  /** z_j, one per indicator. */
  cutoffs: readonly number[];
  /** Relative indicator weights (≥ 0, positive sum), normalised to sum to 1. */
  weights: readonly number[];
  /** Poverty cutoff as a share of the total weight, 0 < k ≤ 1. */
  k: number;
  /** One non-negative weight per person, not all zero; default 1 each. */
  personWeights?: readonly number[] | undefined;
}

export interface DeprivationInput {
  /** One row per person, true where the person is deprived in that indicator. */
  deprivations: readonly (readonly boolean[])[];
  weights: readonly number[];
  k: number;
  personWeights?: readonly number[] | undefined;
}

export interface IndicatorResult {
  /** The weight after normalisation to a total of 1. */
  weight: number;
  /** Share of the population deprived in this indicator. */
  uncensoredHeadcount: number;
  /** Share of the population both poor and deprived in this indicator. */
  censoredHeadcount: number;
  /** Percentage of M0 due to this indicator (weight × censored headcount / M0 × 100); null when M0 = 0. */
  contribution: number | null;
}

export interface AlkireFosterResult {
  k: number;
  /** Sum of person weights. */
  population: number;
  /** Weighted count of the poor. */
  poor: number;
  /** H, the multidimensional headcount ratio. */
  headcount: number;
  /** A, the average deprivation score among the poor; null when nobody is poor. */
  intensity: number | null;
  /** M0 = H × A, the adjusted headcount ratio (0 when nobody is poor). */
  adjustedHeadcount: number;
  indicators: IndicatorResult[];
  /** Censored deprivation score c_i(k) of each person: c_i when poor, else 0. */
  scores: number[];
}

/** Allowance for rounding in sums of normalised weights; see the file comment. */
const TOLERANCE = 1e-12;

/** Rows must all have the width of the first one (≥ 1); returns that width. Names the bad row. */
function checkRows(rows: readonly (readonly unknown[])[], field: string): number {
  if (rows.length === 0) throw fieldError(field, 'EMPTY', { zh: '不能为空', en: 'must not be empty' });
  const width = rows[0]!.length;
  if (width === 0)
    throw fieldError(`${field}.0`, 'EMPTY', { zh: '至少要有一个指标', en: 'needs at least one indicator' });
  rows.forEach((row, i) => {
    if (row.length !== width) {
      throw fieldError(`${field}.${i}`, 'ROW_LENGTH', {
        zh: `每行的指标个数须相同（第 0 行 ${width} 个，此行 ${row.length} 个）`,
        en: `every row needs the same number of indicators (row 0 has ${width}, this one ${row.length})`,
      });
    }
  });
  return width;
}

function measure(
  persons: number,
  indicatorCount: number,
  deprived: (person: number, indicator: number) => boolean,
  input: Omit<DeprivationInput, 'deprivations'>,
): AlkireFosterResult {
  const { k, personWeights } = input;
  const weightSum = checkWeights(input.weights, indicatorCount, 'weights', { zh: '个指标', en: 'indicator' });
  if (typeof k !== 'number' || !(k > 0 && k <= 1)) {
    throw fieldError('k', 'K_OUT_OF_RANGE', {
      zh: 'k 是总权重的比例，须大于 0 且不超过 1',
      en: 'k is a share of the total weight: more than 0 and at most 1',
    });
  }
  if (personWeights !== undefined)
    checkWeights(personWeights, persons, 'personWeights', { zh: '人（行）', en: 'person (row)' });

  const weights = input.weights.map((w) => w / weightSum);
  const uncensored = new Float64Array(indicatorCount);
  const censored = new Float64Array(indicatorCount);
  const flags = new Uint8Array(indicatorCount);
  const scores = new Array<number>(persons);
  let population = 0;
  let poor = 0;
  let scoreSum = 0;
  for (let i = 0; i < persons; i++) {
    const p = personWeights ? personWeights[i]! : 1;
    let score = 0;
    for (let j = 0; j < indicatorCount; j++) {
      flags[j] = deprived(i, j) ? 1 : 0;
      if (flags[j]) {
        score += weights[j]!;
        uncensored[j]! += p;
      }
    }
    population += p;
    // score > 0 too: a zero score is never poor, however small k is.
    const isPoor = score > 0 && score >= k - TOLERANCE;
    scores[i] = isPoor ? score : 0;
    if (!isPoor) continue;
    poor += p;
    scoreSum += p * score;
    for (let j = 0; j < indicatorCount; j++) if (flags[j]) censored[j]! += p;
  }

  const m0 = scoreSum / population;
  return {
    k,
    population,
    poor,
    headcount: poor / population,
    intensity: poor > 0 ? scoreSum / poor : null,
    adjustedHeadcount: m0,
    indicators: weights.map((weight, j) => ({
      weight,
      uncensoredHeadcount: uncensored[j]! / population,
      censoredHeadcount: censored[j]! / population,
      contribution: m0 > 0 ? ((weight * censored[j]!) / population / m0) * 100 : null,
    })),
    scores,
  };
}

/** The Alkire–Foster measures from achievements and cutoffs. */
export function alkireFoster(input: AlkireFosterInput): AlkireFosterResult {
  const { achievements, cutoffs } = input;
  const width = checkRows(achievements, 'achievements');
  achievements.forEach((row, i) => checkFinite(row, `achievements.${i}`));
  if (cutoffs.length !== width) {
    throw fieldError('cutoffs', 'LENGTH_MISMATCH', {
      zh: `须每个指标一个（${width} 个），实为 ${cutoffs.length} 个`,
      en: `needs one entry per indicator (${width}), has ${cutoffs.length}`,
    });
  }
  checkFinite(cutoffs, 'cutoffs');
  return measure(achievements.length, width, (i, j) => achievements[i]![j]! < cutoffs[j]!, input);
}

/** The Alkire–Foster measures from yes/no deprivation flags (already compared with their cutoffs). */
export function alkireFosterFromDeprivations(input: DeprivationInput): AlkireFosterResult {
  const { deprivations } = input;
  const width = checkRows(deprivations, 'deprivations');
  deprivations.forEach((row, i) =>
    row.forEach((flag, j) => {
      if (typeof flag !== 'boolean') {
        throw fieldError(`deprivations.${i}.${j}`, 'NOT_A_BOOLEAN', {
          zh: '必须是 true 或 false',
          en: 'must be true or false',
        });
      }
    }),
  );
  return measure(deprivations.length, width, (i, j) => deprivations[i]![j]!, input);
}
