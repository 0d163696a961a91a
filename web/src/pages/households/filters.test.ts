import { describe, expect, it } from 'vitest';
import { exportHref, lastPage, listQuery, readFilters, readPage } from './filters.ts';

describe('household list filters in the URL', () => {
  it('reads the set filters and ignores empty ones', () => {
    const search = new URLSearchParams('status=01&cause=&q=%20张%20&page=42');
    expect(readFilters(search)).toEqual({ status: '01', cause: undefined, type: undefined, q: '张' });
    expect(readPage(search)).toBe(42);
  });

  it('takes a page that is not a whole number from 2 up as the first', () => {
    for (const bad of ['page=-1', 'page=abc', 'page=1.5', 'page=0', 'page=1', '']) {
      expect(readPage(new URLSearchParams(bad))).toBe(1);
    }
  });

  it('knows the last page of a total, one page for none', () => {
    expect([lastPage(0), lastPage(1), lastPage(50), lastPage(51), lastPage(12345)]).toEqual([
      1, 1, 1, 2, 247,
    ]);
  });

  it('sends only what is set', () => {
    const filters = { status: '02', cause: undefined, type: undefined, q: undefined };
    expect(listQuery('371324', 2020, filters, 1)).toEqual({
      region: '371324',
      year: 2020,
      status: '02',
      limit: 50,
    });
    expect(listQuery('371324', undefined, { ...filters, status: undefined }, 7)).toEqual({
      region: '371324',
      page: 7,
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
