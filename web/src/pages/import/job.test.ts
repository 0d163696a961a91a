import { describe, expect, it } from 'vitest';
import { percentOf, pickBilingual, readSummary } from './job.ts';

describe('the import job on screen', () => {
  it('shows a "中文 / English" message in the reader language, anything else as given', () => {
    const message = '证件号码校验位错误 / The ID number check character is wrong';
    expect(pickBilingual(message, 'zh')).toBe('证件号码校验位错误');
    expect(pickBilingual(message, 'en')).toBe('The ID number check character is wrong');
    expect(pickBilingual('Only English / here', 'zh')).toBe('Only English / here');
    expect(pickBilingual('只有中文', 'en')).toBe('只有中文');
  });

  it('counts progress in households, 100 only when done', () => {
    expect(percentOf({ status: 'running', progress: { done: 0, total: 0 } })).toBe(0);
    expect(percentOf({ status: 'running', progress: { done: 1, total: 3 } })).toBe(33);
    expect(percentOf({ status: 'running', progress: { done: 3, total: 3 } })).toBe(99);
    expect(percentOf({ status: 'done', progress: { done: 3, total: 3 } })).toBe(100);
  });

  it('reads an import summary and nothing else', () => {
    expect(readSummary(null)).toBeUndefined();
    expect(readSummary({ households: {} })).toBeUndefined();
    const summary = readSummary({
      households: { imported: 1, updated: 0, unchanged: 0, rejected: 1 },
      members: { imported: 2, updated: 0, rejected: 1 },
    });
    expect(summary?.errors).toEqual([]);
    expect(summary?.households.rejected).toBe(1);
  });
});
