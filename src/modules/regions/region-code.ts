/**
 * Region codes. Every level is stored as a 12-digit code padded with zeros; the significant prefix of each level
 * is 2 (province), 4 (city), 6 (county), 9 (town) or 12 (village) digits.
 */
export type RegionLevel = 1 | 2 | 3 | 4 | 5;

export const PREFIX_LENGTH: Record<RegionLevel, number> = { 1: 2, 2: 4, 3: 6, 4: 9, 5: 12 };
const LEVELS: RegionLevel[] = [1, 2, 3, 4, 5];

/** The whole country: the scope of a system administrator. */
export const COUNTRY = '000000000000';

export function padCode(prefix: string): string {
  return prefix.padEnd(12, '0');
}

/** The level of a padded 12-digit code, read from which digits are significant. */
export function levelOf(code: string): RegionLevel {
  if (code.slice(9) !== '000') return 5;
  if (code.slice(6, 9) !== '000') return 4;
  if (code.slice(4, 6) !== '00') return 3;
  if (code.slice(2, 4) !== '00') return 2;
  return 1;
}

/** The significant prefix: '371324000000' → '371324'. The country is the empty prefix. */
export function prefixOf(code: string): string {
  if (code === COUNTRY) return '';
  return code.slice(0, PREFIX_LENGTH[levelOf(code)]);
}

/**
 * Accepts a code as users type it (2, 4, 6, 9 or 12 digits) and returns it padded to 12, or undefined when it
 * is not a region code at all.
 */
export function normaliseCode(input: string): string | undefined {
  const s = input.trim();
  if (!/^\d+$/.test(s) || ![2, 4, 6, 9, 12].includes(s.length)) return undefined;
  return padCode(s);
}

/**
 * Codes of the region and all its ancestors, from province down to the region itself. A few cities have towns
 * but no counties (东莞 441900, 中山 442000, 儋州 460400, 嘉峪关 620200): their towns' county prefix pads to the
 * city's own code, so duplicates are dropped and such a town's parent is the city.
 */
export function ancestorsOf(code: string): string[] {
  const level = levelOf(code);
  const chain = LEVELS.filter((l) => l <= level).map((l) => padCode(code.slice(0, PREFIX_LENGTH[l])));
  return [...new Set(chain)];
}

export function parentOf(code: string): string | undefined {
  const chain = ancestorsOf(code);
  return chain.length > 1 ? chain[chain.length - 2] : undefined;
}

/** The inclusive code range of the subtree under `code` (the region itself included). */
export function subtreeRange(code: string): [string, string] {
  const prefix = prefixOf(code);
  return [prefix.padEnd(12, '0'), prefix.padEnd(12, '9')];
}

export function isWithin(code: string, ancestor: string): boolean {
  return code.startsWith(prefixOf(ancestor));
}
