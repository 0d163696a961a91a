import { describe, expect, it } from 'vitest';
import { writesIn, writesWithin, type Capabilities } from './capabilities.ts';

const cadreOfTown: Capabilities = {
  canWriteRegistry: true,
  canImport: true,
  canSeeAudit: true,
  canManageUsers: false,
  canSeePersonalData: true,
  writeRegions: ['371324106000'],
  userRegions: [],
};

describe('capabilities by region', () => {
  it('writes in the granted subtree only', () => {
    expect(writesIn(cadreOfTown, '371324106201')).toBe(true);
    expect(writesIn(cadreOfTown, '371324106000')).toBe(true);
    expect(writesIn(cadreOfTown, '371324107201')).toBe(false);
    expect(writesIn(cadreOfTown, '371324000000')).toBe(false);
  });

  it('offers to create from a wider region that contains the granted one', () => {
    expect(writesWithin(cadreOfTown, '371324000000')).toBe(true);
    expect(writesWithin(cadreOfTown, '371324106201')).toBe(true);
    expect(writesWithin(cadreOfTown, '371324107000')).toBe(false);
    expect(writesWithin({ ...cadreOfTown, writeRegions: [] }, '371324000000')).toBe(false);
  });
});
