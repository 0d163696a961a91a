import { z } from 'zod';

/** Response shapes of the poverty measures, shared by the routes on given numbers and on the registry. */

const indicatorResult = z.object({
  weight: z.number().describe('normalised weight'),
  uncensoredHeadcount: z.number(),
  censoredHeadcount: z.number(),
  contribution: z.number().nullable().describe('percentage of M0; null when M0 = 0'),
});

export const fgtResult = z.object({
  line: z.number(),
  population: z.number().describe('sum of weights'),
  poor: z.number().describe('weighted count of the poor (income strictly below the line)'),
  headcount: z.number().describe('P0, headcount ratio / 贫困发生率'),
  gap: z.number().describe('P1, poverty gap index / 贫困深度'),
  squaredGap: z.number().describe('P2, squared poverty gap / 贫困强度'),
  incomeGapRatio: z
    .number()
    .nullable()
    .describe('mean normalised gap among the poor; null when nobody is poor'),
  byAlpha: z.array(z.object({ alpha: z.number(), value: z.number() })),
  watts: z.number().nullable().describe('Watts index; null when a poor person has an income ≤ 0'),
});

export const mpiResult = z.object({
  k: z.number(),
  population: z.number().describe('sum of person weights'),
  poor: z.number().describe('weighted count of the poor'),
  headcount: z.number().describe('H, multidimensional headcount ratio'),
  intensity: z
    .number()
    .nullable()
    .describe('A, average deprivation score of the poor; null when nobody is poor'),
  adjustedHeadcount: z.number().describe('M0 = H × A, adjusted headcount ratio'),
  indicators: z.array(indicatorResult),
  scores: z.array(z.number()).describe('censored deprivation score c_i(k) of each row, in [0, 1]'),
});

/** The registry's measures: households counted, and per indicator its name and the share not recorded. */
export const registryMeasuresResult = (indicatorNames: readonly [string, ...string[]]) =>
  z.object({
    region: z.string(),
    year: z.number(),
    standard: z.object({
      standardId: z.number(),
      year: z.number(),
      line: z.number(),
      monitoringMultiplier: z.number(),
      monitoringLine: z.number(),
      source: z.enum(['national', 'provincial']),
      province: z.string(),
    }),
    fgt: fgtResult.extend({
      households: z.number().describe('registered households (every status but 04 cancelled), as /stats'),
      unknownIncome: z
        .number()
        .describe('of those, households whose per-capita income is unknown: left out of every FGT figure'),
    }),
    mpi: mpiResult.omit({ scores: true, indicators: true }).extend({
      households: z.number().describe('registered households (every status but 04 cancelled), as /stats'),
      unknownIncome: z
        .number()
        .describe('of those, households whose per-capita income is unknown: not deprived in income'),
      indicators: z.array(
        indicatorResult.extend({
          name: z.enum(indicatorNames),
          unknown: z
            .number()
            .describe('share of persons whose value is not recorded (counted as not deprived)'),
        }),
      ),
    }),
  });
