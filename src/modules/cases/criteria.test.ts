import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveGuarantee, type GuaranteeResult } from '../assessment/assess.ts';
import type { HouseholdAssessment } from '../assessment/batch.ts';
import { GUARANTEES, type GuaranteeState } from '../assessment/guarantees.ts';
import {
  countyExitCriteria,
  exitCriteria,
  poorCriteria,
  riskEliminationCriteria,
  villageExitCriteria,
  type Criterion,
} from './criteria.ts';

const STANDARD = { id: 7, line: 4000, monitoringLine: 6000 };
const EXIT = { year: 2020, forbidExitInIdentificationYear: false, otherOpenCaseTypes: [] };

function guarantee(g: (typeof GUARANTEES)[number], state: GuaranteeState): GuaranteeResult {
  if (state === 'unknown') return resolveGuarantee(g, undefined, undefined, null);
  return resolveGuarantee(g, undefined, { secure: state === 'secure', reason: '入户核实' }, null);
}

/** An assessment of 2020 (verdicts are not read by the criteria). */
function assessment(
  income: number | null,
  states: Partial<Record<(typeof GUARANTEES)[number], GuaranteeState>> = {},
  more: Partial<HouseholdAssessment> = {},
): HouseholdAssessment {
  return {
    householdId: 1,
    year: 2020,
    regionCode: '371324106202',
    perCapitaIncome: income,
    standard: STANDARD,
    belowLine: null,
    withinMonitoringRange: null,
    guarantees: GUARANTEES.map((g) => guarantee(g, states[g] ?? 'secure')),
    verdicts: [],
    identifiedYear: 2016,
    status: '01',
    ...more,
  };
}

const codes = (list: Criterion[]) => list.map((c) => c.code);

describe('exitCriteria', () => {
  it('passes a household at or above the line with every guarantee met', () => {
    expect(exitCriteria(assessment(4000), EXIT)).toEqual([]);
    expect(exitCriteria(assessment(12_345.5), EXIT)).toEqual([]);
  });

  it('names the income and the line when the income is below it', () => {
    const [failed] = exitCriteria(assessment(3100), EXIT);
    expect(failed).toEqual({
      code: 'INCOME_BELOW_LINE',
      message: {
        zh: '2020 年人均纯收入 3,100 元低于贫困标准 4,000 元',
        en: 'The per-capita net income of 2020, 3,100 yuan, is below the poverty line of 4,000 yuan',
      },
      details: { income: 3100, line: 4000, lineKind: 'poverty', standardId: 7 },
    });
  });

  it('lists every failing criterion at once', () => {
    const a = assessment(null, { housing: 'not_secure', medical: 'unknown' }, { identifiedYear: 2020 });
    const failed = exitCriteria(a, {
      year: 2020,
      forbidExitInIdentificationYear: true,
      otherOpenCaseTypes: ['monitoring'],
    });
    expect(codes(failed)).toEqual([
      'INCOME_UNKNOWN',
      'GUARANTEE_UNKNOWN',
      'GUARANTEE_NOT_MET',
      'IDENTIFIED_THIS_YEAR',
      'OTHER_CASE_OPEN',
    ]);
    expect(failed[2]!.details).toEqual({ guarantee: 'housing', source: 'manual' });
    expect(failed[2]!.message).toEqual({
      zh: '未达到“住房安全有保障”：人工评定：入户核实',
      en: 'Not met: safe housing guaranteed — Assessed manually: 入户核实',
    });
    expect(failed[4]!.details).toEqual({ types: ['monitoring'] });
  });

  it('allows exit in the year of identification unless the province forbids it', () => {
    const a = assessment(5000, {}, { identifiedYear: 2020 });
    expect(exitCriteria(a, EXIT)).toEqual([]);
    expect(codes(exitCriteria(a, { ...EXIT, forbidExitInIdentificationYear: true }))).toEqual([
      'IDENTIFIED_THIS_YEAR',
    ]);
    expect(
      exitCriteria(assessment(5000, {}, { identifiedYear: null }), {
        ...EXIT,
        forbidExitInIdentificationYear: true,
      }),
    ).toEqual([]);
  });

  it('judges no income without a line in force', () => {
    expect(codes(exitCriteria(assessment(9000, {}, { standard: null }), EXIT))).toEqual(['NO_STANDARD']);
  });
});

describe('riskEliminationCriteria', () => {
  it('holds the income against the monitoring line', () => {
    expect(riskEliminationCriteria(assessment(6000), EXIT)).toEqual([]);
    const [failed] = riskEliminationCriteria(assessment(5000), EXIT);
    expect(failed!.code).toBe('INCOME_BELOW_LINE');
    expect(failed!.message.zh).toBe('2020 年人均纯收入 5,000 元低于监测标准 6,000 元');
    expect(failed!.details).toMatchObject({ line: 6000, lineKind: 'monitoring' });
  });
});

