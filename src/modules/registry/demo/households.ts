import { cadreFor, householdFacts, type Cadre, type HouseholdFacts } from './facts.ts';
import { RELATION, shapeFor, sketchFamily, type FamilyShape, type Kin } from './families.ts';
import { incomesFor, statusFor, typeFor, type Incomes } from './income.ts';
import { givenName } from './names.ts';
import {
  ABLE_LABOUR,
  birthDateFor,
  finishPerson,
  healthFor,
  IdAllocator,
  schooling,
  type DemoPerson,
} from './people.ts';
import { createRandom, mixSeed, type Random, type Weighted } from './random.ts';

/**
 * Demo households over one county's villages, generated one at a time: `demoHouseholds` is a generator and
 * `demoRows` streams them as rows of the import format, so a county of any size is made in flat memory.
 * Household n draws from its own random stream (seed × n), so it depends only on the seed, n and the ID
 * numbers handed out before it: the same seed gives the same county, and a larger demo extends a smaller one.
 */
export interface DemoOptions {
  households: number;
  seed: number;
  year: number;
  /** 6-digit codes of nearby counties: some wives and daughters-in-law married in from there. */
  neighbours?: readonly string[];
}

export interface DemoHousehold extends Incomes, HouseholdFacts {
  householdNo: string;
  regionCode: string;
  shape: FamilyShape;
  householdType: string;
  status: string;
  mainCause: string;
  landArea: number;
  members: DemoPerson[];
}

export type DemoRow = Record<string, string | number | null>;

/** Main poverty causes (codes of `poverty_cause`), weighted roughly like the national registry. */
export const CAUSE_WEIGHTS: Weighted<string> = [
  ['01', 40], ['09', 15], ['07', 15], ['08', 10], ['02', 6], ['03', 5], ['04', 2], ['05', 2], ['06', 1],
  ['10', 1], ['11', 2], ['99', 1],
]; // prettier-ignore

/** `<6-digit county><7-digit sequence>`: unique in the county, nothing random in it. */
export function householdNumber(county: string, sequence: number): string {
  return `${county}${String(sequence).padStart(7, '0')}`;
}

export function* demoHouseholds(villages: readonly string[], options: DemoOptions): Generator<DemoHousehold> {
  checkOptions(villages, options);
  const county = villages[0]?.slice(0, 6) ?? '';
  const pickVillage = villagePicker(createRandom(mixSeed(options.seed, -1)), [...new Set(villages)].sort());
  const ids = new IdAllocator(county, mixSeed(options.seed, options.year));
  const listed = new Map<string, number>();
  const neighbours = options.neighbours ?? [];
  for (let sequence = 1; sequence <= options.households; sequence += 1) {
    // Household n depends on the seed and n only (and the ID numbers handed out before it), not on the
    // county's size: a larger demo of the same seed starts with the households of the smaller one.
    const rng = createRandom(mixSeed(mixSeed(options.seed, Number(county)), sequence));
    const village = pickVillage(rng.next());
    const k = listed.get(village) ?? 0;
    listed.set(village, k + 1);
    const cadre = cadreFor(options.seed, village, Math.floor(k / 5));
    yield makeHousehold(rng, { county, village, sequence, ids, year: options.year, neighbours, cadre });
  }
}

const yesNo = (value: boolean) => (value ? '是' : '否');

/**
 * The household as import rows (English aliases as keys), one per member: first the standard columns of
 * the import format, then the optional ones. The household's columns are repeated on each row.
 */
