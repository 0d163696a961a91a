import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../app/errors.ts';
import { alkireFoster, alkireFosterFromDeprivations, type AlkireFosterResult } from './mpi.ts';

/**
 * The four-person example of Alkire & Foster (2011, J. Public Economics 95): income, years of schooling,
 * a body-mass index and health insurance, with cutoffs 13, 12, 3 and 1.
 */
const ACHIEVEMENTS = [
  [13.1, 14, 4, 1],
  [15.2, 7, 5, 0],
  [12.5, 10, 1, 0],
  [20, 11, 3, 1],
];
const CUTOFFS = [13, 12, 3, 1];
const EQUAL = [1, 1, 1, 1];

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    if (e instanceof DomainError) return e.fields[0]?.field;
    throw e;
  }
  return undefined;
}

function figures(r: AlkireFosterResult): number[] {
  return [
    r.population,
    r.poor,
    r.headcount,
    r.intensity ?? -1,
    r.adjustedHeadcount,
    ...r.indicators.flatMap((x) => [x.uncensoredHeadcount, x.censoredHeadcount, x.contribution ?? -1]),
  ];
}

function expectClose(a: AlkireFosterResult, b: AlkireFosterResult): void {
  const fb = figures(b);
  figures(a).forEach((x, i) =>
    expect(Math.abs(x - fb[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x))),
  );
}

