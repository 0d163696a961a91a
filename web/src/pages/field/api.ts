import { useMutation, useQuery } from '@tanstack/react-query';
import { api, reportUnauthorized, unwrap } from '../../api/client.ts';
import { ApiError } from '../../api/errors.ts';
import type { Household } from '../../api/types.ts';
import type { Checkin, MyHouseholds } from '../../offline/contract.ts';
import { readSnapshot, saveSnapshot } from '../../offline/store.ts';

/**
 * The field pages' reads. Each answer is also kept on the phone, and when the server cannot be reached the
 * page shows the last one kept (with its time), so a cadre in a village without network still sees their
 * households and the facts the visit form is filled in from.
 */
async function kept<T>(key: string, fetch: () => Promise<T>): Promise<{ data: T; savedAt: string | null }> {
  try {
    const data = await fetch();
    void saveSnapshot(key, data, new Date()).catch(() => undefined);
    return { data, savedAt: null };
  } catch (error) {
    if (!(error instanceof ApiError && error.isNetwork)) throw error;
    const copy = await readSnapshot<T>(key).catch(() => undefined);
    if (!copy) throw error;
    return copy;
  }
}

/** A GET of B's casework routes, not yet in the generated client (web/src/api/schema.d.ts). */
async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include', signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw ApiError.network(cause);
  }
  if (response.status === 401) reportUnauthorized();
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw ApiError.fromBody(response.status, body);
  return body as T;
}

export const fieldKeys = {
  my: ['field', 'my'] as const,
  household: (id: number) => ['field', 'household', id] as const,
  checkins: (day: string) => ['field', 'checkins', day] as const,
};

export function useMyHouseholds() {
  return useQuery({
    queryKey: fieldKeys.my,
    queryFn: ({ signal }) => kept('my', () => getJson<MyHouseholds>('/api/v1/my/households', signal)),
    retry: false,
  });
}

export function useFieldHousehold(id: number) {
  return useQuery({
    queryKey: fieldKeys.household(id),
    queryFn: ({ signal }) =>
      kept(`household:${id}`, () =>
        unwrap(api.GET('/api/v1/households/{id}', { params: { path: { id } }, signal })),
      ) as Promise<{ data: Household; savedAt: string | null }>,
    enabled: Number.isInteger(id) && id > 0,
    retry: false,
  });
}

/** The cadre's own check-ins of a day (`YYYY-MM-DD`, the phone's calendar). */
export function useCheckinsOf(cadreId: number | undefined, day: string) {
  return useQuery({
    queryKey: fieldKeys.checkins(day),
    queryFn: ({ signal }) =>
      kept(`checkins:${day}`, () =>
        getJson<{ items: Checkin[] }>(
          `/api/v1/checkins?${new URLSearchParams({ cadreId: String(cadreId), from: day, to: day })}`,
          signal,
        ),
      ),
    enabled: cadreId !== undefined,
    retry: false,
  });
}

/** Sends a code to the household's phone for the household to confirm the visit (online only). */
export function useConfirmationCode() {
  return useMutation({
    mutationFn: async (householdId: number) => {
      let response: Response;
      try {
        response = await fetch('/api/v1/visits/confirmation-codes', {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ householdId }),
        });
      } catch (cause) {
        throw ApiError.network(cause);
      }
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) throw ApiError.fromBody(response.status, body);
      return body as { sentTo: string; expiresAt: string };
    },
  });
}
