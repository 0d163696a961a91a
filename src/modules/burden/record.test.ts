import { describe, expect, it } from 'vitest';
import { countTyped, heldUnchanged, weekOf } from './record.ts';

describe('the burden meter', () => {
  it('puts an instant in the China week starting on Monday', () => {
    expect(weekOf(new Date('2026-06-29T10:00:00+08:00'))).toBe('2026-06-29'); // a Monday
    expect(weekOf(new Date('2026-07-05T23:59:00+08:00'))).toBe('2026-06-29'); // the Sunday after
    // 2026-07-05 20:00 UTC is Monday 04:00 in China: the next week.
    expect(weekOf(new Date('2026-07-05T20:00:00Z'))).toBe('2026-07-06');
  });

  it('counts the leaves that carry a value', () => {
    expect(countTyped({ a: 'x', b: '', c: null, d: { e: 1, f: [true, false] } })).toBe(4);
    expect(countTyped(undefined)).toBe(0);
  });

  it('counts as pre-filled the fields an edit kept that held a value', () => {
    const row = { a: 'x', b: '', c: null, d: false, e: [], f: ['01'], g: 0 };
    // a, d, f, g held a value; f changed; the key not offered (g) is not counted.
    expect(heldUnchanged(row, ['a', 'b', 'c', 'd', 'e', 'f'], ['f'])).toBe(2);
  });
});