describe('poorCriteria', () => {
  it('finds poor a household below the line, or with a guarantee not met', () => {
    expect(poorCriteria(assessment(3999))).toEqual([]);
    expect(poorCriteria(assessment(9000, { education: 'not_secure' }))).toEqual([]);
    expect(poorCriteria(assessment(null, { water: 'not_secure' }, { standard: null }))).toEqual([]);
  });

  it('refuses a household above the line with every guarantee met (扶真贫)', () => {
    expect(poorCriteria(assessment(4000))).toEqual([
      {
        code: 'NOT_POOR',
        message: {
          zh: '2020 年人均纯收入 4,000 元不低于贫困标准 4,000 元，且两不愁三保障及饮水安全均有保障',
          en: 'The per-capita net income of 2020, 4,000 yuan, is not below the poverty line of 4,000 yuan, and every guarantee is met',
        },
        details: { income: 4000, line: 4000, standardId: 7 },
      },
    ]);
  });

  it('asks for what is unknown rather than calling a household poor or not', () => {
    expect(codes(poorCriteria(assessment(null)))).toEqual(['INCOME_UNKNOWN']);
    expect(codes(poorCriteria(assessment(9000, { food: 'unknown' })))).toEqual(['GUARANTEE_UNKNOWN']);
    expect(codes(poorCriteria(assessment(9000, {}, { standard: null })))).toEqual(['NO_STANDARD']);
  });
});

describe('village and county exit', () => {
  it('needs the incidence below the threshold, and known', () => {
    expect(villageExitCriteria(0.0199, 0.02)).toEqual([]);
    expect(villageExitCriteria(0.025, 0.03)).toEqual([]);
    expect(villageExitCriteria(0.025, 0.02)).toEqual([
      {
        code: 'INCIDENCE_TOO_HIGH',
        message: {
          zh: '贫困发生率 2.5% 未低于标准 2%',
          en: 'The poverty incidence of 2.5% is not below the threshold of 2%',
        },
        details: { value: 0.025, threshold: 0.02 },
      },
    ]);
    expect(codes(villageExitCriteria(0.02, 0.02))).toEqual(['INCIDENCE_TOO_HIGH']);
    expect(codes(villageExitCriteria(null, 0.02))).toEqual(['INCIDENCE_UNKNOWN']);
  });

  it('checks the three rates and the approval of a county, each failing one named', () => {
    const t = {
      incidenceThreshold: 0.02,
      countyThresholds: { wrongExit: 0.02, missed: 0.02, approval: 0.9 },
    };
    const good = { incidence: 0.01, wrongExitRate: 0.005, missedRate: 0.019, approvalRate: 0.9 };
    expect(countyExitCriteria(good, t)).toEqual([]);
    const bad = { incidence: 0.021, wrongExitRate: 0.02, missedRate: null, approvalRate: 0.899 };
    expect(codes(countyExitCriteria(bad, t))).toEqual([
      'INCIDENCE_TOO_HIGH',
      'WRONG_EXIT_RATE_TOO_HIGH',
      'MISSED_RATE_UNKNOWN',
      'APPROVAL_RATE_TOO_LOW',
    ]);
    expect(countyExitCriteria(bad, t)[3]!.message.zh).toBe('群众认可度 89.9% 低于标准 90%');
  });
});

describe('properties', () => {
  const state = fc.constantFrom<GuaranteeState>('secure', 'not_secure', 'unknown');
  const arbitrary = fc
    .record({
      income: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null }),
      standard: fc.option(
        fc.record({ line: fc.integer({ min: 1, max: 9000 }), extra: fc.integer({ min: 0, max: 5000 }) }),
        { nil: null },
      ),
      states: fc.array(state, { minLength: 6, maxLength: 6 }),
      identifiedYear: fc.option(fc.integer({ min: 2014, max: 2021 }), { nil: null }),
    })
    .map(({ income, standard, states, identifiedYear }) =>
      assessment(income, Object.fromEntries(GUARANTEES.map((g, i) => [g, states[i]!])), {
        standard: standard && { id: 1, line: standard.line, monitoringLine: standard.line + standard.extra },
        identifiedYear,
      }),
    );

  it('exit passes exactly when the line is met, every guarantee is met and nothing else stands', () => {
    fc.assert(
      fc.property(arbitrary, fc.boolean(), fc.boolean(), (a, forbid, other) => {
        const o = {
          year: 2020,
          forbidExitInIdentificationYear: forbid,
          otherOpenCaseTypes: other ? ['return'] : [],
        };
        const expected =
          a.standard !== null &&
          a.perCapitaIncome !== null &&
          a.perCapitaIncome >= a.standard.line &&
          a.guarantees.every((g) => g.state === 'secure') &&
          !(forbid && a.identifiedYear === 2020) &&
          !other;
        expect(exitCriteria(a, o).length === 0).toBe(expected);
      }),
    );
  });

  it('a household whose income and guarantees are all known is either poor or may exit, never both', () => {
    fc.assert(
      fc.property(arbitrary, (a) => {
        fc.pre(
          a.standard !== null &&
            a.perCapitaIncome !== null &&
            a.guarantees.every((g) => g.state !== 'unknown'),
        );
        expect(poorCriteria(a).length === 0).toBe(exitCriteria(a, EXIT).length > 0);
      }),
    );
  });

  it('risk elimination asks at least what an exit asks, and every failure speaks both languages', () => {
    fc.assert(
      fc.property(arbitrary, (a) => {
        const risk = riskEliminationCriteria(a, EXIT);
        if (risk.length === 0) expect(exitCriteria(a, EXIT)).toEqual([]);
        for (const c of [...risk, ...poorCriteria(a), ...exitCriteria(a, EXIT)]) {
          expect(c.code).toMatch(/^[A-Z_]+$/);
          expect(c.message.zh).toMatch(/[\u4e00-\u9fff]/);
          expect(c.message.en).toMatch(/^[A-Z]/);
          if (c.code === 'INCOME_BELOW_LINE' || c.code === 'NOT_POOR')
            expect(c.message.zh).toContain(`${(a.perCapitaIncome ?? 0).toLocaleString('en')} 元`);
        }
      }),
    );
  });
});
