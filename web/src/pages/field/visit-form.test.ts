import { describe, expect, it } from 'vitest';
import { bodyOf, checksFrom, emptyValues } from './visit-form.ts';

describe('the visit form', () => {
  it('fills the checks in from the household’s facts: only a recorded “not secure” starts off', () => {
    expect(checksFrom({ foodSecure: true, waterSecure: false, housingSecure: null })).toEqual({
      food: true,
      clothing: true,
      education: true,
      medical: true,
      housing: true,
      water: false,
    });
    expect(checksFrom(null).water).toBe(true);
  });

  it('sends what was typed, trimmed, without empty texts or half-filled problems', () => {
    const values = {
      ...emptyValues(null),
      notes: '  门前道路已硬化 ',
      problems: [
        { category: 'water' as const, description: ' 自来水停水两周 ' },
        { category: 'housing' as const, description: '  ' },
      ],
    };
    const fixed = {
      clientId: 'c',
      householdId: 3,
      at: '2026-06-30T08:00:00+08:00',
      position: { lat: 1, lng: 2, accuracy: 5 },
    };
    const body = bodyOf(values, fixed, undefined);
    expect(body).toMatchObject({
      ...fixed,
      checks: values.checks,
      notes: '门前道路已硬化',
      problems: [{ category: 'water', description: '自来水停水两周' }],
    });
    expect(body).not.toHaveProperty('incomeChange');
    // What was pre-filled is the server's to judge: the body names no such list.
    expect(body).not.toHaveProperty('prefilled');
  });
});
