import { reportUnauthorized } from '../../api/client.ts';
import { ApiError } from '../../api/errors.ts';

/**
 * The casework's API as issue 13's contract describes it, typed here until its routes reach openapi.json and
 * the generated client (then this file goes and the hooks read the shapes from `paths`).
 */
export type ProblemState = 'open' | 'in_progress' | 'solved' | 'confirmed';
export type ProblemActionName = 'start' | 'solve' | 'confirm' | 'reopen';

export interface ProblemSummary {
  id: number;
  householdId: number | null;
  householdNo: string | null;
  headName: string | null;
  regionCode: string;
  regionName: string | null;
  category: string;
  description: string;
  source: string;
  owner: { kind: 'cadre' | 'unit'; id: number; name: string } | null;
  due: string;
  state: ProblemState;
  overdue: boolean;
  handlerRegionCode: string;
  handlerLevel: 'village' | 'town' | 'county';
  version: number;
  openedOn: string;
}
export interface ProblemEvent {
  id: number;
  action: string;
  date: string;
  actor: string;
  actorRole: string | null;
  regionCode: string | null;
  reason: string | null;
  evidence: { documentNo: string; date: string } | null;
  at: string;
}
export interface ProblemView extends ProblemSummary {
  sourceKey: string | null;
  visitId: number | null;
  solvedOn: string | null;
  confirmedOn: string | null;
  events: ProblemEvent[];
  actions: ProblemActionName[];
}
export interface ProblemListQuery {
  region?: string;
  state?: ProblemState;
  overdue?: 'true' | 'false';
  inbox?: 'true';
  householdId?: number;
  category?: string;
  page?: number;
  limit?: number;
}
export interface Paged<T> {
  items: T[];
  total: number;
}
export interface BoardCounts {
  open: number;
  inProgress: number;
  solved: number;
  confirmed: number;
  overdue: number;
}
export interface Board {
  region: { code: string; name: string };
  totals: BoardCounts;
  byRegion: (BoardCounts & { code: string; name: string })[];
}
export interface ProblemActionBody {
  action: ProblemActionName;
  version: number;
  date: string;
  /** The reason, for reopen. */
  note?: string;
  evidence?: { documentNo: string; date: string };
}
export interface ProblemCreateBody {
  householdId?: number;
  villageCode?: string;
  category: string;
  description: string;
  due?: string;
  ownerCadreId?: number;
  ownerUnitId?: number;
  source?: string;
}

export interface Pairing {
  id: number;
  cadreId: number;
  cadreName: string;
  householdId: number;
  householdNo: string;
  headName: string | null;
  villageCode: string;
  from: string;
  to: string | null;
  endReason: string | null;
  open: boolean;
}
export interface CadreSummary {
  id: number;
  name: string;
  regionCode: string;
  unit: { id: number; name: string } | null;
  load: number;
}
export interface Visit {
  id: number;
  householdId: number;
  at: string;
  cadre: { id: number; name: string } | null;
  checks: Record<string, boolean>;
  notes: string | null;
  incomeChange: string | null;
  memberChanges: string | null;
  photos: {
    id: number;
    takenAt: string | null;
    timeGapSeconds: number | null;
    distanceM: number | null;
    flagged: boolean;
  }[];
  confirmation: { kind: 'signature' | 'code'; imageUrl: string | null } | null;
  problemIds: number[];
}
export interface Measure {
  id: number;
  householdId: number;
  year: number;
  category: string;
  description: string;
  amount: number | null;
  provider: string | null;
  startOn: string;
  endOn: string | null;
  development: boolean;
  version: number;
}
export type MeasureBody = Omit<Measure, 'id' | 'version' | 'development'> & { development?: boolean };

type Query = Readonly<Record<string, string | number | boolean | undefined>>;

/** One call: the data, or an ApiError as the typed client's `unwrap` makes it. */
export async function call<T>(method: string, path: string, query?: Query, body?: unknown): Promise<T> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) search.set(key, String(value));
  }
  const url = search.size ? `${path}?${search.toString()}` : path;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'include',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw ApiError.network(cause);
  }
  const data: unknown = await response.json().catch(() => undefined);
  if (response.status === 401) reportUnauthorized();
  if (!response.ok) throw ApiError.fromBody(response.status, data);
  return data as T;
}
