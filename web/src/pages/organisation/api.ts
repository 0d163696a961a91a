import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';
import type { Ok } from '../../api/types.ts';

/** Shapes of the organisation's API, read from the generated client so they follow the contract. */
export type Unit = OrgItem<'units'>;
export type Branch = OrgItem<'branches'>;
export type Team = Ok<paths['/api/v1/teams/{id}']['get']>;
export type TeamMember = Team['members'][number];
export type TeamRole = TeamMember['role'];
export type Cadre = OrgItem<'cadres'>;
export type Pairing = OrgItem<'pairings'>;
export type VillageOrganisation = Ok<paths['/api/v1/villages/{code}/organisation']['get']>;
type ImportResult = Ok<paths['/api/v1/organisation/import']['post']>;
export type ImportIssue = ImportResult['errors'][number];

/** The paged lists (`{items,total}` under a region's subtree) the organisation and projects pages show. */
interface OrgLists {
  units: paths['/api/v1/units']['get'];
  branches: paths['/api/v1/branches']['get'];
  teams: paths['/api/v1/teams']['get'];
  cadres: paths['/api/v1/cadres']['get'];
  pairings: paths['/api/v1/pairings']['get'];
  projects: paths['/api/v1/projects']['get'];
}
export type OrgResource = keyof OrgLists;
export type OrgQuery<R extends OrgResource> = NonNullable<OrgLists[R]['parameters']['query']>;
export type OrgItem<R extends OrgResource> = Ok<OrgLists[R]>['items'][number];

type Fetchers = {
  [R in OrgResource]: (query: OrgQuery<R>, signal: AbortSignal) => Promise<Ok<OrgLists[R]>>;
};

const LISTS: Fetchers = {
  units: (query, signal) => unwrap(api.GET('/api/v1/units', { params: { query }, signal })),
  branches: (query, signal) => unwrap(api.GET('/api/v1/branches', { params: { query }, signal })),
  teams: (query, signal) => unwrap(api.GET('/api/v1/teams', { params: { query }, signal })),
  cadres: (query, signal) => unwrap(api.GET('/api/v1/cadres', { params: { query }, signal })),
  pairings: (query, signal) => unwrap(api.GET('/api/v1/pairings', { params: { query }, signal })),
  projects: (query, signal) => unwrap(api.GET('/api/v1/projects', { params: { query }, signal })),
};

export const ORG_PAGE_SIZE = 20;

/** A page of one of the lists; the page shown stays while the next one loads. */
export function useOrgList<R extends OrgResource>(resource: R, query: OrgQuery<R>, enabled = true) {
  return useQuery({
    queryKey: ['organisation', resource, query],
    queryFn: ({ signal }) => LISTS[resource](query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTeam(id: number) {
  return useQuery({
    queryKey: ['organisation', 'teams', 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/teams/{id}', { params: { path: { id } }, signal })),
  });
}

export function useVillageOrganisation(code: string) {
  return useQuery({
    queryKey: ['organisation', 'village', code],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/villages/{code}/organisation', { params: { path: { code } }, signal })),
  });
}

/** A write of the typed client (create, change, end); its answer is not read, the lists are read again. */
export type OrgCall = () => Parameters<typeof unwrap>[0];

/**
 * A write of the organisation: every list and record of it is read again after, since a pairing changes a
 * cadre's load and a member changes a team.
 */
export function useOrgWrite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (call: OrgCall) => unwrap(call()),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['organisation'] }),
  });
}

export function useOrgImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(
        api.POST('/api/v1/organisation/import', {
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      );
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: ['organisation'] }),
  });
}
