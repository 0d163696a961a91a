import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  call,
  type CadreSummary,
  type Measure,
  type MeasureBody,
  type Paged,
  type Pairing,
  type Visit,
} from '../../problems/pending-api.ts';

export type { CadreSummary, Measure, MeasureBody, Pairing, Visit } from '../../problems/pending-api.ts';

/** The household's casework in the query cache under ['casework', …], refreshed together after a write. */
const caseworkKeys = {
  pairings: (householdId: number) => ['casework', 'pairings', householdId] as const,
  cadres: (region: string) => ['casework', 'cadres', region] as const,
  visits: (householdId: number) => ['casework', 'visits', householdId] as const,
  measures: (householdId: number, year: number) => ['casework', 'measures', householdId, year] as const,
};

export function usePairings(householdId: number) {
  return useQuery({
    queryKey: caseworkKeys.pairings(householdId),
    queryFn: () => call<Paged<Pairing>>('GET', '/api/v1/pairings', { householdId, limit: 100 }),
  });
}

/** The cadres a keeper may pair the household with: those of its county (the server's scope decides). */
export function useCadres(region: string, enabled: boolean) {
  return useQuery({
    queryKey: caseworkKeys.cadres(region),
    queryFn: () => call<Paged<CadreSummary>>('GET', '/api/v1/cadres', { region, limit: 200 }),
    enabled,
    staleTime: 60_000,
  });
}

export function useVisits(householdId: number) {
  return useQuery({
    queryKey: caseworkKeys.visits(householdId),
    queryFn: () => call<Paged<Visit>>('GET', '/api/v1/visits', { householdId, limit: 50 }),
  });
}

export function useMeasures(householdId: number, year: number) {
  return useQuery({
    queryKey: caseworkKeys.measures(householdId, year),
    queryFn: () => call<Paged<Measure>>('GET', '/api/v1/assistance', { householdId, year, limit: 100 }),
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
      call<{ id: number }>('POST', '/api/v1/pairings', undefined, { ...body, householdId }),
    onSuccess: refresh,
  });
}

export function useEndPairing(householdId: number) {
  const refresh = useRefresh(householdId);
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number; date: string; reason: string }) =>
      call<unknown>('POST', `/api/v1/pairings/${id}/end`, undefined, body),
    onSuccess: refresh,
  });
}

/** A new measure (no id) or the changed fields of one, with the version it was read at. */
export function useSaveMeasure(householdId: number) {
  const refresh = useRefresh(householdId);
  return useMutation({
    mutationFn: (save: { id?: number; body: Partial<MeasureBody> & { version?: number } }) =>
      save.id === undefined
        ? call<Measure>('POST', '/api/v1/assistance', undefined, save.body)
        : call<Measure>('PATCH', `/api/v1/assistance/${save.id}`, undefined, save.body),
    onSuccess: refresh,
  });
}

export const photoUrl = (visitId: number, photoId: number) => `/api/v1/visits/${visitId}/photos/${photoId}`;
