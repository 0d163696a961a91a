import { isWithin, levelOf } from '../../region/code.ts';
import type {
  BoardCounts,
  ProblemActionBody,
  ProblemActionName,
  ProblemCategory,
  ProblemListQuery,
  ProblemState,
  ProblemSummary,
} from './api.ts';

/**
 * The problem board as data, kept free of React to be tested: the page's tab and filters as they stand in the
 * URL (`?tab=list&state=open&category=water&overdue=true&page=2`), the list query they make, the inbox's order,
 * and the body of an action.
 */
export const PROBLEM_STATES: readonly ProblemState[] = ['open', 'in_progress', 'solved', 'confirmed'];
// A record, so the type check fails when the contract's list of categories changes and this one does not.
const CATEGORIES: Record<ProblemCategory, true> = {
  food: true,
  clothing: true,
  education: true,
  medical: true,
  housing: true,
  water: true,
  income: true,
  documents: true,
  other: true,
};
export const isCategory = (value: string | null | undefined): value is ProblemCategory =>
  !!value && Object.hasOwn(CATEGORIES, value);
export type ProblemTab = 'board' | 'inbox' | 'list';
const TABS: readonly ProblemTab[] = ['board', 'inbox', 'list'];
export const PROBLEM_PAGE = 50;

export interface ProblemFilters {
  tab: ProblemTab;
  state: ProblemState | undefined;
  category: ProblemCategory | undefined;
  overdue: boolean;
  page: number;
}

/**
 * The tabs a user has: the board counts a region's problems, which is for those who read its registry; a paired
 * cadre, who reads only their households (the server answers the board 404), opens on their households'
 * problems.
 */
export const problemTabs = (readsRegion: boolean): readonly ProblemTab[] =>
  readsRegion ? TABS : ['list', 'inbox'];

/** The tab, filters and page in the URL; the first of the user's tabs is the default. */
export function readProblemFilters(search: URLSearchParams, tabs = TABS): ProblemFilters {
  const tab = search.get('tab') as ProblemTab;
  const state = search.get('state') as ProblemState;
  const page = Number(search.get('page'));
  const category = search.get('category');
  return {
    tab: tabs.includes(tab) ? tab : (tabs[0] ?? 'list'),
    state: PROBLEM_STATES.includes(state) ? state : undefined,
    category: isCategory(category) ? category : undefined,
    overdue: search.get('overdue') === 'true',
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  };
}

/** The URL of the filters (other parameters, the year among them, kept); defaults are left out. */
export function writeProblemFilters(
  search: URLSearchParams,
  filters: ProblemFilters,
  tabs = TABS,
): URLSearchParams {
  const next = new URLSearchParams(search);
  const put = (key: string, value: string | undefined) =>
    value === undefined ? next.delete(key) : next.set(key, value);
  put('tab', filters.tab === tabs[0] ? undefined : filters.tab);
  put('state', filters.state);
  put('category', filters.category);
  put('overdue', filters.overdue ? 'true' : undefined);
  put('page', filters.page > 1 ? String(filters.page) : undefined);
  return next;
}

/** The list's query: the region's subtree (none for the country), the inbox or the filters that are set. */
export function problemQuery(region: string | undefined, filters: ProblemFilters): ProblemListQuery {
  const query: ProblemListQuery = { limit: PROBLEM_PAGE, page: filters.page };
  if (region) query.region = region;
  if (filters.tab === 'inbox') return { ...query, inbox: 'true' };
  if (filters.state) query.state = filters.state;
  if (filters.category) query.category = filters.category;
  if (filters.overdue) query.overdue = 'true';
  return query;
}

/**
 * Whether the user confirms solved problems in `region`: confirming is for a level above the village (a town
 * official, a county administrator), where the user does casework over the region or a part of it.
 */
export function confirmsIn(caseworkRegions: readonly string[], region: string | undefined): boolean {
  if (!region) return false;
  return caseworkRegions.some((r) => levelOf(r) < 5 && (isWithin(region, r) || isWithin(r, region)));
}

/** The solved problems of the region waiting for the level above to confirm them: the inbox's second part. */
export const toConfirmQuery = (region: string): ProblemListQuery => ({
  region,
  state: 'solved',
  limit: PROBLEM_PAGE,
  page: 1,
});

/** Escalated: the problem waits in the inbox of a level above its village (town, then county). */
export function isEscalated(p: Pick<ProblemSummary, 'regionCode' | 'handlerRegionCode'>): boolean {
  return p.handlerRegionCode !== p.regionCode;
}

/** The inbox as shown: overdue first, escalated next, then by due date (the server's order among equals). */
export function inboxOrder(items: readonly ProblemSummary[]): ProblemSummary[] {
  const rank = (p: ProblemSummary) => (p.overdue ? 0 : isEscalated(p) ? 1 : 2);
  return items
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.p.due.localeCompare(b.p.due) || a.i - b.i)
    .map((x) => x.p);
}

/** What is still to do in a region: open and in progress together. */
export const unsolved = (c: BoardCounts) => c.open + c.inProgress;

export interface ActionValues {
  date: string;
  note?: string;
  reason?: string;
  documentNo?: string;
  evidenceDate?: string;
}

/** The fields an action asks for beyond its date: solving its evidence, reopening its reason. */
export function actionNeeds(action: ProblemActionName): ('evidence' | 'reason')[] {
  if (action === 'solve') return ['evidence'];
  if (action === 'reopen') return ['reason'];
  return [];
}

/**
 * The request of an action: the version the page shows, the day, and only what the action takes. The API has
 * one text, the note; reopening's reason is that note.
 */
export function problemActionBody(
  action: ProblemActionName,
  version: number,
  values: ActionValues,
): ProblemActionBody {
  const body: ProblemActionBody = { action, version, date: values.date };
  const note = (action === 'reopen' ? values.reason : values.note)?.trim();
  if (note) body.note = note;
  if (action === 'solve') {
    body.evidence = { documentNo: values.documentNo?.trim() ?? '', date: values.evidenceDate ?? values.date };
  }
  return body;
}
