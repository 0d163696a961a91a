/**
 * A small seeded pseudo-random generator for the demo county. Math.random cannot be seeded, and the demo must
 * give the same county for the same seed on every machine, so this is mulberry32 (32-bit state, period 2^32,
 * good enough for synthetic data, not for anything secret) with the helpers the generator needs.
 */

export type Weighted<T> = readonly (readonly [T, number])[];

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks a value with probability proportional to its weight (weights ≥ 0, at least one > 0). */
  weighted<T>(entries: Weighted<T>): T;
  /** Roughly normal (sum of three uniforms), clamped to [min, max] when given. */
  normal(mean: number, sd: number, min?: number, max?: number): number;
  /** Shuffles in place (Fisher–Yates) and returns the array. */
  shuffle<T>(items: T[]): T[];
}

/**
 * Mixes a seed and a stream number (any safe integers; the high bits count too) into a well-spread 32-bit
 * seed (murmur3's finaliser).
 */
export function mixSeed(seed: number, stream: number): number {
  const high = (x: number) => Math.floor(x / 0x1_0000_0000) | 0;
  const s = Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(high(seed), 0x27d4eb2f);
  let h = (s ^ Math.imul(stream | 0, 0x85ebca6b) ^ high(stream)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`int(${min}, ${max}): bounds must be integers with min ≤ max`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  const weighted = <T>(entries: Weighted<T>): T => {
    let total = 0;
    for (const [, w] of entries) total += w;
    if (!(total > 0)) throw new RangeError('weighted pick needs a positive total weight');
    let r = next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    // Rounding can leave r at a hair above zero: the last entry with weight takes it.
    return [...entries].reverse().find(([, w]) => w > 0)![0];
  };
  const normal = (mean: number, sd: number, min = -Infinity, max = Infinity): number => {
    // The sum of three uniforms has variance 1/4, so (sum − 1.5) × 2 has mean 0 and sd 1.
    const z = (next() + next() + next() - 1.5) * 2;
    return Math.min(max, Math.max(min, mean + z * sd));
  };
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  };
  return { next, int, chance: (p) => next() < p, pick, weighted, normal, shuffle };
}