export function householdRows(h: DemoHousehold): DemoRow[] {
  const household: DemoRow = {
    household_type: h.householdType,
    status: h.status,
    main_cause: h.mainCause,
    wage_income: h.wageIncome,
    business_income: h.businessIncome,
    property_income: h.propertyIncome,
    transfer_income: h.transferIncome,
    business_costs: h.businessCosts,
  };
  const more: DemoRow = {
    secondary_causes: h.secondaryCauses.join(','),
    group_name: h.groupName,
    identification_standard: '1',
    identified_year: h.identifiedYear,
    land_area: h.landArea,
    housing_area: h.housingArea,
    housing_rating: h.housingRating,
    safe_water: yesNo(h.safeWater),
    road_access: yesNo(h.roadAccess),
    relocated: yesNo(h.relocated),
    cadre_name: h.cadre.name,
    cadre_unit: h.cadre.unit,
    cadre_phone: h.cadre.phone,
    reason_not_exited: h.reasonNotExited,
    food_secure: yesNo(h.foodSecure),
    clothing_secure: yesNo(h.clothingSecure),
    education_secure: yesNo(h.educationSecure),
    medical_secure: yesNo(h.medicalSecure),
    housing_secure: yesNo(h.housingSecure),
    water_secure: yesNo(h.waterSecure),
  };
  return h.members.map((m) => ({
    household_no: h.householdNo,
    region_code: h.regionCode,
    name: m.name,
    id_number: m.idNumber,
    relation: m.relation,
    sex: m.sex,
    education: m.education,
    student_status: m.studentStatus,
    health: m.health,
    labour: m.labour,
    ...household,
    phone: m.phone,
    disability_cert: m.disabilityCert,
    migrant_work_place: m.migrantWorkPlace,
    migrant_work_months: m.migrantWorkMonths,
    medical_insurance: yesNo(m.medicalInsurance),
    serious_illness_insurance: yesNo(m.seriousIllnessInsurance),
    pension_insurance: yesNo(m.pensionInsurance),
    dibao: yesNo(m.dibao),
    tekun: yesNo(m.tekun),
    welfare_job: yesNo(m.welfareJob),
    ...more,
  }));
}

export async function* demoRows(villages: readonly string[], options: DemoOptions): AsyncGenerator<DemoRow> {
  for (const household of demoHouseholds(villages, options)) yield* householdRows(household);
}

interface HouseholdContext {
  county: string;
  village: string;
  sequence: number;
  ids: IdAllocator;
  year: number;
  neighbours: readonly string[];
  cadre: Cadre;
}

function makeHousehold(rng: Random, ctx: HouseholdContext): DemoHousehold {
  const mainCause = rng.weighted(CAUSE_WEIGHTS);
  const shape = shapeFor(rng, mainCause);
  const kins = sketchFamily(rng, shape, mainCause);
  const members = kins.map((k) => person(rng, ctx, k));
  makeConsistent(rng, mainCause, members);
  for (const m of members) finishPerson(rng, ctx.year, m);
  if (mainCause === '08') {
    // 缺劳动力: one pair of hands at most; a second old person still able to farm counts as weak.
    for (const m of members.filter((x) => ABLE_LABOUR.has(x.labour)).slice(1)) {
      m.labour = '3';
      m.migrantWorkPlace = null;
      m.migrantWorkMonths = null;
    }
  }
  const householdType = typeFor(rng, members);
  for (const m of members) {
    m.dibao = householdType === '02';
    m.tekun = householdType === '03';
  }
  const status = statusFor(rng, ctx.year, shape === 'single_elderly');
  if (status === '02' && ctx.year >= 2019) {
    // Exit required everyone in the resident and serious-illness insurance (基本医疗有保障).
    for (const m of members) m.medicalInsurance = m.seriousIllnessInsurance = true;
  }
  const landArea = Math.round(members.length * (0.6 + rng.next()) * 10) / 10;
  const incomes = incomesFor(rng, { year: ctx.year, status, householdType, landArea, members });
  const facts = householdFacts(rng, { year: ctx.year, status, mainCause, members, cadre: ctx.cadre });
  return {
    householdNo: householdNumber(ctx.county, ctx.sequence),
    regionCode: ctx.village,
    shape,
    householdType,
    status,
    mainCause,
    landArea,
    members,
    ...incomes,
    ...facts,
  };
}

