import { describe, expect, it } from 'vitest';
import { auditChanges, fieldKeyOf } from './audit-diff.ts';

describe('audit changes', () => {
  it('lists the fields that differ, nested one level, without bookkeeping', () => {
    const before = {
      household: { id: 1, version: 2, phone: '1', naturalVillage: '东庄' },
      year: { wageIncome: 6000, status: '01' },
    };
    const after = {
      household: { id: 1, version: 3, phone: '1', naturalVillage: '西庄' },
      year: { wageIncome: 7000, status: '01' },
    };
    expect(auditChanges(before, after)).toEqual([
      { path: 'household.naturalVillage', before: '东庄', after: '西庄' },
      { path: 'year.wageIncome', before: 6000, after: 7000 },
    ]);
    expect(fieldKeyOf('year.wageIncome')).toBe('wageIncome');
  });

  it('shows a creation as values from nothing', () => {
    expect(auditChanges(null, { householdNo: 'H1', size: 3 })).toEqual([
      { path: 'householdNo', before: null, after: 'H1' },
      { path: 'size', before: null, after: 3 },
    ]);
  });
});
