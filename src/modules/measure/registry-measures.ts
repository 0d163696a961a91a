import { ruleViolation } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import type { FgtResult } from './fgt.ts';
import type { AlkireFosterResult } from './mpi.ts';
import { MEASURED_HOUSEHOLDS, type RegistryScope } from './registry-scope.ts';

/**
 * FGT and Alkire–Foster over the registry of a region and year, computed by the database in one pass over
 * the yearly facts (a million households never travel to Node). Each household counts with its size as its
 * weight, so the figures are person-level, with the per-capita net income against the line in force. The
 * definitions are those of fgt.ts and mpi.ts; the tests recompute these figures with those functions.
 */

/** The indicators of the multidimensional index the registry can say: income and 两不愁三保障 + water. */
export const MPI_INDICATORS = {
  income: 'hy.per_capita_income < $4',
  food: 'NOT hy.food_secure',
  clothing: 'NOT hy.clothing_secure',
  education: 'NOT hy.education_secure',
  medical: 'NOT hy.medical_secure',
  housing: 'NOT hy.housing_secure',
  water: 'NOT hy.water_secure',
} as const;
export type MpiIndicator = keyof typeof MPI_INDICATORS;
export const MPI_INDICATOR_NAMES = Object.keys(MPI_INDICATORS) as MpiIndicator[];

/** Above this gap a float rounding of the weights can no longer decide who is poor (as in mpi.ts). */
const TOLERANCE = 1e-12;

export interface RegistryFgt extends FgtResult {
  /** Registered households in scope, as /stats counts them. */
  households: number;
  /** Of those, households whose per-capita income is unknown: left out of every figure of the FGT. */
  unknownIncome: number;
}

export async function registryFgt(
  q: Queryable,
  scope: RegistryScope,
  alphas: readonly number[] = [0, 1, 2],
): Promise<RegistryFgt> {
  const line = scope.standard.line;
  // One column per α; the α values are parameters, only their positions are written into the SQL.
  const alphaColumns = alphas
    .map(
      (_, i) =>
        `, coalesce(sum(w * power(($4 - y) / $4, ($5::float8[])[${i + 1}])) FILTER (WHERE y < $4), 0) AS a${i}`,
    )
    .join('');
  const [row] = await q.query<Record<string, number | boolean | null>>(
    `WITH h AS (
       SELECT hy.size::float8 AS w, hy.per_capita_income::float8 AS y FROM household_years hy
       WHERE ${MEASURED_HOUSEHOLDS})
     -- An unknown income (NULL) is no income below the line: such households are out of every sum but counted.
     SELECT count(*)::int AS households, count(*) FILTER (WHERE y IS NULL)::int AS "unknownIncome",
            coalesce(sum(w) FILTER (WHERE y IS NOT NULL), 0) AS population,
            coalesce(sum(w) FILTER (WHERE y < $4), 0) AS poor,
            coalesce(sum(w * ($4 - y) / $4) FILTER (WHERE y < $4), 0) AS gap,
            coalesce(sum(w * (($4 - y) / $4) ^ 2) FILTER (WHERE y < $4), 0) AS squared,
            coalesce(sum(w * (ln($4) - ln(CASE WHEN y > 0 THEN y END))) FILTER (WHERE y < $4), 0) AS watts,
            coalesce(bool_or(y <= 0 AND y < $4), false) AS "wattsUndefined"${alphaColumns}
     FROM h`,
    [scope.year, ...scope.range, line, alphas],
  );
  const r = row!;
  const population = Number(r.population);
  if (Number(r.households) === 0) throw nobodyMeasured(scope);
  if (population === 0) throw noKnownIncome(scope);
  const poor = Number(r.poor);
  const gap = Number(r.gap);
  return {
    households: Number(r.households),
    unknownIncome: Number(r.unknownIncome),
    line,
    population,
    poor,
    headcount: poor / population,
    gap: gap / population,
    squaredGap: Number(r.squared) / population,
    incomeGapRatio: poor > 0 ? gap / poor : null,
    byAlpha: alphas.map((alpha, i) => ({ alpha, value: Number(r[`a${i}`]) / population })),
    watts: r.wattsUndefined ? null : Number(r.watts) / population,
  };
}

