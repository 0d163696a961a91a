import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, mixSeed } from './random.ts';

const draws = (seed: number, n: number) => {
  const rng = createRandom(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(draws(42, 100)).toEqual(draws(42, 100));
    expect(draws(42, 100)).not.toEqual(draws(43, 100));
  });

  it('stays in [0, 1) and spreads evenly over ten bins', () => {
    const n = 100_000;
    const bins = new Array<number>(10).fill(0);
    const xs = draws(7, n);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    for (const x of xs) bins[Math.floor(x * 10)]! += 1;
    for (const count of bins) expect(Math.abs(count / n - 0.1)).toBeLessThan(0.01);
  });

  it('int stays within its bounds and reaches both ends', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.nat(50), (seed, min, span) => {
        const rng = createRandom(seed);
        for (let i = 0; i < 50; i += 1) {
          const v = rng.int(min, min + span);
          expect(Number.isInteger(v) && v >= min && v <= min + span).toBe(true);
        }
      }),
    );
    const rng = createRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(() => rng.int(3, 2)).toThrow(RangeError);
    expect(() => rng.int(0.5, 2)).toThrow(RangeError);
  });

  it('weighted picks in proportion to the weights and never picks a zero weight', () => {
    const rng = createRandom(3);
    const counts = { a: 0, b: 0, c: 0, z: 0 };
    const n = 60_000;
    for (let i = 0; i < n; i += 1) {
      counts[
        rng.weighted([
          ['a', 1],
          ['b', 2],
          ['z', 0],
          ['c', 3],
        ] as const)
      ] += 1;
    }
    expect(counts.z).toBe(0);
    expect(counts.a / n).toBeCloseTo(1 / 6, 1);
    expect(counts.b / n).toBeCloseTo(2 / 6, 1);
    expect(counts.c / n).toBeCloseTo(3 / 6, 1);
    expect(() => rng.weighted([['a', 0]])).toThrow(RangeError);
  });

  it('normal has about the mean and spread asked for, and respects its clamps', () => {
    const rng = createRandom(11);
    const xs = Array.from({ length: 50_000 }, () => rng.normal(70, 6));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean - 70)).toBeLessThan(0.2);
    expect(Math.abs(sd - 6)).toBeLessThan(0.2);
    for (let i = 0; i < 1000; i += 1) {
      const v = rng.normal(0, 10, -1, 1);
      expect(v >= -1 && v <= 1).toBe(true);
    }
  });

  it('chance, pick and shuffle', () => {
    const rng = createRandom(5);
    const hits = Array.from({ length: 20_000 }, () => rng.chance(0.25)).filter(Boolean).length;
    expect(hits / 20_000).toBeCloseTo(0.25, 1);
    expect(['x', 'y']).toContain(rng.pick(['x', 'y']));
    expect(() => rng.pick([])).toThrow(RangeError);
    const items = Array.from({ length: 20 }, (_, i) => i);
    const shuffled = rng.shuffle([...items]);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items);
    expect(createRandom(9).shuffle([...items])).toEqual(createRandom(9).shuffle([...items]));
  });
});

describe('mixSeed', () => {
  it('gives different 32-bit seeds for different streams and is deterministic', () => {
    const seeds = new Set(Array.from({ length: 10_000 }, (_, i) => mixSeed(1, i)));
    expect(seeds.size).toBe(10_000);
    expect(mixSeed(1, 5)).toBe(mixSeed(1, 5));
    expect(mixSeed(1, 5)).not.toBe(mixSeed(2, 5));
    expect(mixSeed(1, 5)).not.toBe(mixSeed(2 ** 32 + 1, 5));
    expect(mixSeed(1, 371324)).not.toBe(mixSeed(1, 371324 + 2 ** 32));
    expect([...seeds].every((s) => Number.isInteger(s) && s >= 0 && s < 2 ** 32)).toBe(true);
  });
});
