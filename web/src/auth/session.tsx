import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, setUnauthorizedHandler, unwrap } from '../api/client.ts';
import { ApiError } from '../api/errors.ts';
import { keys } from '../api/queries.ts';
import type { SessionUser } from '../api/types.ts';

/** The logged-in user, or null when there is no session (a 401 from /auth/me is an answer, not an error). */
async function fetchMe(signal: AbortSignal): Promise<SessionUser | null> {
  try {
    return (await unwrap(api.GET('/api/v1/auth/me', { signal }))).user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useSession() {
  return useQuery({
    queryKey: keys.me,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: Infinity,
    retry: false,
  });
}

interface SessionState {
  /** True once a session ended under the user's hands (expired, or ended elsewhere). */
  expired: boolean;
  setExpired: (expired: boolean) => void;
}

const SessionContext = createContext<SessionState>({ expired: false, setExpired: () => undefined });

export function useSessionState(): SessionState {
  return useContext(SessionContext);
}

/**
 * Watches for the session ending: any 401 from the API (other than a wrong password) forgets the user, and
 * the guard of the protected pages then sends them to /login?next=<where they were>.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      if (client.getQueryData(keys.me)) setExpired(true);
      client.setQueryData(keys.me, null);
    });
    return () => setUnauthorizedHandler(undefined);
  }, [client]);

  const value = useMemo(() => ({ expired, setExpired }), [expired]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
