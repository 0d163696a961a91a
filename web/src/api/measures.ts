import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { paths } from './schema';
import type { Body, Ok } from './types.ts';

/**
 * The API of measuring poverty (issue 4): poverty standards, the household assessment, incidence with the
 * rural population behind it, FGT and MPI over the registry, and the what-if of another line. Shapes come
 * from the generated schema; query keys and hooks live here so the pages share one cache.
 */
export type Standards = Ok<paths['/api/v1/standards']['get']>;
export type StandardLine = Standards['items'][number];
export type StandardVersion = StandardLine['history'][number];
export type EffectiveStandard = Standards['effective'][number];
export type StandardChange = Body<paths['/api/v1/standards/{year}']['put']>;

export type Assessment = Ok<paths['/api/v1/households/{id}/assessment']['get']>;
export type GuaranteeResult = Assessment['guarantees'][number];
export type Guarantee = GuaranteeResult['guarantee'];
export type Verdict = Assessment['verdicts'][number];

export type Incidence = Ok<paths['/api/v1/incidence']['get']>;
export type RegionIncidence = Incidence['region'];
export type PopulationEntries = Ok<paths['/api/v1/population']['get']>['entries'];
export type PopulationChange = Body<paths['/api/v1/population/{year}']['put']>;
export type PopulationImport = Ok<paths['/api/v1/population/import']['post']>;

export type WhatIf = Ok<paths['/api/v1/measures/what-if']['post']>;
export type WhatIfRow = WhatIf['children'][number];
export type WhatIfQuery = Body<paths['/api/v1/measures/what-if']['post']>;

type RegistryRequest = Body<paths['/api/v1/measures/registry']['post']>;
export type MpiIndicator = NonNullable<NonNullable<RegistryRequest['mpi']>['indicators']>[number];
export type RegistryMeasures = Ok<paths['/api/v1/measures/registry']['post']>;

export const measureKeys = {
  standards: (province: string | undefined) => ['standards', province ?? null] as const,
  incidence: (region: string, year: number | undefined) => ['incidence', region, year ?? null] as const,
  population: (region: string, year: number) => ['population', region, year] as const,
  registry: (region: string, year: number | undefined) =>
    ['measures', 'registry', region, year ?? null] as const,
  whatIf: (query: WhatIfQuery) => ['measures', 'what-if', query] as const,
  // Under the household's own key, so whatever refreshes the household refreshes its assessment too.
  assessment: (id: number, year: number | undefined) =>
    ['households', 'one', id, 'assessment', year ?? null] as const,
};

/** Every line of every year, national and, with a province, that province's own (a short list). */
export function useStandards(province: string | undefined) {
  return useQuery({
    queryKey: measureKeys.standards(province),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/standards', { params: { query: province ? { province } : {} }, signal })),
    staleTime: 5 * 60_000,
  });
}

/** Sets a line as a new version: the national one without a province, else that province's. */
export function useSetStandard() {
  return useMutation({
    mutationFn: ({
      province,
      year,
      body,
    }: {
      province: string | null;
      year: number;
      body: StandardChange;
    }) =>
      province === null
        ? unwrap(api.PUT('/api/v1/standards/{year}', { params: { path: { year } }, body }))
        : unwrap(
            api.PUT('/api/v1/standards/{year}/provinces/{province}', {
              params: { path: { year, province } },
              body,
            }),
          ),
  });
}

export function useAssessment(id: number, year: number | undefined, enabled = true) {
  return useQuery({
    queryKey: measureKeys.assessment(id, year),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/households/{id}/assessment', {
          params: { path: { id }, query: year === undefined ? {} : { year } },
          signal,
        }),
      ),
    enabled,
  });
}

/**
 * Records a manual assessment: a JSON body, or multipart form data when a file comes with it. The route
 * takes both and declares no body schema, so the body goes through as it is.
 */
export function useRecordAssessment(id: number) {
  return useMutation({
    mutationFn: (body: FormData | Record<string, unknown>) =>
      unwrap(
        api.POST('/api/v1/households/{id}/assessments', {
          params: { path: { id } },
          body: body as never,
          ...(body instanceof FormData ? { bodySerializer: (b: unknown) => b as FormData } : {}),
        }),
      ),
  });
}

export const evidenceHref = (householdId: number, evidenceId: number) =>
  `/api/v1/households/${householdId}/assessments/evidence/${evidenceId}`;

function regionYearQuery(region: string, year: number | undefined) {
  return year === undefined ? { region } : { region, year };
}

/** Incidence of a region and its children (read from the maintained counters, cheap at any level). */
export function useIncidence(region: string, year: number | undefined) {
  return useQuery({
    queryKey: measureKeys.incidence(region, year),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/incidence', { params: { query: regionYearQuery(region, year) }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function incidenceTableHref(region: string, year: number | undefined): string {
  const query = new URLSearchParams({ region });
  if (year !== undefined) query.set('year', String(year));
  return `/api/v1/incidence/table.xlsx?${query.toString()}`;
}

/** The rural population figures entered for a region and its children in a year. */
export function usePopulation(region: string, year: number, enabled: boolean) {
  return useQuery({
    queryKey: measureKeys.population(region, year),
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/v1/population', { params: { query: { region, year } }, signal }))).entries,
    enabled,
  });
}

export function useSetPopulation() {
  return useMutation({
    mutationFn: ({ year, body }: { year: number; body: PopulationChange }) =>
      unwrap(api.PUT('/api/v1/population/{year}', { params: { path: { year } }, body })),
  });
}

export function useImportPopulation() {
  return useMutation({
    /** `confirm`: figures below their region's registered persons are imported too. */
    mutationFn: ({ file, confirm = false }: { file: File; confirm?: boolean }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(
        api.POST('/api/v1/population/import', {
          params: { query: confirm ? { confirm: 'true' } : {} },
          body: form as never,
          bodySerializer: (b: unknown) => b as FormData,
        }),
      );
    },
  });
}

/**
 * FGT and MPI over the registry of a region and year. A read, though a POST: one pass over the region's
 * yearly facts in the database, so it is kept for a few minutes.
 */
export function useRegistryMeasures(region: string, year: number | undefined) {
  return useQuery({
    queryKey: measureKeys.registry(region, year),
    queryFn: async ({ signal }) =>
      await unwrap(api.POST('/api/v1/measures/registry', { body: regionYearQuery(region, year), signal })),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** What another line would change; undefined runs nothing. It writes nothing (a read-only transaction). */
export function useWhatIf(query: WhatIfQuery | undefined) {
  return useQuery({
    queryKey: measureKeys.whatIf(query ?? { region: '' }),
    queryFn: ({ signal }) => unwrap(api.POST('/api/v1/measures/what-if', { body: query!, signal })),
    enabled: query !== undefined,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
