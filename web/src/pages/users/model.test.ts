import { describe, expect, it } from 'vitest';
import {
  listQuery,
  mayGrantOn,
  offeredRoles,
  PAGE_SIZE,
  readListParams,
  userState,
  withGrant,
  withoutGrant,
} from './model.ts';

const TOWN = '371324106000';
const VILLAGE = '371324106201';

describe('users page model', () => {
  it('tells disabled before locked before active', () => {
    expect(userState({ active: false, locked: true })).toBe('disabled');
    expect(userState({ active: true, locked: true })).toBe('locked');
    expect(userState({ active: true, locked: false })).toBe('active');
  });

  it('adds a grant once and removes exactly the one named, dropping region names', () => {
    const held = [{ role: 'town_official' as const, regionCode: TOWN, regionName: '车辋镇' }];
    const village = { role: 'village_cadre' as const, regionCode: VILLAGE };
    expect(withGrant(held, village)).toEqual([{ role: 'town_official', regionCode: TOWN }, village]);
    expect(withGrant(held, { role: 'town_official', regionCode: TOWN })).toHaveLength(1);
    expect(withoutGrant([...held, village], { role: 'town_official', regionCode: TOWN })).toEqual([village]);
  });

  it('offers system administrator only to system administrators, and regions inside the managed ones', () => {
    expect(offeredRoles([{ role: 'county_admin' }])).not.toContain('system_admin');
    expect(offeredRoles([{ role: 'system_admin' }])).toContain('system_admin');
    expect(offeredRoles([{ role: 'county_admin' }])).toEqual(
      expect.arrayContaining(['contributor', 'editor']),
    );
    expect(mayGrantOn(['371324000000'], VILLAGE)).toBe(true);
    expect(mayGrantOn(['371324000000'], '371302000000')).toBe(false);
    expect(mayGrantOn(['000000000000'], '371302000000')).toBe(true);
  });

  it('reads the page from the URL and asks for it by offset', () => {
    expect(readListParams(new URLSearchParams('q=wang&page=3'))).toEqual({ q: 'wang', page: 3 });
    for (const bad of ['page=0', 'page=-2', 'page=1.5', 'page=x', ''])
      expect(readListParams(new URLSearchParams(bad)).page).toBe(1);
    expect(listQuery(TOWN, { q: ' wang ', page: 3 })).toEqual({
      within: TOWN,
      q: 'wang',
      limit: PAGE_SIZE,
      offset: 2 * PAGE_SIZE,
    });
    expect(listQuery(TOWN, { q: '  ', page: 1 })).not.toHaveProperty('q');
  });
});
