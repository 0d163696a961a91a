/**
 * English counts with the right noun form ("1 row", "2 rows"). Chinese has no plural, so only the English half
 * of a message needs this; the choice is Intl.PluralRules', not `n === 1`, so "1.5 rows" and "0 rows" are right.
 */
const rules = new Intl.PluralRules('en');

export interface Noun {
  one: string;
  other: string;
}

/** The noun for this count: `noun(1, ROW)` → 'row'. */
export function noun(count: number, forms: Noun): string {
  return rules.select(count) === 'one' ? forms.one : forms.other;
}

/** The count and its noun: `counted(3, ROW)` → '3 rows'; `format` writes the number (grouping, say). */
export function counted(count: number, forms: Noun, format: (n: number) => string = String): string {
  return `${format(count)} ${noun(count, forms)}`;
}

export const nouns = {
  character: { one: 'character', other: 'characters' },
  item: { one: 'item', other: 'items' },
  row: { one: 'row', other: 'rows' },
  statisticsRow: { one: 'statistics row', other: 'statistics rows' },
  migration: { one: 'migration', other: 'migrations' },
  member: { one: 'member', other: 'members' },
  household: { one: 'household', other: 'households' },
  person: { one: 'person', other: 'persons' },
  minute: { one: 'minute', other: 'minutes' },
  second: { one: 'second', other: 'seconds' },
} satisfies Record<string, Noun>;

/** A verb that agrees with a count: `${counted(n, nouns.household)} ${noun(n, WERE)} identified`. */
export const WERE: Noun = { one: 'was', other: 'were' };
