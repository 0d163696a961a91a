import { closingRoles } from '../../../../src/modules/cases/transitions.ts';
import type { ActionName, CaseListQuery, CaseSummary, CaseType, CaseTypeDef } from './api.ts';

/**
 * The inbox as data, kept free of React to be tested: its filters as they stand in the URL
 * (`?type=exit&stage=verified&overdue=true&state=open&after=120`), the list query they make, the stages where
 * the user's roles act, and the order a page is shown in.
 */
export type CaseState = 'open' | 'closed' | 'all';

export interface InboxFilters {
  type: CaseType | undefined;
  stage: string | undefined;
  overdue: boolean;
  state: CaseState;
  /** Keyset cursor: the last id of the previous page. */
  after: number | undefined;
}

export const INBOX_PAGE = 50;
const STATES: readonly CaseState[] = ['open', 'closed', 'all'];

export function readInbox(search: URLSearchParams, types: readonly string[]): InboxFilters {
  const type = search.get('type') ?? '';
  const stage = search.get('stage')?.trim().slice(0, 40);
  const state = search.get('state') as CaseState;
  const after = Number(search.get('after'));
  return {
    type: types.includes(type) ? (type as CaseType) : undefined,
    stage: stage || undefined,
    overdue: search.get('overdue') === 'true',
    state: STATES.includes(state) ? state : 'open',
    after: Number.isSafeInteger(after) && after > 0 ? after : undefined,
  };
}

/** The URL of filters (other parameters, the year among them, kept); open is the default and left out. */
export function writeInbox(search: URLSearchParams, filters: InboxFilters): URLSearchParams {
  const next = new URLSearchParams(search);
  const put = (key: string, value: string | undefined) =>
    value === undefined ? next.delete(key) : next.set(key, value);
  put('type', filters.type);
  put('stage', filters.stage);
  put('overdue', filters.overdue ? 'true' : undefined);
  put('state', filters.state === 'open' ? undefined : filters.state);
  put('after', filters.after === undefined ? undefined : String(filters.after));
  return next;
}

/** The list query of the inbox: the region's subtree (none for the country) and only the filters that are set. */
export function inboxQuery(
  regionCode: string | undefined,
  filters: Omit<InboxFilters, 'after'> & { after?: number },
): CaseListQuery {
  const query: CaseListQuery = { state: filters.state, limit: INBOX_PAGE };
  if (regionCode) query.regionCode = regionCode;
  if (filters.type) query.type = filters.type;
  if (filters.stage) query.stage = filters.stage;
  if (filters.overdue) query.overdue = 'true';
  if (filters.after !== undefined) query.after = filters.after;
  return query;
}

/** A page as shown: overdue cases first, then cases whose notice may end, each group in the server's order. */
export function overdueFirst(items: readonly CaseSummary[]): CaseSummary[] {
  const rank = (c: CaseSummary) => (c.overdue ? 0 : c.noticeReady ? 1 : 2);
  return items
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map((x) => x.c);
}

/** A stage in which the user's roles take a step, and the types of case that have it. */
export interface WorkStage {
  stage: string;
  types: CaseType[];
}

/**
 * The stages where the user acts (a step of the table leaves them for one of the user's roles), in the order
 * the procedures reach them; the inbox counts and lists these first.
 */
export function workStages(defs: readonly CaseTypeDef[], roles: ReadonlySet<string>): WorkStage[] {
  const found = new Map<string, CaseType[]>();
  for (const def of defs) {
    for (const step of def.steps) {
      if (!roles.has(step.role)) continue;
      const types = found.get(step.from) ?? [];
      if (!types.includes(def.type)) types.push(def.type);
      found.set(step.from, types);
    }
  }
  return [...found].map(([stage, types]) => ({ stage, types }));
}

/** The stages of one type, or of every type when none is chosen (each once, in the order they come). */
export function stagesOf(defs: readonly CaseTypeDef[], type: CaseType | undefined): string[] {
  const chosen = type ? defs.filter((d) => d.type === type) : defs;
  return [...new Set(chosen.flatMap((d) => d.stages))];
}

/**
 * The steps a bulk run may take on cases of one type in one stage for the user's roles: the table's step out
 * of that stage, and rejecting or withdrawing where those roles may (the server checks every case again).
 */
export function bulkActions(
  def: CaseTypeDef | undefined,
  stage: string | undefined,
  roles: ReadonlySet<string>,
): ActionName[] {
  if (!def || !stage) return [];
  const actions: ActionName[] = def.steps
    .filter((s) => s.from === stage && roles.has(s.role))
    .map((s) => s.action);
  if (def.stages.at(-1) === stage) return [];
  for (const closing of ['reject', 'withdraw'] as const) {
    if (closingRoles(def.type, closing).some((role) => roles.has(role))) actions.push(closing);
  }
  return actions;
}

/** Where a case stands among its type's stages, for the steps bar: a closed early case shows as stopped. */
export function stageProgress(
  stages: readonly string[],
  stage: string,
  outcome: CaseSummary['outcome'],
): { current: number; status: 'process' | 'finish' | 'error' } {
  const current = Math.max(0, stages.indexOf(stage));
  if (outcome === 'rejected' || outcome === 'withdrawn') return { current, status: 'error' };
  if (outcome === 'completed' || current === stages.length - 1) return { current, status: 'finish' };
  return { current, status: 'process' };
}
