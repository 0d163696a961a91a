import { SURNAMES } from './names.ts';
import type { Sex } from './people.ts';
import type { Random, Weighted } from './random.ts';

/**
 * The make-up of a demo household: who lives in it, their relation to the head, sex and age. Ages are chosen
 * together so they stay consistent: spouses within a few years, a mother 20–35 years older than her children,
 * grandparents a generation above. Registered poor households are older and smaller than the rural average.
 */
export type FamilyShape =
  | 'single_elderly'
  | 'elderly_couple'
  | 'single_adult'
  | 'nuclear'
  | 'single_parent'
  | 'three_generations'
  | 'with_parents';

/** A member before the facts: relation code, sex, age on 31 December of the demo year, surname. */
export interface Kin {
  relation: string;
  sex: Sex;
  age: number;
  surname: string;
  /** Married into the family (a wife or daughter-in-law): may hold another county's ID number. */
  marriedIn: boolean;
}

export const RELATION = {
  head: '01',
  spouse: '02',
  son: '03',
  daughter: '04',
  daughterInLaw: '05',
  grandson: '07',
  granddaughter: '08',
  father: '11',
  mother: '12',
} as const;

const OLDEST = 96;

const SHAPES_ANY: Weighted<FamilyShape> = [
  ['single_elderly', 21], ['elderly_couple', 20], ['single_adult', 7], ['nuclear', 23], ['single_parent', 5],
  ['three_generations', 13], ['with_parents', 11],
]; // prettier-ignore
/** 缺劳动力: at most one able adult. */
const SHAPES_FEW_HANDS: Weighted<FamilyShape> = [
  ['single_elderly', 35], ['elderly_couple', 35], ['single_adult', 12], ['single_parent', 18],
]; // prettier-ignore
/** 因学: a child in senior school or college. */
const SHAPES_SCHOOLING: Weighted<FamilyShape> = [
  ['nuclear', 60],
  ['with_parents', 28],
  ['single_parent', 12],
];
/** Causes about work and means (skills, capital, land, transport, drive) belong to working-age families. */
const SHAPES_WORKING: Weighted<FamilyShape> = [
  ['elderly_couple', 8], ['single_adult', 10], ['nuclear', 40], ['single_parent', 6], ['three_generations', 20],
  ['with_parents', 16],
]; // prettier-ignore

/** The family shape for a main poverty cause (codes of `poverty_cause`). */
export function shapeFor(rng: Random, cause: string): FamilyShape {
  if (cause === '08') return rng.weighted(SHAPES_FEW_HANDS);
  if (cause === '03') return rng.weighted(SHAPES_SCHOOLING);
  if (cause === '01' || cause === '02') return rng.weighted(SHAPES_ANY);
  return rng.weighted(SHAPES_WORKING);
}

/**
 * The members of a household of the given shape, head first, for its main cause: in a 因学 household the
 * eldest child is of senior school or college age (16–21); in a 缺劳动力 household the children are under 16.
 */
export function sketchFamily(rng: Random, shape: FamilyShape, cause: string): Kin[] {
  const student = cause === '03';
  const surname = rng.weighted(SURNAMES);
  const other = () => rng.weighted(SURNAMES);
  switch (shape) {
    case 'single_elderly': {
      const sex: Sex = rng.chance(0.6) ? '2' : '1';
      return [kin(RELATION.head, sex, round(rng.normal(75, 7, 60, OLDEST)), surname)];
    }
    case 'single_adult': {
      const sex: Sex = rng.chance(0.8) ? '1' : '2';
      return [kin(RELATION.head, sex, rng.int(28, 59), surname)];
    }
    case 'elderly_couple': {
      const age = round(rng.normal(70, 6, 60, 92));
      return couple(rng, age, Math.max(58, age - rng.int(-1, 5)), surname, other());
    }
    case 'nuclear': {
      const eldest = student ? rng.int(16, 21) : undefined;
      const wife = eldest !== undefined ? eldest + rng.int(21, 32) : rng.int(22, 52);
      const members = couple(rng, Math.max(22, wife + rng.int(-2, 5)), wife, surname, other());
      const count = rng.weighted([
        [1, 35],
        [2, 45],
        [3, 20],
      ] as const);
      return [...members, ...children(rng, wife, count, surname, 'head', eldest)];
    }
    case 'single_parent': {
      const sex: Sex = rng.chance(0.65) ? '2' : '1';
      const eldest = student ? rng.int(16, 21) : cause === '08' ? rng.int(0, 15) : undefined;
      const age = eldest !== undefined ? eldest + rng.int(22, 34) : rng.int(28, 55);
      // A widowed mother's children carry their late father's surname.
      const childSurname = sex === '2' && rng.chance(0.8) ? other() : surname;
      const count = rng.weighted([
        [1, 55],
        [2, 40],
        [3, 5],
      ] as const);
      const kids = children(
        rng,
        age,
        count,
        childSurname,
        'head',
        eldest ?? Math.max(0, age - rng.int(21, 33)),
      );
      return [kin(RELATION.head, sex, age, surname), ...kids];
    }
    case 'three_generations':
      return threeGenerations(rng, surname, other);
    case 'with_parents':
      return withParents(rng, surname, other, student);
  }
}

