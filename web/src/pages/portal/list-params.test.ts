import { describe, expect, it } from 'vitest';
import {
  articleQuery,
  chosenSite,
  PAGE_SIZE,
  readFilters,
  sitesInScope,
  writeFilters,
} from './list-params.ts';
import type { Site } from './types.ts';

const site = (id: number, regionCode: string): Site => ({
  id,
  regionCode,
  regionName: regionCode,
  name: regionCode,
  logoImageId: null,
  createdAt: '2026-06-30T00:00:00.000Z',
  updatedAt: '2026-06-30T00:00:00.000Z',
  footer: {},
  isPrimary: false,
  version: 1,
});
const TOWN = site(2, '371324106000');
const COUNTY = site(1, '371324000000');
const OTHER = site(3, '371302000000');

describe('portal list state', () => {
  it('reads the filters and page, leaving out what is malformed', () => {
    expect(readFilters(new URLSearchParams('column=12&state=draft&kind=disclosure&q=春耕&page=2'))).toEqual({
      columnId: 12,
      state: 'draft',
      kind: 'disclosure',
      q: '春耕',
      page: 2,
    });
    expect(readFilters(new URLSearchParams('column=x&state=gone&kind=poem&page=-1'))).toEqual({
      q: '',
      page: 1,
    });
  });

  it('asks for a page of one site with the filters given, trimming the text', () => {
    expect(articleQuery(3, { q: '  扶贫 ', page: 2, state: 'published' })).toEqual({
      siteId: 3,
      state: 'published',
      q: '扶贫',
      page: 2,
      pageSize: PAGE_SIZE,
    });
    expect(articleQuery(3, { q: ' ', page: 1 })).toEqual({ siteId: 3, page: 1, pageSize: PAGE_SIZE });
  });

  it('shows the sites inside the region, or the one above a village, county first', () => {
    const all = [TOWN, OTHER, COUNTY];
    expect(sitesInScope(all, '371324000000')).toEqual([COUNTY, TOWN]);
    expect(sitesInScope(all, '371324106201')).toEqual([TOWN, COUNTY]);
    expect(sitesInScope([COUNTY], '371324106201')).toEqual([COUNTY]);
    expect(sitesInScope(all, '371325000000')).toEqual([]);
    expect(chosenSite([COUNTY, TOWN], new URLSearchParams('site=2'))).toBe(TOWN);
    expect(chosenSite([COUNTY, TOWN], new URLSearchParams('site=3'))).toBe(COUNTY);
  });

  it('writes the filters back to the URL, keeping the site, and reads them as written', () => {
    const filters = { columnId: 4, state: 'in_review' as const, q: ' 春耕 ', page: 1 };
    const search = writeFilters(new URLSearchParams('site=2&page=5&kind=article'), filters);
    expect(search.toString()).toBe(`site=2&column=4&state=in_review&q=${encodeURIComponent('春耕')}`);
    expect(readFilters(search)).toEqual({ ...filters, q: '春耕' });
  });
});
