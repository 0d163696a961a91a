import { describe, expect, it } from 'vitest';
import type { ProblemSummary } from './api.ts';
import {
  confirmsIn,
  inboxOrder,
  isEscalated,
  problemActionBody,
  problemQuery,
  problemTabs,
  readProblemFilters,
  writeProblemFilters,
} from './model.ts';

const VILLAGE = '371324106201';
const TOWN = '371324106000';

function problem(id: number, patch: Partial<ProblemSummary> = {}): ProblemSummary {
  return {
    id,
    householdId: 1,
    householdNo: 'H1',
    headName: '张三',
    regionCode: VILLAGE,
    regionName: '某村',
    category: 'water',
    description: '饮水不便',
    source: 'visit',
    owner: null,
    due: '2026-07-01',
    state: 'open',
    overdue: false,
    handlerRegionCode: VILLAGE,
    handlerLevel: 'village',
    version: 1,
    openedOn: '2026-06-01',
    ...patch,
  };
}

describe('problem board filters', () => {
  it('reads the URL, dropping what is not a known value', () => {
    const f = readProblemFilters(
      new URLSearchParams('tab=list&state=solved&category=water&overdue=true&page=3&year=2020'),
    );
    expect(f).toEqual({
      tab: 'list',
      state: 'solved',
      category: 'water',
      overdue: true,
      page: 3,
    });
    const junk = readProblemFilters(new URLSearchParams('tab=x&state=gone&category=DROP%20TABLE&page=-1'));
    expect(junk).toEqual({
      tab: 'board',
      state: undefined,
      category: undefined,
      overdue: false,
      page: 1,
    });
  });

  it("opens a paired cadre, who has no board, on their households' problems", () => {
    const tabs = problemTabs(false);
    expect(tabs).not.toContain('board');
    expect(readProblemFilters(new URLSearchParams(''), tabs).tab).toBe('list');
    expect(readProblemFilters(new URLSearchParams('tab=board'), tabs).tab).toBe('list');
    expect(readProblemFilters(new URLSearchParams(''), problemTabs(true)).tab).toBe('board');
    const inbox = { ...readProblemFilters(new URLSearchParams(''), tabs), tab: 'inbox' as const };
    expect(writeProblemFilters(new URLSearchParams(''), inbox, tabs).toString()).toBe('tab=inbox');
    const list = { ...inbox, tab: 'list' as const };
    expect(writeProblemFilters(new URLSearchParams('tab=inbox'), list, tabs).toString()).toBe('');
  });

  it('writes the filters back, keeping the year and leaving defaults out', () => {
    const search = new URLSearchParams('year=2020&tab=list&page=2');
    const next = writeProblemFilters(search, { ...readProblemFilters(search), tab: 'board', page: 1 });
    expect(next.toString()).toBe('year=2020');
    const listed = writeProblemFilters(search, {
      ...readProblemFilters(search),
      state: 'open',
      overdue: true,
    });
    expect(listed.toString()).toBe('year=2020&tab=list&page=2&state=open&overdue=true');
  });

  it('the inbox asks for the inbox only; the list for the filters set', () => {
    const base = readProblemFilters(new URLSearchParams('state=open&category=water'));
    expect(problemQuery(VILLAGE, { ...base, tab: 'inbox' })).toEqual({
      region: VILLAGE,
      inbox: 'true',
      limit: 50,
      page: 1,
    });
    expect(problemQuery(undefined, { ...base, tab: 'list', overdue: true })).toEqual({
      limit: 50,
      page: 1,
      state: 'open',
      category: 'water',
      overdue: 'true',
    });
  });
});

describe('the inbox', () => {
  it('shows overdue first, then escalated, then by due date', () => {
    const items = [
      problem(1, { due: '2026-07-10' }),
      problem(2, { due: '2026-07-01', handlerRegionCode: TOWN, handlerLevel: 'town' }),
      problem(3, { due: '2026-08-01', overdue: true }),
      problem(4, { due: '2026-07-05' }),
    ];
    expect(inboxOrder(items).map((p) => p.id)).toEqual([3, 2, 4, 1]);
    expect(isEscalated(items[1]!)).toBe(true);
    expect(isEscalated(items[0]!)).toBe(false);
  });
});

describe('an action on a problem', () => {
  it('solving sends its evidence, reopening its reason, a note only when written', () => {
    expect(
      problemActionBody('solve', 4, {
        date: '2026-06-30',
        documentNo: ' 水字2026-8 ',
        evidenceDate: '2026-06-29',
        note: ' ',
      }),
    ).toEqual({
      action: 'solve',
      version: 4,
      date: '2026-06-30',
      evidence: { documentNo: '水字2026-8', date: '2026-06-29' },
    });
    expect(problemActionBody('reopen', 5, { date: '2026-06-30', reason: ' 仍未通水 ' })).toEqual({
      action: 'reopen',
      version: 5,
      date: '2026-06-30',
      note: '仍未通水',
    });
    expect(problemActionBody('start', 1, { date: '2026-06-30', note: '已联系水务站', reason: 'x' })).toEqual({
      action: 'start',
      version: 1,
      date: '2026-06-30',
      note: '已联系水务站',
    });
  });
});

describe('who confirms', () => {
  it('a level above the village, over the region shown or a part of it', () => {
    expect(confirmsIn([TOWN], VILLAGE)).toBe(true);
    expect(confirmsIn([TOWN], '371324000000')).toBe(true);
    expect(confirmsIn([VILLAGE], VILLAGE)).toBe(false);
    expect(confirmsIn(['371324107000'], VILLAGE)).toBe(false);
    expect(confirmsIn([TOWN], undefined)).toBe(false);
  });
});
