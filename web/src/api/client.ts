import createClient from 'openapi-fetch';
import { ApiError } from './errors.ts';
import type { paths } from './schema';

/**
 * The typed API client (openapi-fetch over the generated `paths`). Calls go through `unwrap`, which returns
 * the data or throws an ApiError, so every caller handles failures one way.
 */
export const api = createClient<paths>({ baseUrl: '', credentials: 'include' });

let onUnauthorized: (() => void) | undefined;

/** Registers what happens when the server says the session is gone (the auth provider sends to /login). */
export function setUnauthorizedHandler(handler: (() => void) | undefined): void {
  onUnauthorized = handler;
}

/** Tells the console the session is gone; also for requests made outside the typed client (downloads). */
export function reportUnauthorized(): void {
  onUnauthorized?.();
}

api.use({
  onResponse({ request, response }) {
    // A 401 on login is a wrong password; anywhere else it means the session expired or was ended.
    if (response.status === 401 && !new URL(request.url).pathname.endsWith('/auth/login')) {
      reportUnauthorized();
    }
    return undefined;
  },
});

interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

function isAbort(cause: unknown): boolean {
  return cause instanceof DOMException && cause.name === 'AbortError';
}

/** Awaits an openapi-fetch call: its data on success (undefined for 204), an ApiError otherwise. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await call;
  } catch (cause) {
    // A cancelled query is not an outage; let TanStack Query see the abort as it is.
    if (isAbort(cause)) throw cause;
    throw ApiError.network(cause);
  }
  if (!result.response.ok) throw ApiError.fromBody(result.response.status, result.error);
  return result.data as T;
}
