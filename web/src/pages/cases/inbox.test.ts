import { describe, expect, it } from 'vitest';
import { caseTypes } from '../../../../src/modules/cases/transitions.ts';
import type { CaseSummary, CaseTypeDef } from './api.ts';
import {
  bulkActions,
  inboxQuery,
  overdueFirst,
  readInbox,
  stageProgress,
  stagesOf,
  workStages,
  writeInbox,
} from './inbox.ts';

// The server's own table, as GET /case-types gives it.
const DEFS = JSON.parse(JSON.stringify(caseTypes())) as CaseTypeDef[];
const TYPES = DEFS.map((d) => d.type);
const def = (type: string) => DEFS.find((d) => d.type === type);

describe('the inbox filters in the URL', () => {
  it('reads known values and drops the rest', () => {
    const f = readInbox(
      new URLSearchParams('type=exit&stage=verified&overdue=true&state=all&after=120&year=2020'),
      TYPES,
    );
    expect(f).toEqual({ type: 'exit', stage: 'verified', overdue: true, state: 'all', after: 120 });
    expect(readInbox(new URLSearchParams('type=nope&state=x&after=-3&overdue=1'), TYPES)).toEqual({
      type: undefined,
      stage: undefined,
      overdue: false,
      state: 'open',
      after: undefined,
    });
  });

  it('writes only what is set and keeps the year', () => {
    const next = writeInbox(new URLSearchParams('year=2020&after=9'), {
      type: 'identification',
      stage: undefined,
      overdue: false,
      state: 'open',
      after: undefined,
    });
    expect(next.toString()).toBe('year=2020&type=identification');
  });

  it('asks the list for the region subtree and the filters set; none for the whole country', () => {
    const filters = { type: undefined, stage: 'applied', overdue: true, state: 'open' as const, after: 40 };
    expect(inboxQuery('371324000000', filters)).toEqual({
      regionCode: '371324000000',
      state: 'open',
      limit: 50,
      stage: 'applied',
      overdue: 'true',
      after: 40,
    });
    expect(inboxQuery(undefined, { ...filters, stage: undefined, overdue: false, after: undefined })).toEqual(
      {
        state: 'open',
        limit: 50,
      },
    );
  });
});

describe('the work of a role', () => {
  it('a village cadre works where the village takes steps, in the order the procedures reach them', () => {
    const stages = workStages(DEFS, new Set(['village_cadre'])).map((s) => s.stage);
    expect(stages.slice(0, 4)).toEqual(['applied', 'appraised', 'verified', 'village_notice']);
    expect(stages).toContain('lead');
    expect(stages).not.toContain('town_review');
    expect(stages).not.toContain('county_review');
  });

  it('a county administrator approves; the stages name the types that have them', () => {
    const work = workStages(DEFS, new Set(['county_admin']));
    const review = work.find((s) => s.stage === 'county_review');
    expect(review?.types).toEqual(expect.arrayContaining(['identification', 'exit', 'monitoring']));
    expect(work.map((s) => s.stage)).not.toContain('applied');
  });

  it('the stages of a type, or of all types once each', () => {
    expect(stagesOf(DEFS, 'exit')).toEqual([
      'proposed',
      'verified',
      'signed',
      'village_notice',
      'county_review',
      'exited',
    ]);
    const all = stagesOf(DEFS, undefined);
    expect(all.length).toBe(new Set(all).size);
  });

  it('bulk steps: the table’s step for the role, and closing where the role may close', () => {
    expect(bulkActions(def('exit'), 'county_review', new Set(['county_admin']))).toEqual([
      'county_approve',
      'reject',
    ]);
    expect(bulkActions(def('exit'), 'verified', new Set(['village_cadre']))).toEqual(['sign', 'withdraw']);
    expect(bulkActions(def('exit'), 'county_review', new Set(['village_cadre']))).toEqual(['withdraw']);
    expect(bulkActions(def('exit'), 'exited', new Set(['county_admin']))).toEqual([]);
    expect(bulkActions(undefined, 'verified', new Set(['county_admin']))).toEqual([]);
  });
});

const summary = (id: number, overdue: boolean, noticeReady = false) =>
  ({ id, overdue, noticeReady }) as CaseSummary;

describe('a page of cases as shown', () => {
  it('overdue first, then notices that may end, each in the server’s order', () => {
    const items = [
      summary(1, false),
      summary(2, true),
      summary(3, false, true),
      summary(4, true),
      summary(5, false),
    ];
    expect(overdueFirst(items).map((c) => c.id)).toEqual([2, 4, 3, 1, 5]);
  });

  it('where a case stands among its stages', () => {
    const stages = def('exit')!.stages;
    expect(stageProgress(stages, 'signed', null)).toEqual({ current: 2, status: 'process' });
    expect(stageProgress(stages, 'verified', 'rejected')).toEqual({ current: 1, status: 'error' });
    expect(stageProgress(stages, 'exited', 'completed')).toEqual({ current: 5, status: 'finish' });
  });
});
