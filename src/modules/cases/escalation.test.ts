import { describe, expect, it } from 'vitest';
import { escalationRegion } from './escalation.ts';

const VILLAGE = '371324106201';

describe('escalationRegion', () => {
  it('sends a late case to the region above the level that must act', () => {
    // The village appraises: its town. The town approves: its county. The county approves: its city.
    expect(escalationRegion({ type: 'identification', stage: 'applied', regionCode: VILLAGE })).toBe(
      '371324106000',
    );
    expect(escalationRegion({ type: 'identification', stage: 'town_review', regionCode: VILLAGE })).toBe(
      '371324000000',
    );
    expect(escalationRegion({ type: 'exit', stage: 'county_review', regionCode: VILLAGE })).toBe(
      '371300000000',
    );
    // A village's exit is verified by its town; a county's exit is decided by the province.
    expect(escalationRegion({ type: 'village_exit', stage: 'proposed', regionCode: VILLAGE })).toBe(
      '371324000000',
    );
    expect(
      escalationRegion({ type: 'county_exit', stage: 'province_review', regionCode: '371324000000' }),
    ).toBe('000000000000');
  });

  it('goes from a town of a city without counties straight to the city', () => {
    // 东莞 (441900) has towns and no counties: a town's step late goes to the city, then the province.
    expect(
      escalationRegion({ type: 'identification', stage: 'town_review', regionCode: '441900003001' }),
    ).toBe('441900000000');
  });
});