export interface MpiOptions {
  indicators: readonly MpiIndicator[];
  /** Relative weights, one per indicator (normalised to sum to 1). */
  weights: readonly number[];
  k: number;
}

export interface RegistryMpi extends Omit<AlkireFosterResult, 'scores' | 'indicators'> {
  /** Registered households in scope, as /stats counts them. */
  households: number;
  /** Of those, households whose per-capita income is unknown: not deprived in income (see the indicator). */
  unknownIncome: number;
  indicators: (AlkireFosterResult['indicators'][number] & {
    name: MpiIndicator;
    /** Share of persons whose value is not recorded (counted as not deprived). */
    unknown: number;
  })[];
}

export async function registryMpi(
  q: Queryable,
  scope: RegistryScope,
  options: MpiOptions,
): Promise<RegistryMpi> {
  const { indicators, k } = options;
  const total = options.weights.reduce((a, b) => a + b, 0);
  const weights = options.weights.map((w) => w / total);
  // d_j: deprived (1/0) — a value not recorded counts as not deprived and is reported as unknown.
  const flags = indicators
    .map(
      (name, j) =>
        `, CASE WHEN ${MPI_INDICATORS[name]} THEN 1 ELSE 0 END AS d${j}, (${MPI_INDICATORS[name]}) IS NULL AS u${j}`,
    )
    .join('');
  const score = indicators.map((_, j) => `($5::float8[])[${j + 1}] * d${j}`).join(' + ');
  const sums = indicators
    .map(
      (_, j) =>
        `, sum(w * d${j}) AS unc${j}, coalesce(sum(w * d${j}) FILTER (WHERE poor), 0) AS cen${j}, coalesce(sum(w) FILTER (WHERE u${j}), 0) AS unk${j}`,
    )
    .join('');
  const [row] = await q.query<Record<string, number>>(
    `WITH h AS (SELECT hy.size::float8 AS w, hy.per_capita_income IS NULL AS ui${flags}
                FROM household_years hy WHERE ${MEASURED_HOUSEHOLDS}),
     s AS (SELECT *, ${score} AS c FROM h),
     p AS (SELECT *, c >= $6::float8 - ${TOLERANCE} AS poor FROM s)
     SELECT count(*)::int AS households, count(*) FILTER (WHERE ui)::int AS "unknownIncome",
            coalesce(sum(w), 0) AS population,
            coalesce(sum(w) FILTER (WHERE poor), 0) AS poor, coalesce(sum(w * c) FILTER (WHERE poor), 0) AS score${sums}
     FROM p`,
    [scope.year, ...scope.range, scope.standard.line, weights, k],
  );
  const r = row!;
  const population = Number(r.population);
  if (population === 0) throw nobodyMeasured(scope);
  const poor = Number(r.poor);
  const m0 = Number(r.score) / population;
  return {
    households: Number(r.households),
    unknownIncome: Number(r.unknownIncome),
    k,
    population,
    poor,
    headcount: poor / population,
    intensity: poor > 0 ? Number(r.score) / poor : null,
    adjustedHeadcount: m0,
    indicators: indicators.map((name, j) => {
      const censored = Number(r[`cen${j}`]) / population;
      return {
        name,
        weight: weights[j]!,
        uncensoredHeadcount: Number(r[`unc${j}`]) / population,
        censoredHeadcount: censored,
        contribution: m0 > 0 ? ((weights[j]! * censored) / m0) * 100 : null,
        unknown: Number(r[`unk${j}`]) / population,
      };
    }),
  };
}

function noKnownIncome(scope: RegistryScope) {
  return ruleViolation('NO_KNOWN_INCOME', {
    zh: `${scope.year} 年该区划没有收入已知的家庭，无法计算`,
    en: `No household in this region has a known income in ${scope.year}: nothing to measure`,
  });
}

function nobodyMeasured(scope: RegistryScope) {
  return ruleViolation('NO_HOUSEHOLDS', {
    zh: `${scope.year} 年该区划没有登记在册的家庭，无法计算`,
    en: `No registered households in this region in ${scope.year}: nothing to measure`,
  });
}
