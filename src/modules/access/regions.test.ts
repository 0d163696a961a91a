import { describe, expect, it } from 'vitest';
import type { Actor, Grant, Role } from '../auth/actor.ts';
import { canReadRegion, grantAncestors, readableCondition, rootCodes } from './regions.ts';
import { COUNTRY } from '../regions/region-code.ts';

function actorWith(...grants: [Role, string][]): Actor {
  return {
    userId: 7,
    username: 'tester',
    source: 'api',
    grants: grants.map(([role, regionCode]): Grant => ({ role, regionCode })),
    requestId: null,
  };
}

const village = '371324106203';
const cadre = actorWith(['village_cadre', village]);

describe('region visibility', () => {
  it('lets a village cadre read their village and the regions above it, nothing beside it', () => {
    for (const code of ['370000000000', '371300000000', '371324000000', '371324106000', village]) {
      expect(canReadRegion(cadre, code)).toBe(true);
    }
    expect(canReadRegion(cadre, '371324106202')).toBe(false);
    expect(canReadRegion(cadre, '371324105000')).toBe(false);
    expect(canReadRegion(cadre, '440000000000')).toBe(false);
  });

  it('lists the ancestors of grants that no grant already covers', () => {
    expect(grantAncestors(cadre)).toEqual(['370000000000', '371300000000', '371324000000', '371324106000']);
    const townAndVillage = actorWith(['town_official', '371324106000'], ['village_cadre', village]);
    expect(grantAncestors(townAndVillage)).toEqual(['370000000000', '371300000000', '371324000000']);
    expect(grantAncestors(actorWith(['system_admin', COUNTRY]))).toEqual([]);
  });

  it('builds one SQL condition with the grant ranges and the ancestors', () => {
    const params: unknown[] = ['first'];
    const sql = readableCondition(cadre, 'r.code', params);
    expect(sql).toBe('((r.code BETWEEN $2 AND $3) OR r.code IN ($4, $5, $6, $7))');
    expect(params).toEqual([
      'first',
      village,
      village,
      '370000000000',
      '371300000000',
      '371324000000',
      '371324106000',
    ]);
    expect(readableCondition(actorWith(), 'code', [])).toBe('false');
  });

  it('keeps only the outermost grant regions as roots', () => {
    expect(rootCodes(actorWith(['town_official', '371324106000'], ['village_cadre', village]))).toEqual([
      '371324106000',
    ]);
    expect(rootCodes(actorWith(['village_cadre', village], ['inspector', '441900000000']))).toEqual([
      village,
      '441900000000',
    ]);
    expect(rootCodes(actorWith(['system_admin', COUNTRY], ['county_admin', '371324000000']))).toEqual([
      COUNTRY,
    ]);
    expect(rootCodes(actorWith())).toEqual([]);
  });
});
