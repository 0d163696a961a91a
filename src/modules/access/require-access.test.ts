import { describe, expect, it } from 'vitest';
import type { Actor, Grant } from '../auth/actor.ts';
import { permits } from './permissions.ts';
import { requireRegion, requireSettingChange, requireSomeWrite } from './require-access.ts';

const actor = (...grants: Grant[]): Actor => ({
  userId: 1,
  username: 'u',
  source: 'api',
  grants,
  requestId: null,
});
const VILLAGE = '371324106201';
const cadre = actor({ role: 'village_cadre', regionCode: VILLAGE });
const inspector = actor({ role: 'inspector', regionCode: '371324000000' });

describe('the pure part of the access layer', () => {
  it('reads where a grant covers the region, and writes only where the role writes', () => {
    expect(permits(cadre, 'year.read', VILLAGE)).toBe(true);
    expect(permits(cadre, 'year.write', VILLAGE)).toBe(true);
    expect(permits(cadre, 'household.read', '371324106202')).toBe(false);
    expect(permits(inspector, 'member.read', VILLAGE)).toBe(true);
    expect(permits(inspector, 'member.write', VILLAGE)).toBe(false);
  });

  it('hides a region outside every grant (404) and refuses a write to a read-only role (403)', () => {
    expect(() => requireRegion(cadre, 'region.read', '371302000000')).toThrow(
      expect.objectContaining({ kind: 'not_found' }),
    );
    expect(() => requireRegion(inspector, 'region.write', VILLAGE)).toThrow(
      expect.objectContaining({ kind: 'forbidden' }),
    );
    expect(() => requireRegion(cadre, 'region.write', VILLAGE)).not.toThrow();
  });

  it('names the first region a role writes in, for uploads, and refuses one that writes nowhere', () => {
    expect(requireSomeWrite(actor(inspector.grants[0]!, cadre.grants[0]!))).toBe(VILLAGE);
    expect(() => requireSomeWrite(inspector)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('lets only a system administrator of the whole country change a deployment setting', () => {
    const COUNTRY = '000000000000';
    expect(() => requireSettingChange(actor({ role: 'system_admin', regionCode: COUNTRY }))).not.toThrow();
    for (const grant of [
      { role: 'system_admin', regionCode: '371324000000' },
      { role: 'county_admin', regionCode: COUNTRY },
      { role: 'inspector', regionCode: COUNTRY },
    ] as const) {
      expect(() => requireSettingChange(actor(grant))).toThrow(
        expect.objectContaining({ kind: 'forbidden' }),
      );
    }
  });
});
