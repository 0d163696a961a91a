import { describe, expect, it } from 'vitest';
import { assessIncome, resolveGuarantee, verdictsOf, type GuaranteeResult } from './assess.ts';
import { GUARANTEES } from './guarantees.ts';

const standard = { line: 4000, monitoringLine: 6000 };
const all = (state: GuaranteeResult['state']): GuaranteeResult[] =>
  GUARANTEES.map((g) => ({ guarantee: g, label: { zh: g, en: g }, state, source: 'derived', reason: null }));

describe('resolveGuarantee', () => {
  const failed = {
    state: 'not_secure' as const,
    reason: { zh: '饮水不安全', en: 'Drinking water is not safe' },
  };

  it('lets a manual assessment override the derivation', () => {
    const r = resolveGuarantee('water', failed, { secure: true, reason: '已通自来水' }, false);
    expect(r).toMatchObject({ state: 'secure', source: 'manual' });
    expect(r.reason?.zh).toContain('已通自来水');
    expect(r.label.zh).toBe('饮水安全有保障');
  });

  it('prefers a definite derivation to the recorded flag', () => {
    expect(resolveGuarantee('water', failed, undefined, true)).toMatchObject({
      state: 'not_secure',
      source: 'derived',
      reason: failed.reason,
    });
  });

  it('falls back to the recorded flag, then to unknown with the reason the data give', () => {
    const unknown = { state: 'unknown' as const, reason: { zh: '未登记', en: 'not recorded' } };
    expect(resolveGuarantee('medical', unknown, undefined, true)).toMatchObject({
      state: 'secure',
      source: 'recorded',
    });
    expect(resolveGuarantee('medical', unknown, undefined, null)).toMatchObject({
      state: 'unknown',
      source: null,
      reason: unknown.reason,
    });
    expect(resolveGuarantee('food', undefined, undefined, null).reason?.en).toContain('visit');
    expect(resolveGuarantee('food', undefined, undefined, false)).toMatchObject({
      state: 'not_secure',
      source: 'recorded',
    });
  });
});

describe('income', () => {
  it('places income against the line and the monitoring range', () => {
    expect(assessIncome(3999.99, standard)).toEqual({ belowLine: true, withinMonitoringRange: false });
    expect(assessIncome(4000, standard)).toEqual({ belowLine: false, withinMonitoringRange: true });
    expect(assessIncome(5999.99, standard)).toEqual({ belowLine: false, withinMonitoringRange: true });
    expect(assessIncome(6000, standard)).toEqual({ belowLine: false, withinMonitoringRange: false });
    expect(assessIncome(null, standard)).toEqual({ belowLine: null, withinMonitoringRange: null });
    expect(assessIncome(100, undefined)).toEqual({ belowLine: null, withinMonitoringRange: null });
  });
});

describe('verdicts', () => {
  it('names every verdict that applies', () => {
    expect(verdictsOf(3000, standard, all('secure'))).toEqual(['below_line']);
    expect(verdictsOf(5000, standard, all('secure'))).toEqual(['within_monitoring_range']);
    expect(verdictsOf(7000, standard, all('secure'))).toEqual(['secure']);
    const oneFailed = all('secure').map((g, i) => (i === 2 ? { ...g, state: 'not_secure' as const } : g));
    expect(verdictsOf(3000, standard, oneFailed)).toEqual(['below_line', 'guarantees_failed']);
    expect(verdictsOf(7000, standard, oneFailed)).toEqual(['guarantees_failed']);
  });

  it('never calls a household secure on unknowns', () => {
    expect(verdictsOf(7000, standard, all('unknown'))).toEqual(['guarantees_unknown']);
    expect(verdictsOf(null, standard, all('secure'))).toEqual(['income_unknown']);
    expect(verdictsOf(7000, undefined, all('secure'))).toEqual(['no_standard']);
  });
});
