import { describe, expect, it } from 'vitest';
import type { RegionHit } from '../../api/types.ts';
import { villageOptions } from './village-options.ts';

const path = (county: string, town: string, village: string, code: string) => [
  { code: '370000000000', level: 1, name: '山东省' },
  { code: `${code.slice(0, 4)}00000000`, level: 2, name: '临沂市' },
  { code: `${code.slice(0, 6)}000000`, level: 3, name: county },
  { code: `${code.slice(0, 9)}000`, level: 4, name: town },
  { code, level: 5, name: village },
];
const hit = (code: string, county: string, town: string, village = '王庄村村民委员会'): RegionHit => ({
  code,
  level: 5,
  name: village,
  parentCode: `${code.slice(0, 9)}000`,
  path: path(county, town, village, code),
});

describe('the village picker’s choices', () => {
  it('tells two villages of the same name apart by their town', () => {
    const options = villageOptions(
      [hit('371324106202', '兰陵县', '车辋镇'), hit('371324101201', '兰陵县', '卞庄街道')],
      () => true,
    );
    expect(options.map((o) => [o.name, o.place, o.label])).toEqual([
      ['王庄村', '车辋镇 · 兰陵县', '王庄村（车辋镇）'],
      ['王庄村', '卞庄街道 · 兰陵县', '王庄村（卞庄街道）'],
    ]);
  });

  it('names the city when the villages lie in more than one county, and offers the writable ones first', () => {
    const options = villageOptions(
      [
        hit('371324106202', '兰陵县', '车辋镇'),
        hit('371302001201', '兰山区', '兰山街道'),
        { ...hit('371324106000', '兰陵县', '车辋镇', '车辋镇'), level: 4 },
      ],
      (code) => code.startsWith('371302'),
    );
    expect(options.map((o) => [o.value, o.place, o.disabled])).toEqual([
      ['371302001201', '兰山街道 · 兰山区 · 临沂市', false],
      ['371324106202', '车辋镇 · 兰陵县 · 临沂市', true],
    ]);
  });
});
