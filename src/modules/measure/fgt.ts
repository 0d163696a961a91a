import { fieldError, type Message } from '../../app/errors.ts';

/**
 * Income poverty measures as pure functions: the Foster–Greer–Thorbecke family P_α and the Watts index
 * (Haughton & Khandker, Handbook on Poverty and Inequality, World Bank 2009, ch. 4).
 *
 * Conventions, so that figures agree with the Handbook:
 * - poor means income strictly below the line (y < z); an income exactly on the line is not poor;
 * - the gap is normalised, g = (z − y) / z, and is 0 for the non-poor. Negative incomes (a net loss) are
 *   kept as they are, not censored at 0, so their gap exceeds 1;
 * - weights count persons: a household income with weight = household size gives person-level measures,
 *   and an integer weight w is the same as w copies of the observation. A weight of 0 removes the
 *   observation altogether.
 *
 * Invalid input throws a DomainError naming the field (`incomes`, `weights.3`, `line`, ...), so the HTTP
 * layer and any other caller get the same checks.
 */

export interface FgtInput {
  incomes: readonly number[];
  /** The poverty line z, > 0, in the same unit as the incomes. */
  line: number;
  /** One non-negative weight per income, not all zero; default 1 each. */
  weights?: readonly number[] | undefined;
  /** Extra α values to report in byAlpha (each ≥ 0); default [0, 1, 2]. */
  alphas?: readonly number[] | undefined;
}

export interface AlphaValue {
  alpha: number;
  value: number;
}

export interface FgtResult {
  line: number;
  /** Sum of weights (the number of persons when weights are household sizes). */
  population: number;
  /** Weighted count of the poor. */
  poor: number;
  /** P0, headcount ratio 贫困发生率 = poor / population. */
  headcount: number;
  /** P1, poverty gap index 贫困深度: mean normalised gap over the whole population. */
  gap: number;
  /** P2, squared poverty gap 贫困强度 (severity). */
  squaredGap: number;
  /** Mean normalised gap among the poor (P1 / P0); null when nobody is poor. */
  incomeGapRatio: number | null;
  /** P_α for each requested α, in the order asked. */
  byAlpha: AlphaValue[];
  /**
   * Watts index: population mean of ln(z / y) over the poor (0 for the non-poor). Null when a poor person
   * with positive weight has an income ≤ 0, where the logarithm is undefined.
   */
  watts: number | null;
}

const DEFAULT_ALPHAS: readonly number[] = [0, 1, 2];

/** Every value a finite number; names the first offender (`incomes.3`). */
export function checkFinite(values: readonly number[], field: string): void {
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw fieldError(`${field}.${i}`, 'NOT_A_NUMBER', {
        zh: '必须是有限数值',
        en: 'must be a finite number',
      });
    }
  });
}

/**
 * Checks a weight vector (persons or indicators alike): one per item, finite, ≥ 0, with a positive sum.
 * Returns the sum.
 */
export function checkWeights(weights: readonly number[], count: number, field: string, per: Message): number {
  if (weights.length !== count) {
    throw fieldError(field, 'LENGTH_MISMATCH', {
      zh: `须每${per.zh}一个（${count} 个），实为 ${weights.length} 个`,
      en: `needs one entry per ${per.en} (${count}), has ${weights.length}`,
    });
  }
  checkFinite(weights, field);
  let sum = 0;
  weights.forEach((w, i) => {
    if (w < 0) {
      throw fieldError(`${field}.${i}`, 'NEGATIVE_WEIGHT', {
        zh: '权重不能为负',
        en: 'weight must not be negative',
      });
    }
    sum += w;
  });
  if (!(sum > 0) || !Number.isFinite(sum)) {
    throw fieldError(field, 'ZERO_WEIGHTS', {
      zh: '权重之和须为正的有限数',
      en: 'weights must add up to a positive finite number',
    });
  }
  return sum;
}

/** Results must be finite numbers; extreme inputs (a tiny line, huge incomes, a large α) could overflow. */
function checkResultFinite(values: readonly (number | null)[], field: string): void {
  if (values.some((v) => v !== null && !Number.isFinite(v))) {
    throw fieldError(field, 'OUT_OF_RANGE', {
      zh: '数值超出可计算范围，请检查单位',
      en: 'values are too extreme to compute; check the units',
    });
  }
}

function checkInput(input: FgtInput): readonly number[] {
  const { incomes, line } = input;
  if (incomes.length === 0) throw fieldError('incomes', 'EMPTY', { zh: '不能为空', en: 'must not be empty' });
  checkFinite(incomes, 'incomes');
  if (typeof line !== 'number' || !Number.isFinite(line) || line <= 0) {
    throw fieldError('line', 'LINE_NOT_POSITIVE', {
      zh: '贫困线须为正数',
      en: 'the poverty line must be positive',
    });
  }
  if (input.weights !== undefined)
    checkWeights(input.weights, incomes.length, 'weights', { zh: '个收入', en: 'income' });
  const alphas = input.alphas ?? DEFAULT_ALPHAS;
  checkFinite(alphas, 'alphas');
  alphas.forEach((a, i) => {
    if (a < 0)
      throw fieldError(`alphas.${i}`, 'NEGATIVE_ALPHA', {
        zh: 'α 不能为负',
        en: 'alpha must not be negative',
      });
  });
  return alphas;
}

/** P_α for every α of `alphas`, with P0–P2, the counts and the Watts index, in one pass over the incomes. */
export function fgt(input: FgtInput): FgtResult {
  const alphas = checkInput(input);
  const { incomes, line, weights } = input;
  const logLine = Math.log(line);
  const alphaSums = new Float64Array(alphas.length);
  let population = 0;
  let poor = 0;
  let gapSum = 0;
  let squaredGapSum = 0;
  let wattsSum = 0;
  let wattsDefined = true;
  for (let i = 0; i < incomes.length; i++) {
    const w = weights ? weights[i]! : 1;
    if (w === 0) continue;
    const y = incomes[i]!;
    population += w;
    if (!(y < line)) continue;
    const g = (line - y) / line;
    poor += w;
    gapSum += w * g;
    squaredGapSum += w * g * g;
    for (let a = 0; a < alphas.length; a++) alphaSums[a]! += w * g ** alphas[a]!;
    // ln z − ln y rather than ln(z / y): the quotient can overflow for a tiny positive income.
    if (y > 0) wattsSum += w * (logLine - Math.log(y));
    else wattsDefined = false;
  }
  const result: FgtResult = {
    line,
    population,
    poor,
    headcount: poor / population,
    gap: gapSum / population,
    squaredGap: squaredGapSum / population,
    incomeGapRatio: poor > 0 ? gapSum / poor : null,
    byAlpha: alphas.map((alpha, a) => ({ alpha, value: alphaSums[a]! / population })),
    watts: wattsDefined ? wattsSum / population : null,
  };
  checkResultFinite(
    [
      result.population,
      result.gap,
      result.squaredGap,
      result.incomeGapRatio,
      result.watts,
      ...result.byAlpha.map((b) => b.value),
    ],
    'incomes',
  );
  return result;
}
