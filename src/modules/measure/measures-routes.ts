import { z } from 'zod';
import type { App } from '../../app/context.ts';
import { LIMITS as HTTP_LIMITS } from '../../app/limits.ts';
import { fgt } from './fgt.ts';
import { alkireFoster } from './mpi.ts';
import { fgtResult, mpiResult } from './schemas.ts';

/**
 * Poverty measures computed from the numbers in the request; nothing is read from or written to the
 * database, so any logged-in user may call them (the server's hook already refuses callers without a
 * session). zod checks each value; fgt.ts and mpi.ts check what spans fields (lengths, row widths, weights
 * that add up to zero) and answer with the same error shape.
 */

const MAX_OBSERVATIONS = 1_000_000;
const MAX_INDICATORS = 100;
const MAX_ALPHAS = 20;
/** Above the server's JSON limit: a million incomes in JSON take about 8–12 MB. */
const BODY_LIMIT = HTTP_LIMITS.measureBody;
const LIMITS = `At most ${MAX_OBSERVATIONS.toLocaleString('en')} persons and ${MAX_INDICATORS} indicators; the request body may not exceed ${BODY_LIMIT / 1024 / 1024} MiB (413 beyond).`;

const tags = ['measures'];
// zod 4's number refuses NaN and ±Infinity, so a JSON 1e400 is rejected too.
const weightList = z.array(z.number().min(0)).min(1).max(MAX_OBSERVATIONS);

const fgtBody = z.object({
  incomes: z
    .array(z.number())
    .min(1)
    .max(MAX_OBSERVATIONS)
    .describe('per-capita incomes (or consumption), one per person or household / 人均收入'),
  weights: weightList
    .optional()
    .describe('one non-negative weight per income, e.g. household size; not all zero; default 1 each'),
  line: z.number().positive().describe('poverty line z, same unit as the incomes / 贫困线'),
  alphas: z
    .array(z.number().min(0).max(100))
    .min(1)
    .max(MAX_ALPHAS)
    .optional()
    .describe('FGT α values to report in byAlpha; default [0, 1, 2]'),
});

const mpiBody = z.object({
  achievements: z
    .array(z.array(z.number()).min(1).max(MAX_INDICATORS))
    .min(1)
    .max(MAX_OBSERVATIONS)
    .describe('one row per person, one achievement per indicator, all rows of the same length'),
  cutoffs: z
    .array(z.number())
    .min(1)
    .max(MAX_INDICATORS)
    .describe('z_j per indicator; deprived when the achievement is strictly below'),
  weights: z
    .array(z.number().min(0))
    .min(1)
    .max(MAX_INDICATORS)
    .describe('relative indicator weights, normalised to sum to 1; not all zero'),
  k: z.number().gt(0).max(1).describe('poverty cutoff as a share of the total weight, 0 < k ≤ 1'),
  personWeights: weightList
    .optional()
    .describe('one non-negative weight per row; not all zero; default 1 each'),
});

export async function measuresRoutes(app: App) {
  app.post(
    '/api/v1/measures/fgt',
    {
      bodyLimit: BODY_LIMIT,
      schema: {
        tags,
        summary: 'Income poverty: FGT P0, P1, P2, any P_α, and the Watts index / 贫困发生率、深度与强度',
        description: `Poor means income strictly below the line; gaps are normalised, (z − y) / z. ${LIMITS}`,
        body: fgtBody,
        response: { 200: fgtResult },
      },
    },
    async (request) => fgt(request.body),
  );

  app.post(
    '/api/v1/measures/mpi',
    {
      bodyLimit: BODY_LIMIT,
      schema: {
        tags,
        summary: 'Multidimensional poverty by the Alkire–Foster method: H, A, M0 / 多维贫困指数',
        description: `Deprived when an achievement is strictly below its cutoff; poor when the weighted share of deprivations is at least k. ${LIMITS}`,
        body: mpiBody,
        response: { 200: mpiResult },
      },
    },
    async (request) => alkireFoster(request.body),
  );
}