describe('the Alkire–Foster (2011) example', () => {
  // Deprived where strictly below the cutoff:
  //   person 1: 13.1 ≥ 13, 14 ≥ 12, 4 ≥ 3, 1 ≥ 1           → none,     c = 0
  //   person 2: 7 < 12, 0 < 1                               → 2 of 4,   c = 2
  //   person 3: 12.5 < 13, 10 < 12, 1 < 3, 0 < 1            → all 4,    c = 4
  //   person 4: 11 < 12 only (3 is not below 3, 1 not below 1) → 1 of 4, c = 1
  it('finds the deprivation counts c = (0, 2, 4, 1): with k = 1/4 (union) nobody deprived is censored', () => {
    const r = alkireFoster({ achievements: ACHIEVEMENTS, cutoffs: CUTOFFS, weights: EQUAL, k: 1 / 4 });
    // Scores are shares of the total weight, so the counts are 4 × the scores.
    expect(r.scores.map((s) => s * 4)).toEqual([0, 2, 4, 1]);
  });

  it('gives H = 1/2, A = 3/4 and M0 = 3/8 with k = 2 of 4 dimensions', () => {
    const r = alkireFoster({ achievements: ACHIEVEMENTS, cutoffs: CUTOFFS, weights: EQUAL, k: 2 / 4 });
    // Persons 2 and 3 are poor: H = 2/4; A = (2/4 + 4/4) / 2 = 3/4; M0 = H × A = 3/8.
    expect(r.population).toBe(4);
    expect(r.poor).toBe(2);
    expect(r.headcount).toBe(1 / 2);
    expect(r.intensity).toBe(3 / 4);
    expect(r.adjustedHeadcount).toBe(3 / 8);
    // Person 4's one deprivation is censored: c(k) = (0, 2, 4, 0) / 4.
    expect(r.scores).toEqual([0, 0.5, 1, 0]);
  });

  it('gives the headcounts and contributions of each indicator', () => {
    const r = alkireFoster({ achievements: ACHIEVEMENTS, cutoffs: CUTOFFS, weights: EQUAL, k: 2 / 4 });
    // Uncensored: income {3} 1/4, schooling {2, 3, 4} 3/4, BMI {3} 1/4, insurance {2, 3} 2/4.
    // Censored (poor only): income {3} 1/4, schooling {2, 3} 2/4 (person 4 censored), BMI 1/4, insurance 2/4.
    // M0 = Σ w_j × censored_j = (1/4)(1/4 + 2/4 + 1/4 + 2/4) = 3/8, as above.
    // Contributions w_j × censored_j / M0: (1/16)/(3/8) = 1/6 ≈ 16.67 %, (2/16)/(3/8) = 1/3 ≈ 33.33 %, 1/6, 1/3.
    expect(r.indicators.map((x) => x.weight)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(r.indicators.map((x) => x.uncensoredHeadcount)).toEqual([0.25, 0.75, 0.25, 0.5]);
    expect(r.indicators.map((x) => x.censoredHeadcount)).toEqual([0.25, 0.5, 0.25, 0.5]);
    const contributions = r.indicators.map((x) => x.contribution!);
    [100 / 6, 100 / 3, 100 / 6, 100 / 3].forEach((c, j) => expect(contributions[j]).toBeCloseTo(c, 10));
    expect(contributions.reduce((a, b) => a + b)).toBeCloseTo(100, 10);
  });

  it('gives H = 1/4, A = 1, M0 = 1/4 with k = 4 of 4 (intersection)', () => {
    const r = alkireFoster({ achievements: ACHIEVEMENTS, cutoffs: CUTOFFS, weights: EQUAL, k: 1 });
    expect([r.headcount, r.intensity, r.adjustedHeadcount]).toEqual([0.25, 1, 0.25]);
  });

  it('gives the same from the deprivation flags and from any multiple of the weights', () => {
    const flags = ACHIEVEMENTS.map((row) => row.map((a, j) => a < CUTOFFS[j]!));
    const base = alkireFoster({ achievements: ACHIEVEMENTS, cutoffs: CUTOFFS, weights: EQUAL, k: 0.5 });
    expect(
      alkireFosterFromDeprivations({ deprivations: flags, weights: [0.25, 0.25, 0.25, 0.25], k: 0.5 }),
    ).toEqual(base);
    expect(
      alkireFoster({ achievements: ACHIEVEMENTS, cutoffs: CUTOFFS, weights: [3, 3, 3, 3], k: 0.5 }),
    ).toEqual(base);
  });
});

describe('weights and boundaries', () => {
  it('weights indicators by their relative weights', () => {
    // Health counts double: weights 2, 1, 1 → 1/2, 1/4, 1/4. Person 1 deprived in health only (1/2) is poor
    // at k = 1/2; person 2 deprived in the two others (1/4 + 1/4) too; person 3 in one light one (1/4) is not.
    const r = alkireFosterFromDeprivations({
      deprivations: [
        [true, false, false],
        [false, true, true],
        [false, false, true],
      ],
      weights: [2, 1, 1],
      k: 0.5,
    });
    expect(r.scores).toEqual([0.5, 0.5, 0]);
    expect(r.headcount).toBe(2 / 3);
    expect(r.intensity).toBe(0.5);
  });

  it('counts persons by their weights', () => {
    // Household 2 (size 3) and 3 (size 1) poor out of 1 + 3 + 1 + 5 = 10 persons.
    const r = alkireFoster({
      achievements: ACHIEVEMENTS,
      cutoffs: CUTOFFS,
      weights: EQUAL,
      k: 0.5,
      personWeights: [1, 3, 1, 5],
    });
    expect(r.population).toBe(10);
    expect(r.poor).toBe(4);
    expect(r.headcount).toBe(0.4);
    expect(r.intensity).toBe((3 * 0.5 + 1) / 4);
  });

  it('keeps a person on the cutoff poor although binary sums of the weights fall short', () => {
    // 6 × (1/6) adds up to 0.9999999999999999 in floating point, below k = 1.
    const all = alkireFosterFromDeprivations({
      deprivations: [Array<boolean>(6).fill(true)],
      weights: Array<number>(6).fill(1),
      k: 1,
    });
    expect(all.poor).toBe(1);
    const eight = [...Array<boolean>(8).fill(true), false, false];
    expect(
      alkireFosterFromDeprivations({ deprivations: [eight], weights: Array<number>(10).fill(1), k: 0.8 })
        .poor,
    ).toBe(1);
  });

  it('says null for the intensity and the contributions when nobody is poor', () => {
    const r = alkireFosterFromDeprivations({ deprivations: [[false, true]], weights: [1, 1], k: 1 });
    expect(r).toMatchObject({ poor: 0, headcount: 0, intensity: null, adjustedHeadcount: 0, scores: [0] });
    expect(r.indicators.map((x) => x.contribution)).toEqual([null, null]);
    expect(r.indicators[1]!.uncensoredHeadcount).toBe(1);
  });
});

describe('invalid input names the field', () => {
  const ok = { achievements: ACHIEVEMENTS, cutoffs: CUTOFFS, weights: EQUAL, k: 0.5 };
  it.each([
    ['no persons', { ...ok, achievements: [] }, 'achievements'],
    ['an empty row', { ...ok, achievements: [[], []] }, 'achievements.0'],
    [
      'a short row',
      { ...ok, achievements: [...ACHIEVEMENTS.slice(0, 2), [1, 2, 3], ACHIEVEMENTS[3]!] },
      'achievements.2',
    ],
    ['a NaN achievement', { ...ok, achievements: [ACHIEVEMENTS[0]!, [1, 2, NaN, 4]] }, 'achievements.1.2'],
    ['cutoffs of another length', { ...ok, cutoffs: [1, 2, 3] }, 'cutoffs'],
    ['an infinite cutoff', { ...ok, cutoffs: [1, 2, 3, -Infinity] }, 'cutoffs.3'],
    ['weights of another length', { ...ok, weights: [1, 1, 1, 1, 1] }, 'weights'],
    ['a negative weight', { ...ok, weights: [1, -1, 1, 1] }, 'weights.1'],
    ['all-zero weights', { ...ok, weights: [0, 0, 0, 0] }, 'weights'],
    ['k = 0', { ...ok, k: 0 }, 'k'],
    ['k above 1', { ...ok, k: 1.01 }, 'k'],
    ['k NaN', { ...ok, k: NaN }, 'k'],
    ['person weights of another length', { ...ok, personWeights: [1, 2] }, 'personWeights'],
    ['all-zero person weights', { ...ok, personWeights: [0, 0, 0, 0] }, 'personWeights'],
  ])('%s', (_, input, field) => {
    expect(fieldOf(() => alkireFoster(input))).toBe(field);
  });

  it('names the row of an uneven deprivation matrix and a flag that is not a boolean', () => {
    const run = (deprivations: unknown) =>
      fieldOf(() =>
        alkireFosterFromDeprivations({ deprivations: deprivations as boolean[][], weights: [1, 1], k: 1 }),
      );
    expect(run([[true, false], [true]])).toBe('deprivations.1');
    expect(run([[true, 1]])).toBe('deprivations.0.1');
  });
});

describe('properties', () => {
  const problem = fc.integer({ min: 1, max: 6 }).chain((d) =>
    fc.record({
      deprivations: fc.array(fc.array(fc.boolean(), { minLength: d, maxLength: d }), {
        minLength: 1,
        maxLength: 25,
      }),
      weights: fc
        .array(fc.integer({ min: 0, max: 5 }), { minLength: d, maxLength: d })
        .filter((w) => w.some((x) => x > 0)),
      k: fc.integer({ min: 1, max: 100 }).map((p) => p / 100),
    }),
  );

  it('M0 = H × A ≤ H, censored ≤ uncensored, and the contributions add up to 100 %', () => {
    fc.assert(
      fc.property(problem, (input) => {
        const r = alkireFosterFromDeprivations(input);
        expect(r.adjustedHeadcount).toBeLessThanOrEqual(r.headcount + 1e-12);
        if (r.intensity !== null) expect(r.adjustedHeadcount).toBeCloseTo(r.headcount * r.intensity, 12);
        for (const x of r.indicators) expect(x.censoredHeadcount).toBeLessThanOrEqual(x.uncensoredHeadcount);
        if (r.adjustedHeadcount > 0) {
          expect(r.indicators.reduce((sum, x) => sum + x.contribution!, 0)).toBeCloseTo(100, 9);
        }
      }),
    );
  });

  it('M0 and H do not rise with k', () => {
    fc.assert(
      fc.property(problem, fc.integer({ min: 1, max: 100 }), (input, other) => {
        const [low, high] = [input.k, other / 100].sort((a, b) => a - b) as [number, number];
        const lower = alkireFosterFromDeprivations({ ...input, k: low });
        const higher = alkireFosterFromDeprivations({ ...input, k: high });
        expect(higher.adjustedHeadcount).toBeLessThanOrEqual(lower.adjustedHeadcount + 1e-12);
        expect(higher.headcount).toBeLessThanOrEqual(lower.headcount);
      }),
    );
  });

  it('permuting the persons changes nothing but the order of the scores', () => {
    fc.assert(
      fc.property(problem, fc.infiniteStream(fc.nat()), (input, randoms) => {
        const order = input.deprivations.map((_, i) => i);
        for (let i = order.length - 1; i > 0; i--) {
          const j = randoms.next().value % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        const base = alkireFosterFromDeprivations(input);
        const shuffled = alkireFosterFromDeprivations({
          ...input,
          deprivations: order.map((i) => input.deprivations[i]!),
        });
        expectClose(shuffled, base);
        expect(shuffled.scores).toEqual(order.map((i) => base.scores[i]));
      }),
    );
  });

  it('an integer person weight w equals w copies of the person', () => {
    fc.assert(
      fc.property(
        problem.chain((input) =>
          fc.record({
            input: fc.constant(input),
            personWeights: fc
              .array(fc.integer({ min: 0, max: 3 }), {
                minLength: input.deprivations.length,
                maxLength: input.deprivations.length,
              })
              .filter((w) => w.some((x) => x > 0)),
          }),
        ),
        ({ input, personWeights }) => {
          const copies = input.deprivations.flatMap((row, i) =>
            Array<boolean[]>(personWeights[i]!).fill(row),
          );
          expectClose(
            alkireFosterFromDeprivations({ ...input, personWeights }),
            alkireFosterFromDeprivations({ ...input, deprivations: copies }),
          );
        },
      ),
    );
  });

  it('achievements with cutoffs give what their deprivation flags give', () => {
    const cells = fc.integer({ min: 0, max: 10 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((d) =>
          fc.record({
            achievements: fc.array(fc.array(cells, { minLength: d, maxLength: d }), {
              minLength: 1,
              maxLength: 20,
            }),
            cutoffs: fc.array(cells, { minLength: d, maxLength: d }),
          }),
        ),
        fc.integer({ min: 1, max: 100 }),
        ({ achievements, cutoffs }, percent) => {
          const weights = cutoffs.map(() => 1);
          const k = percent / 100;
          const deprivations = achievements.map((row) => row.map((a, j) => a < cutoffs[j]!));
          expect(alkireFoster({ achievements, cutoffs, weights, k })).toEqual(
            alkireFosterFromDeprivations({ deprivations, weights, k }),
          );
        },
      ),
    );
  });
});
