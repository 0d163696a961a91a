import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../app/errors.ts';
import { fgt, type FgtResult } from './fgt.ts';

/** The numeric outcomes of a result, so two results can be compared within rounding. */
function figures(r: FgtResult): number[] {
  return [
    r.population,
    r.poor,
    r.headcount,
    r.gap,
    r.squaredGap,
    r.watts ?? -1,
    ...r.byAlpha.map((b) => b.value),
  ];
}

function expectClose(a: FgtResult, b: FgtResult): void {
  const fa = figures(a);
  const fb = figures(b);
  fa.forEach((x, i) => expect(Math.abs(x - fb[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x))));
}

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    if (e instanceof DomainError) return e.fields[0]?.field;
    throw e;
  }
  return undefined;
}

const ALPHAS = [0, 0.5, 1, 1.5, 2, 3];
// Non-negative incomes: with a negative income the normalised gap exceeds 1 and shrinks as the line rises,
// so the orderings below hold only for y ≥ 0 (see the file comment of fgt.ts).
// Amounts in fen (cents) as money is recorded; arbitrary doubles would bring subnormals that underflow to 0.
const income = fc.integer({ min: 0, max: 10_000_000 }).map((fen) => fen / 100);
const incomes = fc.array(income, { minLength: 1, maxLength: 40 });
const line = fc.integer({ min: 100, max: 10_000_000 }).map((fen) => fen / 100);

describe('the Handbook example (Haughton & Khandker 2009, ch. 4)', () => {
  // Incomes 100, 110, 150, 160 and line 125: two poor, gaps 25/125 = 0.20 and 15/125 = 0.12.
  const r = fgt({ incomes: [100, 110, 150, 160], line: 125 });

  it('gives P0 = 0.5, P1 = 0.08 = 0.32/4 and P2 = 0.0136 = (0.04 + 0.0144)/4', () => {
    expect(r.population).toBe(4);
    expect(r.poor).toBe(2);
    expect(r.headcount).toBe(0.5);
    expect(r.gap).toBeCloseTo(0.08, 12);
    expect(r.squaredGap).toBeCloseTo(0.0136, 12);
    expect(r.incomeGapRatio).toBeCloseTo(0.16, 12); // (0.20 + 0.12) / 2
    expect(r.byAlpha.map((b) => b.alpha)).toEqual([0, 1, 2]);
    expect(r.byAlpha[0]!.value).toBe(0.5);
    expect(r.byAlpha[1]!.value).toBeCloseTo(0.08, 12);
    expect(r.byAlpha[2]!.value).toBeCloseTo(0.0136, 12);
  });

  it('gives Watts = (ln(125/100) + ln(125/110)) / 4', () => {
    // ln 1.25 = 0.2231435513, ln 1.1363636 = 0.1278333715; their sum 0.3509769228, over 4 persons = 0.0877442307.
    expect(r.watts).toBeCloseTo(0.0877442307, 10);
  });

  it('gives person-level figures from household incomes weighted by household size', () => {
    // Per-capita incomes of four households of sizes 2, 1, 1, 2, and an empty one that must not count:
    // the persons are 100, 100, 110, 150, 160, 160, so 3 of 6 are poor, P1 = (0.20 + 0.20 + 0.12) / 6.
    const households = fgt({ incomes: [100, 110, 150, 160, 1], weights: [2, 1, 1, 2, 0], line: 125 });
    expect(households.population).toBe(6);
    expect(households.poor).toBe(3);
    expect(households.headcount).toBe(0.5);
    expect(households.gap).toBeCloseTo(0.52 / 6, 12);
    expectClose(households, fgt({ incomes: [100, 100, 110, 150, 160, 160], line: 125 }));
  });
});

describe('conventions', () => {
  it('counts an income exactly on the line as not poor', () => {
    expect(fgt({ incomes: [125, 124.99], line: 125 }).poor).toBe(1);
  });

  it('reports any α ≥ 0 asked for, P0 being the headcount', () => {
    const r = fgt({ incomes: [0, 50, 200], line: 100, alphas: [0, 3, 0.5] });
    // gaps 1 and 0.5: P3 = (1 + 0.125)/3, P0.5 = (1 + √0.5)/3
    expect(r.byAlpha).toEqual([
      { alpha: 0, value: 2 / 3 },
      { alpha: 3, value: expect.closeTo(1.125 / 3, 12) },
      { alpha: 0.5, value: expect.closeTo((1 + Math.SQRT1_2) / 3, 12) },
    ]);
  });

  it('has no Watts index when a poor person has an income ≤ 0, and says null rather than NaN', () => {
    expect(fgt({ incomes: [0, 200], line: 100 }).watts).toBeNull();
    expect(fgt({ incomes: [-50, 200], line: 100 }).watts).toBeNull();
    // A weight of 0 removes the observation, so its income does not matter.
    expect(fgt({ incomes: [-50, 50], weights: [0, 1], line: 100 }).watts).toBeCloseTo(Math.log(2), 12);
  });

  it('keeps negative incomes uncensored: their gap exceeds 1', () => {
    expect(fgt({ incomes: [-100], line: 100 }).gap).toBe(2);
  });

  it('says null for the income gap ratio when nobody is poor', () => {
    const r = fgt({ incomes: [200, 300], line: 100 });
    expect(r).toMatchObject({ poor: 0, headcount: 0, gap: 0, squaredGap: 0, incomeGapRatio: null, watts: 0 });
  });
});

