import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  request,
  type Cadre,
  type ImportResult,
  type Page,
  type Pairing,
  type Query,
  type Team,
  type VillageOrganisation,
} from './contract.ts';

export const ORG_PAGE_SIZE = 20;

/** A paged list of the organisation (`{items,total}` under the region's subtree). */
export function useOrgList<T>(resource: string, query: Query, enabled = true) {
  return useQuery({
    queryKey: ['organisation', resource, query],
    queryFn: ({ signal }) => request<Page<T>>('GET', `/api/v1/${resource}`, { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTeam(id: number | undefined) {
  return useQuery({
    queryKey: ['organisation', 'teams', 'one', id],
    queryFn: ({ signal }) => request<Team>('GET', `/api/v1/teams/${id}`, { signal }),
    enabled: id !== undefined,
  });
}

export function useCadre(id: number | undefined) {
  return useQuery({
    queryKey: ['organisation', 'cadres', 'one', id],
    queryFn: ({ signal }) => request<Cadre>('GET', `/api/v1/cadres/${id}`, { signal }),
    enabled: id !== undefined,
  });
}

export function useVillageOrganisation(code: string) {
  return useQuery({
    queryKey: ['organisation', 'village', code],
    queryFn: ({ signal }) =>
      request<VillageOrganisation>('GET', `/api/v1/villages/${code}/organisation`, { signal }),
  });
}

/** A write of the organisation: where, how and what. */
export interface OrgWrite {
  method: 'POST' | 'PATCH';
  path: string;
  body: unknown;
}

/**
 * A write of the organisation (create, change, end): every list and record of it is read again after, since
 * a pairing changes a cadre's load and a member changes a team.
 */
export function useOrgWrite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body }: OrgWrite) => request<unknown>(method, path, { body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['organisation'] }),
  });
}

export function useOrgImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return request<ImportResult>('POST', '/api/v1/organisation/import', { form });
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: ['organisation'] }),
  });
}

export type { Pairing };
