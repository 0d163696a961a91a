import type { RegionHit } from '../../api/types.ts';
import { shortRegionName } from '../../region/code.ts';

/**
 * The village picker's choices, free of React. Many villages share a name (a 王庄村 in three towns of one
 * county), so each choice carries its town and county: the label the clerk reads tells them apart.
 */
export interface VillageOption {
  value: string;
  /** The village as people say it. */
  name: string;
  /** Town · county (or town · county · city when the user sees more than one county). */
  place: string;
  /** What the closed select shows: the village and its town. */
  label: string;
  disabled: boolean;
}

/** Region levels of the breadcrumb a hit carries: 1 province … 5 village. */
const TOWN = 4;
const COUNTY = 3;
const CITY = 2;

/** A region as a village (level 5) with its breadcrumb (province → village). */
type Village = Pick<RegionHit, 'code' | 'name' | 'path'>;

export function villageOption(
  village: Village,
  writable: (code: string) => boolean,
  { withCity = false }: { withCity?: boolean } = {},
): VillageOption {
  const at = (level: number) => village.path.find((r) => r.level === level)?.name;
  const levels = withCity ? [TOWN, COUNTY, CITY] : [TOWN, COUNTY];
  const place = levels
    .map(at)
    .filter((n): n is string => Boolean(n))
    .join(' · ');
  const name = shortRegionName(village.name);
  const town = at(TOWN);
  return {
    value: village.code,
    name,
    place,
    label: town ? `${name}（${town}）` : name,
    disabled: !writable(village.code),
  };
}

/**
 * The hits of a search as choices: villages only, the ones the user may register households in first (the
 * others are shown, greyed, so a clerk sees the village exists but is not theirs), the city named when the
 * hits span more than one county.
 */
export function villageOptions(
  hits: readonly RegionHit[],
  writable: (code: string) => boolean,
): VillageOption[] {
  const villages = hits.filter((h) => h.level === 5);
  const counties = new Set(villages.map((v) => v.code.slice(0, 6)));
  const options = villages.map((v) => villageOption(v, writable, { withCity: counties.size > 1 }));
  return [...options.filter((o) => !o.disabled), ...options.filter((o) => o.disabled)];
}
