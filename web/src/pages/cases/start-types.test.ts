import { describe, expect, it } from 'vitest';
import { startableTypes } from './start-types.ts';

describe('which procedures a household may start', () => {
  it('an ordinary household without a status: identification or monitoring', () => {
    expect(startableTypes({ householdType: '00', status: null }, [])).toEqual([
      'identification',
      'monitoring',
    ]);
  });

  it('a poor or returned household: exit only', () => {
    expect(startableTypes({ householdType: '01', status: '01' }, [])).toEqual(['exit']);
    expect(startableTypes({ householdType: '02', status: '03' }, [])).toEqual(['exit']);
  });

  it('an exited household: return, or monitoring when not monitored; risk elimination when monitored', () => {
    expect(startableTypes({ householdType: '01', status: '02' }, [])).toEqual(['return', 'monitoring']);
    expect(startableTypes({ householdType: '01', status: '02', monitoringState: '1' }, [])).toEqual([
      'return',
      'risk_elimination',
    ]);
    expect(startableTypes({ householdType: '01', status: '02', monitoringState: '2' }, [])).toEqual([
      'return',
      'monitoring',
    ]);
  });

  it('a cancelled household starts nothing; a type already open is not offered again', () => {
    expect(startableTypes({ householdType: '01', status: '04' }, [])).toEqual([]);
    expect(startableTypes({ householdType: '00', status: null }, ['identification'])).toEqual(['monitoring']);
  });
});
