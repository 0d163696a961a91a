import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../api/types.ts';
import { standardRights } from './permissions.ts';

const user = (grants: [SessionUser['grants'][number]['role'], string][]): SessionUser => ({
  id: 1,
  username: 'u',
  displayName: 'U',
  grants: grants.map(([role, regionCode]) => ({ role, regionCode, regionName: '' })),
  capabilities: {
    canWriteRegistry: false,
    canImport: false,
    canSeeAudit: false,
    canManageUsers: false,
    canSeePersonalData: false,
    writeRegions: [],
    userRegions: [],
    canReadRegistry: true,
    articleRegions: [],
    publishRegions: [],
    siteRegions: [],
    complaintRegions: [],
    caseworkRegions: [],
    organisationRegions: [],
    projectRegions: [],
    pairedCadre: false,
  },
});

describe('who may set a poverty line', () => {
  it('gives the national line to a system administrator of the country, and every province with it', () => {
    expect(standardRights(user([['system_admin', '000000000000']]), '37')).toEqual({
      national: true,
      province: '37',
    });
  });

  it('gives a province its own line only with a grant on the whole province', () => {
    expect(standardRights(user([['county_admin', '370000000000']]), '37')).toEqual({
      national: false,
      province: '37',
    });
    expect(standardRights(user([['county_admin', '371324000000']]), '37')).toEqual({
      national: false,
      province: null,
    });
    expect(standardRights(user([['inspector', '370000000000']]), '37').province).toBe(null);
  });

  it('gives nothing without a session or outside the province', () => {
    expect(standardRights(null, '37')).toEqual({ national: false, province: null });
    expect(standardRights(user([['county_admin', '370000000000']]), '11').province).toBe(null);
    expect(standardRights(user([['system_admin', '000000000000']]), undefined).province).toBe(null);
  });
});
