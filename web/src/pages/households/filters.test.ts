import { describe, expect, it } from 'vitest';
import { exportHref, listQuery, readCursor, readFilters } from './filters.ts';

describe('household list filters in the URL', () => {
  it('reads the set filters and ignores empty ones', () => {
    const search = new URLSearchParams('status=01&cause=&q=%20张%20&after=42');
    expect(readFilters(search)).toEqual({ status: '01', cause: undefined, type: undefined, q: '张' });
    expect(readCursor(search)).toBe(42);
  });

  it('ignores a cursor that is not a positive whole number', () => {
    for (const bad of ['after=-1', 'after=abc', 'after=1.5', 'after=0', '']) {
      expect(readCursor(new URLSearchParams(bad))).toBe(undefined);
    }
  });

  it('sends only what is set', () => {
    const filters = { status: '02', cause: undefined, type: undefined, q: undefined };
    expect(listQuery('371324', 2020, filters, undefined)).toEqual({
      region: '371324',
      year: 2020,
      status: '02',
      limit: 50,
    });
    expect(listQuery('371324', undefined, { ...filters, status: undefined }, 7)).toEqual({
      region: '371324',
      after: 7,
      limit: 50,
    });
  });
});

describe('the export of the current filter', () => {
  it('sends the region, year, code filters and the member search, as the list does', () => {
    const href = exportHref('371324', 2020, { status: '01', cause: undefined, type: '02', q: '张' });
    expect(href).toBe(
      `/api/v1/exports?region=371324&year=2020&status=01&type=02&q=${encodeURIComponent('张')}&format=xlsx`,
    );
    expect(
      exportHref('3713', undefined, { status: undefined, cause: undefined, type: undefined, q: undefined }),
    ).toBe('/api/v1/exports?region=3713&format=xlsx');
  });
});