/** Name, birth date and ID number, schooling and health; labour and work follow in finishPerson. */
function person(rng: Random, ctx: HouseholdContext, kin: Kin): DemoPerson {
  const outsider = kin.marriedIn && ctx.neighbours.length > 0 && rng.chance(0.25);
  const area = outsider ? rng.pick(ctx.neighbours) : ctx.county;
  const birthDate = birthDateFor(rng, ctx.year, kin.age);
  const { education, studentStatus } = schooling(rng, kin.age, kin.sex);
  return {
    surname: kin.surname,
    name: kin.surname + givenName(rng, kin.sex, ctx.year - kin.age),
    sex: kin.sex,
    age: kin.age,
    birthDate,
    idNumber: ctx.ids.allocate(area, birthDate, kin.sex),
    relation: kin.relation,
    education,
    studentStatus,
    health: healthFor(rng, kin.age),
    disabilityCert: null,
    labour: '5',
    migrantWorkPlace: null,
    migrantWorkMonths: null,
    welfareJob: false,
    medicalInsurance: false,
    seriousIllnessInsurance: false,
    pensionInsurance: false,
    dibao: false,
    tekun: false,
    phone: null,
  };
}

/**
 * Makes the family fit its main cause: 因病 has an ill member, 因残 a disabled one, 因学 a child in senior
 * school or college. Siblings with the same name are renamed.
 */
function makeConsistent(rng: Random, cause: string, members: DemoPerson[]): void {
  const adults = members.filter((m) => m.age >= 18);
  const pool = adults.length > 0 ? adults : members;
  if (cause === '01' && !members.some((m) => m.health === '2' || m.health === '3')) {
    rng.pick(pool).health = rng.chance(0.45) ? '3' : '2';
  }
  if (cause === '02' && !members.some((m) => m.health === '4')) rng.pick(pool).health = '4';
  if (cause === '03' && !members.some((m) => ['4', '5', '6', '7'].includes(m.studentStatus))) {
    const child = members.find(
      (m) => m.age >= 16 && m.age <= 22 && (m.relation === RELATION.son || m.relation === RELATION.daughter),
    );
    if (child) {
      child.studentStatus = child.age <= 18 ? rng.pick(['4', '5']) : rng.pick(['6', '7']);
      child.education = child.age <= 18 ? '4' : '5';
    }
  }
  const seen = new Set<string>();
  for (const m of members) {
    for (let tries = 0; seen.has(m.name) && tries < 20; tries += 1) {
      m.name = m.surname + givenName(rng, m.sex, Number(m.birthDate.slice(0, 4)));
    }
    seen.add(m.name);
  }
}

function checkOptions(villages: readonly string[], options: DemoOptions): void {
  if (!Number.isSafeInteger(options.households) || options.households < 0) {
    throw new RangeError(
      `户数必须是非负整数 / households must be a non-negative integer: ${options.households}`,
    );
  }
  if (!Number.isInteger(options.year) || options.year < 2013 || options.year > 2100) {
    throw new RangeError(`年度必须在2013到2100之间 / year must be from 2013 to 2100: ${options.year}`);
  }
  if (!Number.isSafeInteger(options.seed)) {
    throw new RangeError(`种子必须是整数 / seed must be an integer: ${options.seed}`);
  }
  const bad = villages.find((v) => !/^\d{12}$/.test(v) || v.endsWith('000'));
  if (bad !== undefined) throw new RangeError(`不是村级区划代码 / not a village code: ${bad}`);
  const other = villages.find((v) => v.slice(0, 6) !== villages[0]?.slice(0, 6));
  if (other !== undefined)
    throw new RangeError(`村须属于同一个县 / villages must be of one county: ${other}`);
  if (villages.length === 0 && options.households > 0) {
    throw new RangeError('没有可用的村 / no villages to place households in');
  }
}

/**
 * Villages differ in size and in how many poor households they have: each gets a weight (log-normal, from
 * the seed), and a household's village is drawn by weight with a binary search over the running totals.
 */
function villagePicker(rng: Random, villages: readonly string[]): (u: number) => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < villages.length; i += 1) {
    total += Math.exp(rng.normal(0, 0.7));
    cumulative.push(total);
  }
  return (u) => {
    const target = u * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((cumulative[mid] ?? 0) <= target) low = mid + 1;
      else high = mid;
    }
    return villages[low] ?? '';
  };
}
