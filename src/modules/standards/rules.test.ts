import { describe, expect, it } from 'vitest';
import { monitoringLine, refuseChange, validateStandardChange, type StandardChange } from './rules.ts';

const valid: StandardChange = {
  year: 2027,
  province: null,
  line: 4300,
  monitoringMultiplier: 1.5,
  reason: '物价调整',
};
const fields = (change: Partial<StandardChange>) =>
  validateStandardChange({ ...valid, ...change }).map((i) => i.field);

describe('validateStandardChange', () => {
  it('accepts a valid national and provincial line', () => {
    expect(fields({})).toEqual([]);
    expect(fields({ province: '37', monitoringMultiplier: 1, line: 0.01 })).toEqual([]);
    expect(fields({ monitoringMultiplier: 3, year: 2013 })).toEqual([]);
  });

  it.each([
    [{ line: 0 }, 'line'],
    [{ line: -5 }, 'line'],
    [{ line: 4000.005 }, 'line'],
    [{ line: Number.NaN }, 'line'],
    [{ monitoringMultiplier: 0.99 }, 'monitoringMultiplier'],
    [{ monitoringMultiplier: 3.01 }, 'monitoringMultiplier'],
    [{ monitoringMultiplier: 1.255 }, 'monitoringMultiplier'],
    [{ year: 2012 }, 'year'],
    [{ year: 2101 }, 'year'],
    [{ year: 2020.5 }, 'year'],
    [{ province: '370' }, 'province'],
    [{ province: 'ab' }, 'province'],
    [{ reason: '   ' }, 'reason'],
    [{ reason: 'x'.repeat(501) }, 'reason'],
  ])('refuses %j naming %s', (change, field) => {
    const issues = validateStandardChange({ ...valid, ...change });
    expect(issues.map((i) => i.field)).toEqual([field]);
    expect(issues[0]!.message.zh).toBeTruthy();
    expect(issues[0]!.message.en).toBeTruthy();
  });

  it('reports every problem at once', () => {
    expect(fields({ line: 0, monitoringMultiplier: 5, reason: '' })).toEqual([
      'line',
      'monitoringMultiplier',
      'reason',
    ]);
  });
});

describe('monitoringLine', () => {
  it('multiplies to the fen', () => {
    expect(monitoringLine(4000, 1.5)).toBe(6000);
    expect(monitoringLine(2855, 1.5)).toBe(4282.5);
    expect(monitoringLine(3218.33, 1.1)).toBe(3540.16);
  });
});

describe('refuseChange', () => {
  const today = '2026-11-29';
  it('allows the current and future years while nobody was identified under them', () => {
    expect(refuseChange({ year: 2026, today, inForce: true, householdsIdentified: 0 })).toBeUndefined();
    expect(refuseChange({ year: 2030, today, inForce: true, householdsIdentified: 0 })).toBeUndefined();
  });

  it('never changes a line in force for a past year', () => {
    const error = refuseChange({ year: 2025, today, inForce: true, householdsIdentified: 0 });
    expect(error?.code).toBe('STANDARD_PAST_YEAR');
    expect(error?.kind).toBe('rule');
    expect(error?.messages.zh).toContain('2025');
  });

  it('lets a past year that never had a line be filled in', () => {
    expect(refuseChange({ year: 2021, today, inForce: false, householdsIdentified: 0 })).toBeUndefined();
  });

  it('refuses a change under households identified by the line', () => {
    const error = refuseChange({ year: 2026, today, inForce: true, householdsIdentified: 3 });
    expect(error?.code).toBe('STANDARD_IN_USE');
    expect(error?.kind).toBe('conflict');
    expect(error?.messages.en).toContain('3 households');
  });

  it('reads the year from the injected date only', () => {
    expect(
      refuseChange({ year: 2025, today: '2025-01-01', inForce: true, householdsIdentified: 0 }),
    ).toBeUndefined();
  });
});
