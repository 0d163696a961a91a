import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import type { Body, Ok } from '../../../api/types.ts';
import type { paths } from '../../../api/schema';

/** Shapes of the casework's API, read from the generated client so they follow the contract. */
export type Pairing = Ok<paths['/api/v1/pairings']['get']>['items'][number];
export type CadreSummary = Ok<paths['/api/v1/cadres']['get']>['items'][number];
export type Visit = Ok<paths['/api/v1/visits']['get']>['items'][number];
export type Measure = Ok<paths['/api/v1/assistance']['get']>['items'][number];
export type MeasureBody = Body<paths['/api/v1/assistance']['post']>;
export type MeasurePatch = Body<paths['/api/v1/assistance/{id}']['patch']>;
export type MeasureCategory = MeasureBody['category'];

/** The household's casework in the query cache under ['casework', …], refreshed together after a write. */
const caseworkKeys = {
  pairings: (householdId: number) => ['casework', 'pairings', householdId] as const,
  cadres: (region: string) => ['casework', 'cadres', region] as const,
  visits: (householdId: number) => ['casework', 'visits', householdId] as const,
  measures: (householdId: number) => ['casework', 'measures', householdId] as const,
};

export function usePairings(householdId: number) {
  return useQuery({
    queryKey: caseworkKeys.pairings(householdId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/pairings', { params: { query: { householdId, limit: 100 } }, signal })),
  });
}

/** The cadres a keeper may pair the household with: those of its county (the server's scope decides). */
export function useCadres(region: string, enabled: boolean) {
  return useQuery({
    queryKey: caseworkKeys.cadres(region),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/cadres', { params: { query: { region, limit: 200 } }, signal })),
    enabled,
    staleTime: 60_000,
  });
}

export function useVisits(householdId: number) {
  return useQuery({
    queryKey: caseworkKeys.visits(householdId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/visits', { params: { query: { householdId, limit: 50 } }, signal })),
  });
}

/** The household's measures of every year, the newest year first (the API's order). */
export function useMeasures(householdId: number) {
  return useQuery({
    queryKey: caseworkKeys.measures(householdId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/assistance', { params: { query: { householdId, limit: 100 } }, signal })),
  });
}

/** After a casework write: every casework read, and the household (its cadre fields follow the pairing). */
function useRefresh(householdId: number) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['casework'] });
    void client.invalidateQueries({ queryKey: ['households', 'one', householdId] });
  };
}

export function usePair(householdId: number) {
  const refresh = useRefresh(householdId);
  return useMutation({
    mutationFn: (body: { cadreId: number; from: string }) =>
      unwrap(api.POST('/api/v1/pairings', { body: { ...body, householdId } })),
    onSuccess: refresh,
  });
}

export function useEndPairing(householdId: number) {
  const refresh = useRefresh(householdId);
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number; date: string; reason: string }) =>
      unwrap(api.POST('/api/v1/pairings/{id}/end', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

/** A new measure, or the changed fields of one with the version it was read at. */
export type MeasureSave = { id?: undefined; body: MeasureBody } | { id: number; body: MeasurePatch };

export function useSaveMeasure(householdId: number) {
  const refresh = useRefresh(householdId);
  return useMutation({
    mutationFn: (save: MeasureSave) =>
      save.id === undefined
        ? unwrap(api.POST('/api/v1/assistance', { body: save.body }))
        : unwrap(
            api.PATCH('/api/v1/assistance/{id}', { params: { path: { id: save.id } }, body: save.body }),
          ),
    onSuccess: refresh,
  });
}

export const photoUrl = (visitId: number, photoId: number) => `/api/v1/visits/${visitId}/photos/${photoId}`;
