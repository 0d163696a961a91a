import { z } from 'zod';
import { requireActor, type App } from '../../app/context.ts';
import type { Actor } from '../auth/actor.ts';
import { fieldError } from '../../app/errors.ts';
import { LINE_MAX, MULTIPLIER_MAX, MULTIPLIER_MIN } from '../standards/rules.ts';
import { MPI_INDICATOR_NAMES, registryFgt, registryMpi, type MpiIndicator } from './registry-measures.ts';
import { regionAndYear } from './region-year.ts';
import { registryScope } from './registry-scope.ts';
import { registryMeasuresResult } from './schemas.ts';
import { whatIf } from './what-if.ts';

const tags = ['measures'];

const regionYear = {
  region: z.string().describe('region code (a province or below), 2–12 digits; default: your first grant'),
  year: z.number().int().min(2013).max(2100).optional().describe('default: the latest year with data'),
};

const mpiConfig = z
  .object({
    indicators: z
      .array(z.enum(MPI_INDICATOR_NAMES as [MpiIndicator, ...MpiIndicator[]]))
      .min(1)
      .refine((list) => new Set(list).size === list.length, { message: 'each indicator at most once' })
      .default([...MPI_INDICATOR_NAMES]),
    weights: z.array(z.number().min(0)).optional().describe('relative, one per indicator; default equal'),
    k: z
      .number()
      .gt(0)
      .max(1)
      .default(1 / 3)
      .describe('poverty cutoff as a share of the total weight'),
  })
  .default({ indicators: [...MPI_INDICATOR_NAMES], k: 1 / 3 });

const standardSchema = z.object({
  line: z.number(),
  monitoringMultiplier: z.number(),
  monitoringLine: z.number(),
});
const counts = z.object({ households: z.number(), persons: z.number() });
const whatIfRow = z.object({
  code: z.string(),
  name: z.string(),
  belowNow: counts,
  belowThen: counts,
  newlyBelow: counts,
  noLongerBelow: counts,
  monitoringNow: counts,
  monitoringThen: counts,
  newlyMonitoring: counts,
  noLongerMonitoring: counts,
  unknownIncome: counts.describe('registered households whose per-capita income is unknown: in no range'),
});

/** FGT and the multidimensional index over the registry, and the what-if of another line. */
export async function registryMeasureRoutes(app: App) {
  const scopeOf = async (actor: Actor, body: { region: string; year?: number | undefined }) => {
    const { region, year } = await regionAndYear(app.db, actor, body, app.clock());
    return registryScope(app.db, actor, region, year);
  };

  app.post(
    '/api/v1/measures/registry',
    {
      schema: {
        tags,
        summary:
          'FGT (P0, P1, P2, Watts) and the Alkire–Foster index over the registry of a region and year / 登记数据的贫困测度',
        description:
          'Person-level over the registered households (every status but 04 cancelled, as /stats), each weighted by its size, per-capita net income against the line in force; households whose income is unknown are left out of the FGT and counted (unknownIncome). MPI indicators: income (below the line) and 两不愁三保障 + water (deprived when recorded as not secure; unknown counts as not deprived and is reported).',
        body: z.object({
          ...regionYear,
          alphas: z.array(z.number().min(0).max(10)).min(1).max(10).default([0, 1, 2]),
          mpi: mpiConfig,
        }),
        response: { 200: registryMeasuresResult(MPI_INDICATOR_NAMES as [MpiIndicator, ...MpiIndicator[]]) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const scope = await scopeOf(actor, request.body);
      const { mpi } = request.body;
      const weights = mpi.weights ?? mpi.indicators.map(() => 1);
      if (weights.length !== mpi.indicators.length)
        throw fieldError('mpi.weights', 'LENGTH_MISMATCH', {
          zh: `须每个指标一个权重（${mpi.indicators.length} 个）`,
          en: `needs one weight per indicator (${mpi.indicators.length})`,
        });
      if (!weights.some((w) => w > 0))
        throw fieldError('mpi.weights', 'ZERO_WEIGHTS', {
          zh: '权重不能全为 0',
          en: 'the weights cannot all be 0',
        });
      return {
        region: scope.region,
        year: scope.year,
        standard: scope.standard,
        fgt: await registryFgt(app.db, scope, request.body.alphas),
        mpi: await registryMpi(app.db, scope, { indicators: mpi.indicators, weights, k: mpi.k }),
      };
    },
  );

  app.post(
    '/api/v1/measures/what-if',
    {
      schema: {
        tags,
        summary:
          'What a different line or monitoring multiplier would change, by child region (writes nothing) / 标准调整模拟',
        body: z.object({
          ...regionYear,
          line: z
            .number()
            .gt(0)
            .max(LINE_MAX)
            .optional()
            .describe('yuan per person per year; default: the line in force'),
          monitoringMultiplier: z.number().min(MULTIPLIER_MIN).max(MULTIPLIER_MAX).optional(),
        }),
        response: {
          200: z.object({
            region: z.string(),
            year: z.number(),
            current: standardSchema,
            proposed: standardSchema,
            total: whatIfRow,
            children: z.array(whatIfRow),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const scope = await scopeOf(actor, request.body);
      return whatIf(app.db, scope, request.body);
    },
  );
}
