import { HEAD_RELATION } from '../fields.ts';
import { makeIdNumber } from '../id-number.ts';
import type { Random, Weighted } from './random.ts';

/**
 * Synthetic people for the demo county: birth dates, ID numbers, and the member facts that follow from
 * age and health (education, student status, labour ability, migrant work). All codes are those of codes.csv.
 */
export type Sex = '1' | '2';

export interface DemoPerson {
  surname: string;
  name: string;
  sex: Sex;
  /** Age at the end of the demo year. */
  age: number;
  birthDate: string;
  idNumber: string;
  relation: string;
  education: string;
  studentStatus: string;
  health: string;
  disabilityCert: string | null;
  labour: string;
  migrantWorkPlace: string | null;
  migrantWorkMonths: number | null;
  welfareJob: boolean;
  medicalInsurance: boolean;
  seriousIllnessInsurance: boolean;
  pensionInsurance: boolean;
  dibao: boolean;
  tekun: boolean;
  phone: string | null;
}

/** A birth date in `year − age`, so the person is `age` on 31 December of the demo year. */
export function birthDateFor(rng: Random, demoYear: number, age: number): string {
  const year = demoYear - age;
  const month = rng.int(1, 12);
  const day = rng.int(1, daysInMonth(year, month));
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Hands out ID numbers that never repeat within one generator run, keeping one counter per area, birth date
 * and sex (a bounded map: its size depends on the dates, not on the number of households). Order codes
 * 000–799 are for the county's own people. People married in from another county carry that county's code;
 * they get 800–999 starting at an offset derived from the host county, so the demos of two neighbouring
 * counties rarely hand the same outsider's ID to two people.
 */
/** FNV-1a of a short key: a stable, well-spread number per date. */
function dateHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export class IdAllocator {
  private readonly next = new Map<string, number>();
  private readonly nativeOffset: number;
  private readonly outsiderOffset: number;

  /**
   * `offset` (any integer; the demo passes a hash of seed and year) rotates where each date's order codes
   * start, so demos of another seed or year over the same county seldom reuse an ID number of this one.
   */
  constructor(
    private readonly hostCounty: string,
    offset = 0,
  ) {
    this.nativeOffset = Math.abs(offset) % 400;
    this.outsiderOffset = (Number(hostCounty) + Math.abs(offset)) % 100;
  }

  allocate(area: string, birthDate: string, sex: Sex): string {
    const native = area === this.hostCounty;
    const slots = native ? 400 : 100;
    let date = birthDate;
    // A date whose slots are all taken moves to the next day of the same year (the age stays right).
    for (let tries = 0; tries < 366; tries += 1) {
      const key = `${area}${date}${sex}`;
      const used = this.next.get(key) ?? 0;
      if (used < slots) {
        this.next.set(key, used + 1);
        // Each date starts at its own order code, as real registers do, rather than every person born on
        // a different day getting the same last digits.
        const start = dateHash(key) + (native ? this.nativeOffset : this.outsiderOffset);
        const slot = native ? (start + used) % slots : 400 + ((start + used) % slots);
        return makeIdNumber(area, date, slot * 2, sex);
      }
      date = nextDayInYear(date);
    }
    throw new RangeError(
      `出生年份 ${birthDate.slice(0, 4)} 的证件号码已用尽 / no ID numbers left for ${area} in ${birthDate.slice(0, 4)}`,
    );
  }
}

/** Education and student status for an age on 31 December (codes of `education` and `student_status`). */
export function schooling(rng: Random, age: number, sex: Sex): { education: string; studentStatus: string } {
  if (age < 3) return { education: '6', studentStatus: '0' };
  if (age < 6) return { education: '6', studentStatus: '1' };
  if (age < 12) return { education: '2', studentStatus: '2' };
  if (age < 16) return { education: '3', studentStatus: '3' };
  if (age < 19) {
    const status = rng.weighted([
      ['4', 55],
      ['5', 25],
      ['0', 20],
    ] as const);
    return { education: status === '0' ? '3' : '4', studentStatus: status };
  }
  if (age < 23) {
    const status = rng.weighted([
      ['6', 20],
      ['7', 12],
      ['0', 68],
    ] as const);
    if (status !== '0') return { education: '5', studentStatus: status };
    return {
      education: rng.weighted([
        ['3', 55],
        ['4', 40],
        ['2', 5],
      ] as const),
      studentStatus: '0',
    };
  }
  return { education: adultEducation(rng, age, sex), studentStatus: '0' };
}

function adultEducation(rng: Random, age: number, sex: Sex): string {
  // Older women in the countryside went to school least of all.
  const female = sex === '2';
  if (age >= 70)
    return rng.weighted([
      ['1', female ? 80 : 55],
      ['2', female ? 17 : 35],
      ['3', 5],
    ] as const);
  if (age >= 60)
    return rng.weighted([
      ['1', female ? 50 : 25],
      ['2', 45],
      ['3', 17],
      ['4', 3],
    ] as const);
  if (age >= 45)
    return rng.weighted([
      ['1', female ? 18 : 8],
      ['2', 40],
      ['3', 42],
      ['4', 8],
    ] as const);
  return rng.weighted([
    ['1', 3],
    ['2', 18],
    ['3', 57],
    ['4', 17],
    ['5', 5],
  ] as const);
}

/** Health for an age: chronic illness grows with age (codes of `health`). */
export function healthFor(rng: Random, age: number): string {
  const [chronic, serious, disabled] =
    age < 18
      ? [0.02, 0.01, 0.015]
      : age < 45
        ? [0.08, 0.03, 0.04]
        : age < 60
          ? [0.2, 0.06, 0.06]
          : [0.38, 0.08, 0.07];
  const r = rng.next();
  if (r < disabled) return '4';
  if (r < disabled + serious) return '3';
  if (r < disabled + serious + chronic) return '2';
  return '1';
}

/** Labour ability from age, health and schooling (codes of `labour`). */
export function labourFor(rng: Random, age: number, health: string, studentStatus: string): string {
  if (age < 16 || studentStatus !== '0') return '5';
  const ill = health !== '1';
  if (age >= 70)
    return ill
      ? rng.weighted([
          ['4', 60],
          ['5', 40],
        ] as const)
      : rng.weighted([
          ['5', 55],
          ['3', 45],
        ] as const);
  if (age >= 60)
    return ill
      ? rng.weighted([
          ['4', 45],
          ['3', 55],
        ] as const)
      : rng.weighted([
          ['3', 65],
          ['1', 35],
        ] as const);
  if (health === '3')
    return rng.weighted([
      ['4', 60],
      ['3', 40],
    ] as const);
  if (health === '4')
    return rng.weighted([
      ['4', 50],
      ['3', 40],
      ['1', 10],
    ] as const);
  if (health === '2')
    return rng.weighted([
      ['3', 60],
      ['1', 40],
    ] as const);
  return rng.chance(age < 45 ? 0.22 : 0.1) ? '2' : '1';
}

export const ABLE_LABOUR: ReadonlySet<string> = new Set(['1', '2']);

/** Where the county's migrant workers go (the county itself counts: work in the county seat). */
const WORK_PLACES: Weighted<string> = [
  ['本县', 20], ['临沂市', 15], ['济南市', 8], ['青岛市', 10], ['上海市', 10], ['江苏省苏州市', 9],
  ['浙江省宁波市', 6], ['北京市', 6], ['天津市', 4], ['广东省东莞市', 5], ['江苏省南京市', 4], ['山东省烟台市', 3],
]; // prettier-ignore

export function migrantWork(rng: Random): { place: string; months: number } {
  return { place: rng.weighted(WORK_PLACES), months: rng.int(4, 11) };
}

/** An 11-digit mobile number on one of the big three carriers' prefixes. */
export function mobilePhone(rng: Random): string {
  const prefix = rng.pick(['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152',
    '153', '155', '156', '157', '158', '159', '180', '182', '183', '185', '186', '187', '188', '189']); // prettier-ignore
  return `${prefix}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
}

/**
 * The second-generation disability certificate number: the holder's ID number, then the kind of disability
 * (1 sight, 2 hearing, 3 speech, 4 physical, 5 intellectual, 6 mental, 7 multiple) and its grade (1–4).
 */
export function disabilityCert(rng: Random, idNumber: string): string {
  const kind = rng.weighted([
    ['4', 45],
    ['1', 12],
    ['2', 12],
    ['5', 10],
    ['6', 10],
    ['3', 3],
    ['7', 8],
  ] as const);
  return `${idNumber}${kind}${rng.int(1, 4)}`;
}

function nextDayInYear(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (d < daysInMonth(y, m)) return `${y}-${pad2(m)}-${pad2(d + 1)}`;
  if (m < 12) return `${y}-${pad2(m + 1)}-01`;
  return `${y}-01-01`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Labour, disability certificate, migrant work, public-welfare job, pension insurance and phone. */
export function finishPerson(rng: Random, year: number, m: DemoPerson): void {
  m.labour = labourFor(rng, m.age, m.health, m.studentStatus);
  if (m.health === '4' && rng.chance(0.85)) m.disabilityCert = disabilityCert(rng, m.idNumber);
  const able = ABLE_LABOUR.has(m.labour);
  if (able && m.age >= 18 && m.age <= 55 && rng.chance(0.5)) {
    const work = migrantWork(rng);
    m.migrantWorkPlace = work.place;
    m.migrantWorkMonths = work.months;
  }
  if (year >= 2017 && m.labour === '3' && m.age >= 40 && m.age <= 70) m.welfareJob = rng.chance(0.15);
  m.pensionInsurance = m.age >= 60 || (m.age >= 16 && m.studentStatus === '0' && rng.chance(0.88));
  m.medicalInsurance = rng.chance(year >= 2019 ? 0.997 : 0.97);
  m.seriousIllnessInsurance = m.medicalInsurance;
  const head = m.relation === HEAD_RELATION;
  if (m.age >= 16 && rng.chance(head ? (m.age >= 70 ? 0.65 : 0.9) : m.age < 60 ? 0.35 : 0.1)) {
    m.phone = mobilePhone(rng);
  }
}
