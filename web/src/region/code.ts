/**
 * Region codes as the console uses them. The server stores 12 digits; URLs carry the significant prefix
 * (`/r/371324/…`), which the API accepts as well. The whole country (a system administrator's grant) is `00`.
 */
import {
  COUNTRY,
  isWithin,
  levelOf,
  normaliseCode,
  prefixOf,
} from '../../../src/modules/regions/region-code.ts';

// The pure code rules are the server's own module, so the console and the API never disagree on them.
export { COUNTRY, isWithin, levelOf };
export type { RegionLevel } from '../../../src/modules/regions/region-code.ts';
export const COUNTRY_SHORT = '00';

/** '371324000000' → '371324'; the country → '00'. */
export function shortCode(code: string): string {
  return code === COUNTRY ? COUNTRY_SHORT : prefixOf(code);
}

/** A code of 2, 4, 6, 9 or 12 digits padded to 12, or undefined for anything else. */
export const fullCode = (input: string): string | undefined => normaliseCode(input);

/** Whether any of the grants covers `code` (the server decides; this only avoids links that would 404). */
export function readableBy(grants: readonly { regionCode: string }[], code: string): boolean {
  return grants.some((g) => isWithin(code, g.regionCode));
}

/**
 * The name as people say it: the statistical names of villages end in 村民委员会 / 居民委员会 (villagers' or
 * residents' committee), which the tree and lists shorten — 念沂庄村村民委员会 → 念沂庄村, 泇河社区居民委员会 →
 * 泇河社区. The full name stays in the title attribute.
 */
export function shortRegionName(name: string): string {
  const village = /^(.+?)村民委员会$/.exec(name);
  if (village?.[1]) return village[1].endsWith('村') ? village[1] : `${village[1]}村`;
  const residents = /^(.+?)居民委员会$/.exec(name);
  if (residents?.[1]) return residents[1].endsWith('社区') ? residents[1] : `${residents[1]}居委会`;
  return name;
}
