import { reportUnauthorized } from '../../api/client.ts';
import { ApiError } from '../../api/errors.ts';

/**
 * The casework APIs the office pages call (issue 13's contract, sections A, B, C and D), typed here while
 * they are being built: once their routes are in openapi.json these shapes give way to the generated
 * `paths` and `request` to the typed client.
 */
export interface Page<T> {
  items: T[];
  total: number;
}

export type TeamRole = 'leader' | 'first_secretary' | 'member';

export interface Unit {
  id: number;
  regionCode: string;
  name: string;
  level: string;
  kind: string;
  version: number;
}

export interface Branch {
  id: number;
  villageCode: string;
  villageName?: string;
  name: string;
  secretaryName: string | null;
  secretaryCadreId: number | null;
  membersCount: number;
  version: number;
}

export interface TeamMember {
  id: number;
  cadreId: number;
  name: string;
  role: TeamRole;
  from: string;
  to: string | null;
  phone: string | null;
}

export interface Team {
  id: number;
  villageCode: string;
  villageName: string;
  sendingUnit: { id: number; name: string } | null;
  termFrom: string;
  termTo: string;
  version: number;
  members: TeamMember[];
}

export interface Pairing {
  id: number;
  cadreId: number;
  cadreName?: string;
  householdId: number;
  householdNo?: string;
  headName?: string | null;
  from: string;
  to: string | null;
  endReason?: string | null;
}

export interface Cadre {
  id: number;
  regionCode: string;
  name: string;
  unitId?: number | null;
  unit: { id: number; name: string } | null;
  post: string | null;
  phone: string | null;
  userId: number | null;
  load: number;
  version: number;
  pairings?: Pairing[];
}

export interface VillageOrganisation {
  village: { code: string; name: string; town: string; county: string };
  branches: Branch[];
  teams: Team[];
  cadres: (Cadre & { households?: number })[];
  households: { poorOrMonitored: number; paired: number };
}

/** A row of the organisation import that was refused, in both languages. */
export interface ImportIssue {
  sheet: string;
  row: number;
  field?: string;
  message: { zh: string; en: string };
}

export interface ImportResult {
  created?: number;
  updated?: number;
  unchanged?: number;
  errors?: ImportIssue[];
}

export interface Attendance {
  cadreId: number;
  name: string;
  teamId: number;
  villageCode: string;
  days: number;
  workingDays: number;
  requiredDays: number;
  met: boolean;
}

export interface Disbursement {
  id: number;
  paidOn: string;
  amount: number;
  source: string;
  voucherNo: string;
  payee: string | null;
  note: string | null;
}

export interface Project {
  id: number;
  regionCode: string;
  name: string;
  type: string;
  villageCodes: string[];
  /** The villages' names, when the server gives them. */
  villages?: { code: string; name: string }[];
  contentScale: string;
  funds: { central: number; provincial: number; city: number; county: number; other: number; total: number };
  periodFrom: string;
  periodTo: string;
  responsibleUnit: string;
  contractor: string | null;
  expectedBenefit: string | null;
  state: string;
  beneficiaryCount: number;
  /** The beneficiary households, when the server lists them with the project. */
  beneficiaries?: { householdId: number; householdNo?: string; headName?: string | null }[];
  disbursed: number;
  disbursements: Disbursement[];
  disclosureArticleId: number | null;
  version: number;
}

export interface ProblemBoard {
  totals: { open: number; inProgress: number; solved: number; confirmed: number; overdue: number };
}

/** What every tab of the organisation page is given: the region shown, and whether it may be changed there. */
export interface TabProps {
  region: string;
  writable: boolean;
}

export type Query = Record<string, string | number | boolean | undefined>;

function urlOf(path: string, query?: Query): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** One call of a casework route: the data, or an ApiError as `unwrap` throws for the typed client. */
export async function request<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  path: string,
  options: { query?: Query; body?: unknown; form?: FormData; signal?: AbortSignal } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(urlOf(path, options.query), {
      method,
      credentials: 'include',
      signal: options.signal,
      headers: options.body === undefined ? undefined : { 'content-type': 'application/json' },
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw ApiError.network(cause);
  }
  const body: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    if (response.status === 401) reportUnauthorized();
    throw ApiError.fromBody(response.status, body);
  }
  return body as T;
}
