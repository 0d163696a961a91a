import { describe, expect, it } from 'vitest';
import { startableTypes } from './start-types.ts';

describe('which procedures a household may start', () => {
  it('an ordinary household without a status: identification or monitoring', () => {
    expect(startableTypes({ status: null, monitoringState: null }, [])).toEqual([
      'identification',
      'monitoring',
    ]);
  });

  it('a poor or returned household: exit only', () => {
    expect(startableTypes({ status: '01', monitoringState: null }, [])).toEqual(['exit']);
    expect(startableTypes({ status: '03', monitoringState: null }, [])).toEqual(['exit']);
  });

  it('an exited household: return, or monitoring when not monitored; risk elimination when monitored', () => {
    expect(startableTypes({ status: '02', monitoringState: null }, [])).toEqual(['return', 'monitoring']);
    expect(startableTypes({ status: '02', monitoringState: '1' }, [])).toEqual([
      'return',
      'risk_elimination',
    ]);
    expect(startableTypes({ status: '02', monitoringState: '2' }, [])).toEqual(['return', 'monitoring']);
  });

  it('a cancelled household starts nothing; a type already open is not offered again', () => {
    expect(startableTypes({ status: '04', monitoringState: null }, [])).toEqual([]);
    expect(startableTypes({ status: null, monitoringState: null }, ['identification'])).toEqual([
      'monitoring',
    ]);
  });
});