describe('invalid input names the field', () => {
  it.each([
    ['no incomes', { incomes: [], line: 1 }, 'incomes'],
    ['a NaN income', { incomes: [1, NaN], line: 1 }, 'incomes.1'],
    ['an infinite income', { incomes: [Infinity], line: 1 }, 'incomes.0'],
    ['a zero line', { incomes: [1], line: 0 }, 'line'],
    ['a negative line', { incomes: [1], line: -5 }, 'line'],
    ['a NaN line', { incomes: [1], line: NaN }, 'line'],
    ['weights of another length', { incomes: [1, 2], weights: [1], line: 1 }, 'weights'],
    ['a negative weight', { incomes: [1, 2], weights: [1, -1], line: 1 }, 'weights.1'],
    ['all-zero weights', { incomes: [1, 2], weights: [0, 0], line: 1 }, 'weights'],
    ['a negative α', { incomes: [1], line: 1, alphas: [1, -1] }, 'alphas.1'],
    ['an overflowing result', { incomes: [-1e300], line: 1e-300 }, 'incomes'],
  ])('%s', (_, input, field) => {
    expect(fieldOf(() => fgt(input))).toBe(field);
  });
});

describe('properties', () => {
  it('an integer weight w equals w copies of the observation', () => {
    const weighted = fc.array(fc.tuple(income, fc.integer({ min: 0, max: 4 })), {
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(
        weighted.filter((rows) => rows.some(([, w]) => w > 0)),
        line,
        (rows, z) => {
          const byWeight = fgt({
            incomes: rows.map(([y]) => y),
            weights: rows.map(([, w]) => w),
            line: z,
            alphas: ALPHAS,
          });
          const copies = rows.flatMap(([y, w]) => Array<number>(w).fill(y));
          expectClose(byWeight, fgt({ incomes: copies, line: z, alphas: ALPHAS }));
        },
      ),
    );
  });

  it('P_α does not fall when the line rises', () => {
    fc.assert(
      fc.property(incomes, line, line, (ys, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lower = fgt({ incomes: ys, line: low, alphas: ALPHAS }).byAlpha;
        const higher = fgt({ incomes: ys, line: high, alphas: ALPHAS }).byAlpha;
        lower.forEach((p, i) => expect(p.value).toBeLessThanOrEqual(higher[i]!.value + 1e-12));
      }),
    );
  });

  it('P0 ≥ P1 ≥ P2 ≥ P3 while the normalised gaps lie in [0, 1]', () => {
    fc.assert(
      fc.property(incomes, line, (ys, z) => {
        const r = fgt({ incomes: ys, line: z, alphas: [0, 1, 2, 3] });
        const [p0, p1, p2, p3] = r.byAlpha.map((b) => b.value);
        expect(p0).toBe(r.headcount);
        expect(p1).toBeCloseTo(r.gap, 12);
        expect(p2).toBeCloseTo(r.squaredGap, 12);
        expect(p0! + 1e-12).toBeGreaterThanOrEqual(p1!);
        expect(p1! + 1e-12).toBeGreaterThanOrEqual(p2!);
        expect(p2! + 1e-12).toBeGreaterThanOrEqual(p3!);
      }),
    );
  });

  it('permuting the persons changes nothing', () => {
    const rows = fc.array(fc.tuple(income, fc.integer({ min: 1, max: 6 })), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(rows, line, fc.infiniteStream(fc.nat()), (data, z, randoms) => {
        const shuffled = [...data];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = randoms.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const run = (d: typeof data) =>
          fgt({ incomes: d.map(([y]) => y), weights: d.map(([, w]) => w), line: z, alphas: ALPHAS });
        expectClose(run(shuffled), run(data));
      }),
    );
  });

  it('scaling all incomes and the line by one factor changes nothing (the unit does not matter)', () => {
    fc.assert(
      fc.property(incomes, line, fc.double({ min: 0.001, max: 1000, noNaN: true }), (ys, z, factor) => {
        // Scaling can move an income that sits within rounding of the line across it; skip those cases.
        fc.pre(ys.every((y) => Math.abs(y - z) > 1e-9 * z));
        const base = fgt({ incomes: ys, line: z, alphas: ALPHAS });
        const scaled = fgt({ incomes: ys.map((y) => y * factor), line: z * factor, alphas: ALPHAS });
        expectClose(scaled, base);
      }),
    );
  });
});
