import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { Body, Ok } from '../../api/types.ts';
import type { paths } from '../../api/schema';

/** Shapes of the complaints' API, read from the generated client so they follow the contract. */
export type Inbox = Ok<paths['/api/v1/complaints']['get']>;
export type InboxQuery = NonNullable<paths['/api/v1/complaints']['get']['parameters']['query']>;
export type ComplaintSummary = Inbox['items'][number];
export type Complaint = Ok<paths['/api/v1/complaints/{id}']['get']>;
export type ComplaintState = Complaint['state'];
export type ComplaintActionBody = Body<paths['/api/v1/complaints/{id}/actions']['post']>;
export type ComplaintAction = ComplaintActionBody['action'];

export const INBOX_PAGE_SIZE = 20;

const keys = {
  all: ['complaints'] as const,
  list: (query: InboxQuery) => ['complaints', 'list', query] as const,
  one: (id: number) => ['complaints', 'one', id] as const,
};

export function useInbox(query: InboxQuery) {
  return useQuery({
    queryKey: keys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/complaints', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useComplaint(id: number) {
  return useQuery({
    queryKey: keys.one(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/complaints/{id}', { params: { path: { id } }, signal })),
    enabled: Number.isSafeInteger(id) && id > 0,
  });
}

export function useComplaintAction(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ComplaintActionBody) =>
      unwrap(api.POST('/api/v1/complaints/{id}/actions', { params: { path: { id } }, body })),
    onSuccess: (complaint) => {
      client.setQueryData(keys.one(id), complaint);
      void client.invalidateQueries({ queryKey: ['complaints', 'list'] });
    },
  });
}

/** The steps a complaint in this state offers (the server decides again). */
export function actionsFor(c: Pick<Complaint, 'state' | 'consentPublish'>): ComplaintAction[] {
  switch (c.state) {
    case 'received':
      return ['accept', 'reply', 'close'];
    case 'in_progress':
      return ['reply', 'close'];
    case 'answered':
      return c.consentPublish ? ['close', 'publish_reply'] : ['close'];
    case 'closed':
      return c.consentPublish ? ['publish_reply'] : [];
  }
}

/** "张三, 李四 王五" → the names, as the handler typed them. */
export function splitNames(text: string): string[] {
  return text
    .split(/[\s,，、;；]+/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}