/** Head, spouse, a married son with his wife and children, sometimes an unmarried younger child. */
function threeGenerations(rng: Random, surname: string, other: () => string): Kin[] {
  const son = rng.int(23, 38);
  const daughterInLaw = Math.max(20, son - rng.int(-2, 4));
  const widowed = rng.chance(0.15);
  const wife = son + rng.int(21, 32);
  const head = widowed ? Math.min(OLDEST, son + rng.int(22, 36)) : Math.min(OLDEST, wife + rng.int(-1, 5));
  const widow = rng.chance(0.6);
  // A widowed head is more often the grandmother, who kept her own surname.
  const members: Kin[] = widowed
    ? [kin(RELATION.head, widow ? '2' : '1', head, widow ? other() : surname)]
    : couple(rng, head, wife, surname, other(), false);
  members.push(kin(RELATION.son, '1', son, surname));
  members.push({ ...kin(RELATION.daughterInLaw, '2', daughterInLaw, other()), marriedIn: true });
  if (rng.chance(0.25)) {
    const younger = son - rng.int(1, 8);
    const sex: Sex = rng.chance(0.5) ? '1' : '2';
    if (younger >= 16 && (sex === '1' || younger <= 25)) {
      members.push(kin(sex === '1' ? RELATION.son : RELATION.daughter, sex, younger, surname));
    }
  }
  const count = rng.weighted([
    [0, 5],
    [1, 45],
    [2, 40],
    [3, 10],
  ] as const);
  return [...members, ...children(rng, daughterInLaw, count, surname, 'grandparent')];
}

/** A couple with children and one or both of the head's parents. */
function withParents(rng: Random, surname: string, other: () => string, student: boolean): Kin[] {
  const eldest = student ? rng.int(16, 21) : undefined;
  const wife = eldest !== undefined ? eldest + rng.int(21, 30) : rng.int(25, 48);
  const head = Math.max(22, wife + rng.int(-2, 5));
  const members = couple(rng, head, wife, surname, other(), false);
  const count = rng.weighted([
    [1, 40],
    [2, 45],
    [3, 15],
  ] as const);
  members.push(...children(rng, wife, count, surname, 'head', eldest));
  const father = head + rng.int(22, 35);
  const mother = Math.max(head + 20, father - rng.int(0, 5));
  const which = rng.weighted([
    ['both', 55],
    ['father', 15],
    ['mother', 30],
  ] as const);
  if (which !== 'mother' && father <= OLDEST) members.push(kin(RELATION.father, '1', father, surname));
  if (which !== 'father' || father > OLDEST) {
    members.push({ ...kin(RELATION.mother, '2', Math.min(OLDEST, mother), other()), marriedIn: true });
  }
  return members;
}

/**
 * A husband and wife. The husband is usually the head; in a few households the wife is (the husband away
 * or unable), and then he is her spouse. `swap` false keeps the husband as head.
 */
function couple(
  rng: Random,
  husband: number,
  wife: number,
  surname: string,
  wifeSurname: string,
  swap = true,
): Kin[] {
  const him = kin(RELATION.head, '1', husband, surname);
  const her = { ...kin(RELATION.spouse, '2', wife, wifeSurname), marriedIn: true };
  if (swap && rng.chance(0.06))
    return [
      { ...her, relation: RELATION.head },
      { ...him, relation: RELATION.spouse },
    ];
  return [him, her];
}

/**
 * Children of a mother of the given age: the eldest 21–33 years younger (or `eldest`), the next 1–6 years
 * apart. Daughters over 25 have usually married out and are not listed.
 */
function children(
  rng: Random,
  motherAge: number,
  count: number,
  surname: string,
  of: 'head' | 'grandparent',
  eldest?: number,
): Kin[] {
  const out: Kin[] = [];
  let age = eldest ?? motherAge - rng.int(21, 33);
  if (age < 0 && count > 0) age = rng.int(0, Math.max(0, motherAge - 21));
  for (let i = 0; i < count && age >= 0; i += 1) {
    const sex: Sex = rng.chance(0.515) ? '1' : '2';
    const relation =
      of === 'head'
        ? sex === '1' ? RELATION.son : RELATION.daughter
        : sex === '1' ? RELATION.grandson : RELATION.granddaughter; // prettier-ignore
    // The eldest of a schooling household stays whatever the sex; other grown daughters have married out.
    if (sex === '1' || age <= 25 || (i === 0 && eldest !== undefined))
      out.push(kin(relation, sex, age, surname));
    age -= rng.int(1, 6);
  }
  return out;
}

function kin(relation: string, sex: Sex, age: number, surname: string): Kin {
  return { relation, sex, age, surname, marriedIn: false };
}

function round(n: number): number {
  return Math.round(n);
}
