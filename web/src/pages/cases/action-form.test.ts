import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors.ts';
import { actionBody, evidenceRef, failingCriteria, inputGroups, missingRequired } from './action-form.ts';

const step = (action: string, requires: string[], needsReason = false) =>
  ({ action, requires, needsReason }) as Parameters<typeof actionBody>[0];

describe('the step form from its requirements', () => {
  it('asks for the groups the requirements name, in the form’s order, and leaves unknown ones to the server', () => {
    expect(inputGroups(['poverty_facts', 'income_and_assessment'])).toEqual([
      'incomeAndAssessment',
      'povertyFacts',
    ]);
    expect(inputGroups(['minutes', 'something_new'])).toEqual(['minutes']);
    expect(inputGroups([])).toEqual([]);
  });

  it('refers to an uploaded file by id, else to a paper document by number and date', () => {
    expect(evidenceRef({ evidenceId: 7, fileName: 'a.pdf', documentNo: 'x' })).toEqual({ evidenceId: 7 });
    expect(evidenceRef({ documentNo: ' 兰政发〔2026〕3号 ', documentDate: '2026-05-02' })).toEqual({
      documentNo: '兰政发〔2026〕3号',
      date: '2026-05-02',
    });
    expect(evidenceRef({ documentNo: '3号' })).toBeUndefined();
    expect(evidenceRef(undefined)).toBeUndefined();
  });

  it('sends the minutes and the votes of an appraisal, absent counts as zero', () => {
    const body = actionBody(step('appraise', ['minutes']), 3, {
      date: '2026-05-03',
      comment: '  ',
      minutes: { evidenceId: 11 },
      votes: { present: 9, for: 7, against: null },
      householdType: '01',
    });
    expect(body).toEqual({
      action: 'appraise',
      version: 3,
      date: '2026-05-03',
      inputs: { minutes: { evidenceId: 11 }, votes: { present: 9, for: 7, against: 0 } },
    });
  });

  it('sends only what the step requires: registration facts, not the monitoring ones', () => {
    const body = actionBody(step('verify', ['income_and_assessment', 'poverty_facts']), 1, {
      date: '2026-05-04',
      householdType: '01',
      mainCause: '01',
      secondaryCauses: [],
      monitoringType: '2',
    });
    expect(body.inputs).toEqual({ householdType: '01', mainCause: '01' });
  });

  it('turns the county’s percentages into the API’s shares', () => {
    const body = actionBody(step('verify', ['county_figures']), 1, {
      date: '2026-05-04',
      wrongExitRate: 1.5,
      missedRate: 0,
      approvalRate: 93.27,
      figuresEvidence: { documentNo: '评估报告', documentDate: '2026-04-30' },
    });
    expect(body.inputs).toEqual({
      wrongExitRate: 0.015,
      missedRate: 0,
      approvalRate: 0.9327,
      figuresEvidence: { documentNo: '评估报告', date: '2026-04-30' },
    });
  });

  it('carries a trimmed reason and comment, and no inputs when none are asked', () => {
    expect(
      actionBody(step('reject', [], true), 5, {
        date: '2026-06-01',
        reason: ' 收入超标 ',
        comment: '见附件',
      }),
    ).toEqual({
      action: 'reject',
      version: 5,
      date: '2026-06-01',
      reason: '收入超标',
      comment: '见附件',
    });
  });

  it('names what is missing before sending: the date, a reason to reject, each piece of evidence, the votes', () => {
    expect(missingRequired(step('reject', [], true), { date: '2026-06-01', reason: '  ' })).toEqual([
      'reason',
    ]);
    expect(missingRequired(step('appraise', ['minutes']), {})).toEqual(['date', 'minutes', 'votes']);
    expect(
      missingRequired(step('appraise', ['minutes']), {
        date: '2026-06-01',
        minutes: { documentNo: '1', documentDate: '2026-05-30' },
        votes: { present: 5 },
      }),
    ).toEqual([]);
    expect(missingRequired(step('sign', ['signature']), { date: '2026-06-01' })).toEqual(['signature']);
    expect(missingRequired(step('verify', ['county_figures']), { date: '2026-06-01' })).toEqual([
      'figuresEvidence',
    ]);
    expect(missingRequired(step('post_notice', []), { date: '2026-06-01' })).toEqual([]);
  });

  it('lists the failing criteria of a CRITERIA_NOT_MET refusal, whatever shape each message has', () => {
    const error = ApiError.fromBody(422, {
      error: {
        code: 'CRITERIA_NOT_MET',
        message: { zh: '不符合条件', en: 'Criteria not met' },
        details: {
          criteria: [
            { code: 'INCOME_BELOW_LINE', message: { zh: '收入低于标准', en: 'Income below the line' } },
            { code: 'GUARANTEE_NOT_MET', message: 'housing' },
            { code: 'ONLY_CODE' },
            'junk',
          ],
        },
      },
    });
    expect(failingCriteria(error)).toEqual([
      { zh: '收入低于标准', en: 'Income below the line' },
      { zh: 'housing', en: 'housing' },
      { zh: 'ONLY_CODE', en: 'ONLY_CODE' },
    ]);
    expect(failingCriteria(ApiError.fromBody(422, { error: { code: 'WRONG_STAGE' } }))).toEqual([]);
  });
});
