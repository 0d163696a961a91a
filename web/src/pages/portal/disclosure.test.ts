import { describe, expect, it } from 'vitest';
import {
  disclosureBody,
  disclosureForm,
  emptyDisclosure,
  fundsTotal,
  repeatedSources,
} from './disclosure.ts';

describe('fund disclosure', () => {
  it('totals the funds in fen, ignoring empty and non-numeric amounts', () => {
    expect(fundsTotal([])).toBe(0);
    expect(
      fundsTotal([
        { source: 'central', amount: 0.1 },
        { source: 'county', amount: 0.2 },
      ]),
    ).toBe(0.3);
    expect(
      fundsTotal([
        { source: 'central', amount: 120000 },
        { source: 'provincial', amount: 35000.5 },
        { source: 'other', amount: Number.NaN },
        { source: 'city' },
      ]),
    ).toBe(155000.5);
  });

  it('names a source given twice', () => {
    expect(
      repeatedSources([
        { source: 'central', amount: 1 },
        { source: 'county', amount: 2 },
        { source: 'central', amount: 3 },
      ]),
    ).toEqual(['central']);
    expect(repeatedSources([{ source: 'central' }, { source: 'county' }])).toEqual([]);
  });

  it('sends the computed total and the beneficiaries’ names only where allowed', () => {
    const form = {
      ...emptyDisclosure(),
      funds: [
        { source: 'central' as const, amount: 100 },
        { source: 'county' as const, amount: 50.25 },
      ],
      total: 1,
      beneficiaryNames: ' 王某、李某，\n赵某 ',
    };
    const closed = disclosureBody({ ...form, namesAllowed: false });
    expect(closed.total).toBe(150.25);
    expect(closed).not.toHaveProperty('beneficiaryNames');
    const open = disclosureBody({ ...form, namesAllowed: true });
    expect(open.beneficiaryNames).toEqual(['王某', '李某', '赵某']);
    expect(disclosureForm(open).beneficiaryNames).toBe('王某、李某、赵某');
    expect(disclosureBody({ ...form, namesAllowed: true, beneficiaryNames: ' ' })).not.toHaveProperty(
      'beneficiaryNames',
    );
  });
});
