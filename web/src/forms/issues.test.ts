import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors.ts';
import { changedPaths, fieldPath, issuesOf, placeIssues } from './issues.ts';

const message = { zh: '错', en: 'bad' };
const issue = (field: string) => ({ field, code: 'X', message });

describe('server issues in forms', () => {
  it('reads field issues from the fields list, or from a rule naming one field', () => {
    const validation = ApiError.fromBody(400, {
      error: { code: 'VALIDATION', message, fields: [issue('members.1.idNumber')], requestId: 'r' },
    });
    expect(issuesOf(validation)?.map((i) => i.field)).toEqual(['members.1.idNumber']);
    const twoHeads = ApiError.fromBody(422, {
      error: { code: 'TWO_HEADS', message, details: { field: 'relation' }, requestId: 'r' },
    });
    expect(issuesOf(twoHeads)).toEqual([{ field: 'relation', code: 'TWO_HEADS', message }]);
    const conflict = ApiError.fromBody(409, {
      error: { code: 'VERSION_CONFLICT', message, details: { currentVersion: 4 }, requestId: 'r' },
    });
    expect(issuesOf(conflict)).toBe(null);
    expect(issuesOf(new Error('x'))).toBe(null);
  });

  it('places issues under the fields the form shows and keeps the rest apart', () => {
    expect(fieldPath('facts.wageIncome')).toEqual(['facts', 'wageIncome']);
    expect(fieldPath('members.2.idNumber')).toEqual(['members', 2, 'idNumber']);
    const shown = new Set(['facts.wageIncome', 'phone']);
    const placed = placeIssues(
      [issue('facts.wageIncome'), issue('phone'), issue('(body)'), issue('year')],
      (f) => shown.has(f),
    );
    expect(placed.inline.map((i) => i.field)).toEqual(['facts.wageIncome', 'phone']);
    expect(placed.other.map((i) => i.field)).toEqual(['(body)', 'year']);
  });

  it('names the fields of a change, nested, in lists, and multiple selects as one field', () => {
    expect(changedPaths({ naturalVillage: 'x' })).toEqual(['naturalVillage']);
    expect(changedPaths({ facts: { wageIncome: 1, secondaryCauses: ['01', '02'] } })).toEqual([
      'facts.wageIncome',
      'facts.secondaryCauses',
    ]);
    // eslint-disable-next-line no-sparse-arrays
    expect(changedPaths({ members: [, { idNumber: '3713' }] })).toEqual(['members.1.idNumber']);
    expect(changedPaths({ facts: { secondaryCauses: [] } })).toEqual(['facts.secondaryCauses']);
    expect(changedPaths({ note: null })).toEqual(['note']);
  });
});
