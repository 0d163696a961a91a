import type { Message } from '../../app/errors.ts';
import { counted, nouns } from '../../app/plural.ts';
import { codeLabel } from '../registry/codes.ts';
import type { Guarantee, GuaranteeState } from './guarantees.ts';

/**
 * What the registry's data say about 两不愁三保障 + water for a household and year, without a visit. Food and
 * clothing cannot be read from the data: they come from a manual assessment or the recorded flags. A fact
 * that is not recorded makes a guarantee unknown, never failed.
 */
export interface MemberFacts {
  name: string;
  /** YYYY-MM-DD, from the ID number. */
  birthDate: string;
  active: boolean;
  leftOn: string | null;
  studentStatus: string | null;
  education: string | null;
  medicalInsurance: boolean | null;
}

export interface HouseholdFacts {
  housingRating: string | null;
  safeWater: boolean | null;
}

export interface Derived {
  state: GuaranteeState;
  reason: Message;
}

/** student_status codes meaning "not in school": 0 非在校生, 8 辍学. Every other code is some school. */
const NOT_IN_SCHOOL = new Set(['0', '8']);
/** education codes of junior secondary (初中) or above. */
const JUNIOR_SECONDARY_OR_ABOVE = new Set(['3', '4', '5']);
/** housing_rating codes of unsafe houses (危房): C locally dangerous, D whole house dangerous. */
const UNSAFE_HOUSING = new Set(['C', 'D']);

/** Completed years of age on `date` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * Age at the start of the school year that begins in September of `year`, counted on 31 August: a child
 * enrols in primary school in the September after turning 6 by 31 August (年满6周岁), so a child born on
 * 1 September enrols a year later.
 */
export function schoolAge(birthDate: string, year: number): number {
  return ageOn(birthDate, `${year}-08-31`);
}

/**
 * Compulsory education (九年义务教育) covers ages 6 to 15 at the start of the school year. A 15-year-old who
 * has reached junior secondary level and is recorded as not a student (0, not 8 dropped out) has done the
 * nine years: after them, leaving school is no failure of the guarantee.
 */
export function owesCompulsorySchooling(m: MemberFacts, year: number): boolean {
  const age = schoolAge(m.birthDate, year);
  if (age < 6 || age > 15) return false;
  const completed = age === 15 && m.studentStatus === '0' && JUNIOR_SECONDARY_OR_ABOVE.has(m.education ?? '');
  return !completed;
}

/**
 * The members who belonged to the household in `year`: born by its end and not gone before it began. (The
 * registry keeps no date of joining, so a member who joined after `year` is counted too.)
 */
export function membersOfYear(members: readonly MemberFacts[], year: number): MemberFacts[] {
  return members.filter(
    (m) => m.birthDate <= `${year}-12-31` && (m.active || m.leftOn === null || m.leftOn >= `${year}-01-01`),
  );
}

const join = (parts: readonly Message[]): Message => ({
  zh: parts.map((p) => p.zh).join('；'),
  en: parts.map((p) => p.en).join('; '),
});

export function deriveEducation(members: readonly MemberFacts[], year: number): Derived {
  const pupils = membersOfYear(members, year).filter((m) => owesCompulsorySchooling(m, year));
  if (pupils.length === 0)
    return {
      state: 'secure',
      reason: { zh: '户内无义务教育阶段成员', en: 'No member of compulsory-school age' },
    };
  const out: Message[] = [];
  const unknown: Message[] = [];
  for (const m of pupils) {
    const age = schoolAge(m.birthDate, year);
    const status = m.studentStatus;
    if (status !== null && NOT_IN_SCHOOL.has(status)) {
      out.push(
        status === '8'
          ? { zh: `${m.name}（${age} 岁）辍学`, en: `${m.name} (${age}) dropped out of school` }
          : { zh: `${m.name}（${age} 岁）未在校`, en: `${m.name} (${age}) is not in school` },
      );
    } else if (status === null || codeLabel('student_status', status, 'en') === undefined) {
      unknown.push({
        zh: `${m.name}（${age} 岁）在校情况未登记`,
        en: `School attendance of ${m.name} (${age}) is not recorded`,
      });
    }
  }
  if (out.length) return { state: 'not_secure', reason: join(out) };
  if (unknown.length) return { state: 'unknown', reason: join(unknown) };
  return {
    state: 'secure',
    reason: {
      zh: `${pupils.length} 名义务教育阶段成员均在校`,
      en: `Every member of compulsory-school age is in school (${counted(pupils.length, nouns.member)})`,
    },
  };
}

/** Everyone in resident medical insurance (城乡居民基本医疗保险); not recorded (null) is unknown. */
export function deriveMedical(members: readonly MemberFacts[], year: number): Derived {
  const present = membersOfYear(members, year);
  if (present.length === 0)
    return { state: 'unknown', reason: { zh: '户内无成员', en: 'The household has no members' } };
  const uninsured = present.filter((m) => m.medicalInsurance === false);
  if (uninsured.length)
    return {
      state: 'not_secure',
      reason: join(
        uninsured.map((m) => ({
          zh: `${m.name}未参加城乡居民基本医疗保险`,
          en: `${m.name} has no resident medical insurance`,
        })),
      ),
    };
  const unrecorded = present.filter((m) => m.medicalInsurance === null);
  if (unrecorded.length)
    return {
      state: 'unknown',
      reason: join(
        unrecorded.map((m) => ({
          zh: `${m.name}的医保参保情况未登记`,
          en: `Resident medical insurance of ${m.name} is not recorded`,
        })),
      ),
    };
  return {
    state: 'secure',
    reason: {
      zh: `全部 ${present.length} 名成员参加城乡居民基本医疗保险`,
      en: `Every member has resident medical insurance (${counted(present.length, nouns.member)})`,
    },
  };
}

export function deriveHousing(household: HouseholdFacts): Derived {
  const rating = household.housingRating;
  const zh = rating === null ? undefined : codeLabel('housing_rating', rating, 'zh');
  const en = rating === null ? undefined : codeLabel('housing_rating', rating, 'en');
  if (rating === null || zh === undefined || en === undefined)
    return {
      state: 'unknown',
      reason: { zh: '住房安全等级未评定', en: 'The housing safety rating is not recorded' },
    };
  return UNSAFE_HOUSING.has(rating)
    ? { state: 'not_secure', reason: { zh: `住房为${zh}危房`, en: `The house is unsafe: ${en}` } }
    : { state: 'secure', reason: { zh: `住房安全等级为${zh}`, en: `Housing ${en}` } };
}

export function deriveWater(household: HouseholdFacts): Derived {
  if (household.safeWater === null)
    return {
      state: 'unknown',
      reason: { zh: '饮水安全情况未登记', en: 'Drinking water safety is not recorded' },
    };
  return household.safeWater
    ? { state: 'secure', reason: { zh: '饮水安全', en: 'Drinking water is safe' } }
    : { state: 'not_secure', reason: { zh: '饮水不安全', en: 'Drinking water is not safe' } };
}

/** The guarantees the data can speak to; food and clothing are absent on purpose. */
export function deriveGuarantees(input: {
  household: HouseholdFacts;
  members: readonly MemberFacts[];
  year: number;
}): Partial<Record<Guarantee, Derived>> {
  return {
    education: deriveEducation(input.members, input.year),
    medical: deriveMedical(input.members, input.year),
    housing: deriveHousing(input.household),
    water: deriveWater(input.household),
  };
}
