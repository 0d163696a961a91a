import { givenName, SURNAMES } from './names.ts';
import { ABLE_LABOUR, mobilePhone, type DemoPerson } from './people.ts';
import { createRandom, mixSeed, type Random, type Weighted } from './random.ts';

/**
 * The rest of a demo household's record: housing, water and road, the responsible cadre, the year it was
 * identified, secondary causes, the reason it has not exited, and 两不愁三保障 — each consistent with the
 * members and the status.
 */
export interface HouseholdFacts {
  groupName: string;
  identifiedYear: number;
  housingArea: number;
  housingRating: string;
  safeWater: boolean;
  roadAccess: boolean;
  relocated: boolean;
  cadre: Cadre;
  reasonNotExited: string | null;
  secondaryCauses: string[];
  foodSecure: boolean;
  clothingSecure: boolean;
  educationSecure: boolean;
  medicalSecure: boolean;
  housingSecure: boolean;
  waterSecure: boolean;
}

export interface Cadre {
  name: string;
  unit: string;
  phone: string;
}

/** Most households were identified in the 2014 registration drive, the rest in the yearly reviews after. */
const IDENTIFIED: Weighted<number> = [
  [2014, 70],
  [2015, 10],
  [2016, 8],
  [2017, 5],
  [2018, 4],
  [2019, 3],
];

const UNITS: Weighted<string> = [
  ['县农业农村局', 12], ['县扶贫开发办公室', 8], ['县财政局', 8], ['县人力资源和社会保障局', 8], ['县住房和城乡建设局', 6],
  ['县卫生健康局', 8], ['县教育和体育局', 8], ['县交通运输局', 5], ['县水利局', 5], ['县供电公司', 4],
  ['县农村商业银行', 4], ['镇人民政府', 20], ['村民委员会', 10],
]; // prettier-ignore

const REASONS: Readonly<Record<string, string>> = {
  '01': '家庭成员患病，医疗支出较大',
  '02': '家庭成员残疾，缺乏稳定收入',
  '03': '子女上学支出较大',
  '04': '遭受自然灾害，生产损失较大',
  '08': '缺乏劳动力，收入不稳定',
};

/**
 * The cadre paired with a village's households, five to a cadre in the order they are listed. Drawn from
 * its own stream (seed, village, index) so the five households share one cadre.
 */
export function cadreFor(seed: number, village: string, index: number): Cadre {
  const rng = createRandom(mixSeed(mixSeed(seed, Number(village)), index));
  const sex = rng.chance(0.7) ? '1' : '2';
  return {
    name: rng.weighted(SURNAMES) + givenName(rng, sex, rng.int(1965, 1995)),
    unit: rng.weighted(UNITS),
    phone: mobilePhone(rng),
  };
}

export interface FactsContext {
  year: number;
  status: string;
  mainCause: string;
  members: readonly DemoPerson[];
  cadre: Cadre;
}

export function householdFacts(rng: Random, ctx: FactsContext): HouseholdFacts {
  const { year, status, members } = ctx;
  const exited = status === '02' || status === '04';
  const identified = IDENTIFIED.filter(([y]) => y <= year);
  const housingRating = exited
    ? rng.weighted([
        ['A', 45],
        ['B', 55],
      ] as const)
    : year >= 2020
      ? rng.weighted([
          ['A', 30],
          ['B', 55],
          ['C', 12],
          ['D', 3],
        ] as const)
      : rng.weighted([
          ['A', 20],
          ['B', 45],
          ['C', 25],
          ['D', 10],
        ] as const);
  const safeWater = rng.chance(exited || year >= 2020 ? 0.995 : 0.85);
  const schoolAgeOut = members.some(
    (m) => m.age >= 6 && m.age <= 15 && !['2', '3'].includes(m.studentStatus),
  );
  return {
    groupName: `第${rng.int(1, 8)}组`,
    identifiedYear: identified.length > 0 ? rng.weighted(identified) : Math.max(2013, year),
    housingArea: Math.round((20 + members.length * (15 + rng.next() * 20)) * 10) / 10,
    housingRating,
    safeWater,
    roadAccess: rng.chance(0.96),
    relocated: rng.chance(0.015),
    cadre: ctx.cadre,
    reasonNotExited:
      status === '01' || status === '03' ? (REASONS[ctx.mainCause] ?? '收入尚未稳定超过贫困线') : null,
    secondaryCauses: secondaryCauses(rng, ctx.mainCause, members),
    foodSecure: exited || rng.chance(0.97),
    clothingSecure: exited || rng.chance(0.97),
    educationSecure: !schoolAgeOut,
    medicalSecure: members.every((m) => m.medicalInsurance && m.seriousIllnessInsurance),
    housingSecure: housingRating === 'A' || housingRating === 'B',
    waterSecure: safeWater,
  };
}

/** Up to two further causes, only those the family bears out, in code order. */
function secondaryCauses(rng: Random, main: string, members: readonly DemoPerson[]): string[] {
  const candidates: [string, number][] = [
    ['07', 30],
    ['09', 30],
    ['11', 4],
  ];
  if (members.some((m) => m.health === '2' || m.health === '3')) candidates.push(['01', 40]);
  if (members.some((m) => m.health === '4')) candidates.push(['02', 30]);
  if (members.some((m) => ['4', '5', '6', '7'].includes(m.studentStatus))) candidates.push(['03', 30]);
  if (members.filter((m) => ABLE_LABOUR.has(m.labour)).length <= 1) candidates.push(['08', 25]);
  const pool = candidates.filter(([c]) => c !== main);
  const out = new Set<string>();
  const count = rng.weighted([
    [0, 35],
    [1, 45],
    [2, 20],
  ] as const);
  while (out.size < count && pool.some(([c]) => !out.has(c))) {
    out.add(rng.weighted(pool.filter(([c]) => !out.has(c))));
  }
  return [...out].sort();
}
