/**
 * Region codes as the console uses them. The server stores 12 digits; URLs carry the significant prefix
 * (`/r/371324/…`), which the API accepts as well. The whole country (a system administrator's grant) is `00`.
 */
export const COUNTRY = '000000000000';
export const COUNTRY_SHORT = '00';

const PREFIX_LENGTH = [2, 4, 6, 9, 12] as const;

export type RegionLevel = 1 | 2 | 3 | 4 | 5;

export function levelOf(code: string): RegionLevel {
  if (code.slice(9) !== '000') return 5;
  if (code.slice(6, 9) !== '000') return 4;
  if (code.slice(4, 6) !== '00') return 3;
  if (code.slice(2, 4) !== '00') return 2;
  return 1;
}

/** '371324000000' → '371324'; the country → '00'. */
export function shortCode(code: string): string {
  if (code === COUNTRY) return COUNTRY_SHORT;
  return code.slice(0, PREFIX_LENGTH[levelOf(code) - 1]);
}

/** A code of 2, 4, 6, 9 or 12 digits padded to 12, or undefined for anything else. */
export function fullCode(input: string): string | undefined {
  if (!/^\d+$/.test(input) || !(PREFIX_LENGTH as readonly number[]).includes(input.length)) return undefined;
  return input.padEnd(12, '0');
}

/** True when `code` is `ancestor` or lies below it. */
export function isWithin(code: string, ancestor: string): boolean {
  if (ancestor === COUNTRY) return true;
  return code.startsWith(ancestor.slice(0, PREFIX_LENGTH[levelOf(ancestor) - 1]));
}

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
