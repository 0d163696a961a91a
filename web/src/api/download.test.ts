import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download.ts';

describe('download file names', () => {
  it('prefers the UTF-8 name and falls back to the plain one', () => {
    expect(
      fileNameOf(`attachment; filename="zhenfu-371324-2020.xlsx"; filename*=UTF-8''zhenfu-371324-2020.xlsx`),
    ).toBe('zhenfu-371324-2020.xlsx');
    expect(
      fileNameOf(`attachment; filename="_.csv"; filename*=UTF-8''${encodeURIComponent('导出.csv')}`),
    ).toBe('导出.csv');
    expect(fileNameOf('attachment; filename="report.csv"')).toBe('report.csv');
    expect(fileNameOf('attachment; filename=report.csv')).toBe('report.csv');
    expect(fileNameOf(null)).toBe(undefined);
  });
});
