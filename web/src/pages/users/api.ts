import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';
import type { Body, Ok } from '../../api/types.ts';

export type UserList = Ok<paths['/api/v1/users']['get']>;
export type ManagedUser = UserList['items'][number];
export type UserListQuery = NonNullable<paths['/api/v1/users']['get']['parameters']['query']>;
export type UserCreate = Body<paths['/api/v1/users']['post']>;
export type UserPatch = Body<paths['/api/v1/users/{id}']['patch']>;
export type PasswordReset = Body<paths['/api/v1/users/{id}/password']['post']>;
export type GrantInput = UserCreate['grants'][number];

const USERS = ['users'] as const;

/** One page of the users the caller manages; the page on screen stays while the next one loads. */
export function useUserPage(query: UserListQuery) {
  return useQuery({
    queryKey: [...USERS, 'list', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/users', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** A change to users: every list shown again from the server, which alone knows the new state. */
function useUserWrite<I, O>(call: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => client.invalidateQueries({ queryKey: USERS }),
  });
}

export const useCreateUser = () =>
  useUserWrite((body: UserCreate) => unwrap(api.POST('/api/v1/users', { body })));

export const usePatchUser = () =>
  useUserWrite(({ id, body }: { id: number; body: UserPatch }) =>
    unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body })),
  );

export const useUnlockUser = () =>
  useUserWrite((id: number) => unwrap(api.POST('/api/v1/users/{id}/unlock', { params: { path: { id } } })));

export const useResetPassword = () =>
  useUserWrite(({ id, body }: { id: number; body: PasswordReset }) =>
    unwrap(api.POST('/api/v1/users/{id}/password', { params: { path: { id } }, body })),
  );
