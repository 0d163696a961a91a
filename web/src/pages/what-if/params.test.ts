import { describe, expect, it } from 'vitest';
import { isProposed, readProposal, withProposal } from './params.ts';

describe('the proposal in the URL', () => {
  it('reads a line and a multiplier, ignoring what is not a positive number', () => {
    expect(readProposal(new URLSearchParams('line=4500&m=1.6'))).toEqual({ line: 4500, multiplier: 1.6 });
    expect(readProposal(new URLSearchParams('line=abc&m=-1'))).toEqual({
      line: undefined,
      multiplier: undefined,
    });
    expect(readProposal(new URLSearchParams('line='))).toEqual({ line: undefined, multiplier: undefined });
  });

  it('writes the proposal and keeps the year', () => {
    const next = withProposal(new URLSearchParams('year=2020&m=2'), { line: 4200, multiplier: undefined });
    expect(next.toString()).toBe('year=2020&line=4200');
    expect(isProposed(readProposal(next))).toBe(true);
    expect(isProposed({ line: undefined, multiplier: undefined })).toBe(false);
  });
});
