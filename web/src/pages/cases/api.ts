import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { Body, Json, Ok } from '../../api/types.ts';
import type { paths } from '../../api/schema';

/** Shapes of the procedures' API, read from the generated client so they follow the contract. */
export type CaseTypeDef = Ok<paths['/api/v1/case-types']['get']>[number];
export type CaseType = CaseTypeDef['type'];
export type CaseList = Ok<paths['/api/v1/cases']['get']>;
export type CaseSummary = CaseList['items'][number];
export type CaseListQuery = NonNullable<paths['/api/v1/cases']['get']['parameters']['query']>;
export type CaseView = Ok<paths['/api/v1/cases/{id}']['get']>;
export type CaseEvent = CaseView['events'][number];
export type CaseNotice = CaseView['notices'][number];
export type Objection = CaseView['objections'][number];
export type AvailableAction = CaseView['actions'][number];
export type ActionName = AvailableAction['action'];
export type ActionBody = Body<paths['/api/v1/cases/{id}/actions']['post']>;
export type ActionInputs = NonNullable<ActionBody['inputs']>;
export type EvidenceRef = NonNullable<ActionInputs['minutes']>;
export type CreateCaseBody = Body<paths['/api/v1/cases']['post']>;
export type BulkBody = Body<paths['/api/v1/cases/bulk']['post']>;
export type BulkResult = Ok<paths['/api/v1/cases/bulk']['post']>;
export type Evidence = Json<paths['/api/v1/cases/{id}/evidence']['post']['responses'][201]>;
export type ObjectionBody = Body<paths['/api/v1/cases/{id}/objections']['post']>;
export type AnswerBody = Body<paths['/api/v1/objections/{id}/answer']['post']>;

export const caseKeys = {
  all: ['cases'] as const,
  types: ['cases', 'types'] as const,
  list: (query: CaseListQuery) => ['cases', 'list', query] as const,
  counts: (regionCode: string | undefined) => ['cases', 'list', 'counts', regionCode ?? ''] as const,
  one: (id: number) => ['cases', 'one', id] as const,
};

/** The transition tables never change while the server runs: fetched once per session. */
export function useCaseTypes() {
  return useQuery({
    queryKey: caseKeys.types,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/case-types', { signal })),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** One keyset page of cases; the page shown stays while the next one loads. */
export function useCaseList(query: CaseListQuery, enabled = true) {
  return useQuery({
    queryKey: caseKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/cases', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    enabled,
  });
}

export function useCase(id: number) {
  return useQuery({
    queryKey: caseKeys.one(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/cases/{id}', { params: { path: { id } }, signal })),
  });
}

/** After any write to a case: the case itself, every list and count, and the household whose standing moved. */
function useRefreshCases() {
  const client = useQueryClient();
  return (fresh?: CaseView) => {
    if (fresh) client.setQueryData(caseKeys.one(fresh.id), fresh);
    void client.invalidateQueries({ queryKey: ['cases', 'list'] });
    if (fresh?.householdId)
      void client.invalidateQueries({ queryKey: ['households', 'one', fresh.householdId] });
    void client.invalidateQueries({ queryKey: ['stats'] });
  };
}

export function useCaseAction(id: number) {
  const refresh = useRefreshCases();
  return useMutation({
    mutationFn: (body: ActionBody) =>
      unwrap(api.POST('/api/v1/cases/{id}/actions', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useCreateCase() {
  const refresh = useRefreshCases();
  return useMutation({
    mutationFn: (body: CreateCaseBody) => unwrap(api.POST('/api/v1/cases', { body })),
    onSuccess: refresh,
  });
}

/** Uploads one file to the case; a step then refers to it as {evidenceId}. */
export function useUploadEvidence(id: number) {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(
        api.POST('/api/v1/cases/{id}/evidence', {
          params: { path: { id } },
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      );
    },
  });
}

export function useBulkAction() {
  const refresh = useRefreshCases();
  return useMutation({
    mutationFn: (body: BulkBody) => unwrap(api.POST('/api/v1/cases/bulk', { body })),
    onSuccess: () => refresh(),
  });
}

/** An objection changes the case (it holds the notice): the case is read again afterwards. */
export function useAddObjection(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ObjectionBody) =>
      unwrap(api.POST('/api/v1/cases/{id}/objections', { params: { path: { id } }, body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: caseKeys.one(id) }),
  });
}

export function useAnswerObjection(caseId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ objection, body }: { objection: number; body: AnswerBody }) =>
      unwrap(api.POST('/api/v1/objections/{id}/answer', { params: { path: { id: objection } }, body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: caseKeys.one(caseId) });
      void client.invalidateQueries({ queryKey: ['cases', 'list'] });
    },
  });
}

export const caseUrls = {
  noticeHtml: (serial: string) => `/api/v1/notices/${encodeURIComponent(serial)}.html`,
  noticePdf: (serial: string) => `/api/v1/notices/${encodeURIComponent(serial)}.pdf`,
  evidence: (caseId: number, evidenceId: number) => `/api/v1/cases/${caseId}/evidence/${evidenceId}`,
};
