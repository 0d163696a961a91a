import { ABLE_LABOUR, type DemoPerson } from './people.ts';
import type { Random } from './random.ts';

/**
 * Yearly status and income of a demo household. Incomes are built from what the members do (migrant work,
 * farming the household's land, pensions, allowances) and then nudged so that the status is believable:
 * households that have exited poverty almost all sit above the line, those that have not almost all below.
 */
export interface Incomes {
  wageIncome: number;
  businessIncome: number;
  propertyIncome: number;
  transferIncome: number;
  businessCosts: number;
}

/** The national line at current prices (yuan per person and year); 4,000 is the 2020 exit yardstick. */
const LINES: Readonly<Record<number, number>> = {
  2013: 2736, 2014: 2800, 2015: 2855, 2016: 2952, 2017: 2952, 2018: 2995, 2019: 3218, 2020: 4000,
}; // prettier-ignore

export function povertyLine(year: number): number {
  if (year >= 2020) return 4000;
  return LINES[Math.max(2013, year)] ?? 2736;
}

/** Incomes move with the year: the line's level before 2020, about 6 % a year after. */
function incomeLevel(year: number): number {
  return year <= 2020 ? povertyLine(year) / 4000 : 1.06 ** (year - 2020);
}

/** Share of registered households not yet exited at the end of each year (the national series, rounded). */
const NOT_EXITED: Readonly<Record<number, number>> = {
  2013: 1, 2014: 0.97, 2015: 0.8, 2016: 0.62, 2017: 0.43, 2018: 0.24, 2019: 0.08,
}; // prettier-ignore

/**
 * The household's status for the year (codes of `household_status`): 01 not exited, 02 exited, 03 returned to
 * poverty, 04 cancelled — the last most often a single old person who has died.
 */
export function statusFor(rng: Random, year: number, singleElderly: boolean): string {
  const notExited = year >= 2020 ? 0.02 : (NOT_EXITED[Math.max(2013, year)] ?? 1);
  const returned = year >= 2016 ? 0.012 : 0;
  const cancelled = year >= 2015 ? (singleElderly ? 0.08 : 0.02) : 0;
  const exited = Math.max(0, 1 - notExited - returned - cancelled);
  return rng.weighted([
    ['01', notExited],
    ['02', exited],
    ['03', returned],
    ['04', cancelled],
  ] as const);
}

export function netIncome(i: Incomes): number {
  return i.wageIncome + i.businessIncome + i.propertyIncome + i.transferIncome - i.businessCosts;
}

export interface IncomeContext {
  year: number;
  status: string;
  householdType: string;
  landArea: number;
  members: readonly DemoPerson[];
}

export function incomesFor(rng: Random, ctx: IncomeContext): Incomes {
  const f = incomeLevel(ctx.year);
  const u = (min: number, max: number) => (min + rng.next() * (max - min)) * f;
  const members = ctx.members;
  let wage = 0;
  let transfer = ctx.landArea * u(100, 140); // 耕地地力保护补贴
  for (const m of members) {
    if (m.migrantWorkMonths) wage += m.migrantWorkMonths * u(2600, 4600);
    else if (ABLE_LABOUR.has(m.labour) && m.age >= 18 && m.age < 60 && rng.chance(0.45))
      wage += u(3000, 12000);
    if (m.welfareJob) wage += u(3600, 6000);
    if (m.age >= 60) transfer += u(1500, 1900); // basic pension
    if (m.disabilityCert) transfer += u(900, 1300); // 残疾人两项补贴
    if (['5', '6', '7'].includes(m.studentStatus)) transfer += 3000 * f; // 雨露计划
    if (ctx.householdType === '02') transfer += u(2400, 3800); // 低保
    if (ctx.householdType === '03') transfer += u(5500, 7500); // 特困供养
  }
  const elderlyOnly = members.every((m) => m.age >= 60);
  if (elderlyOnly && rng.chance(0.35)) transfer += u(1200, 4800); // 赡养费 from children living elsewhere
  const farming = members.some((m) => ['1', '2', '3'].includes(m.labour) && m.age < 76);
  let business = 0;
  let property = ctx.year >= 2017 && rng.chance(0.65) ? u(300, 1200) : 0; // 资产收益分红
  if (farming) {
    business = ctx.landArea * u(1000, 1600) + (rng.chance(0.25) ? u(2000, 9000) : 0);
  } else {
    property += ctx.landArea * u(500, 900); // land let out (土地流转)
  }
  const costRate = 0.35 + rng.next() * 0.2;
  const incomes = fit(rng, ctx, { wage, business, property, transfer, costRate });
  return {
    wageIncome: roundTo(incomes.wage, 100),
    businessIncome: roundTo(incomes.business, 10),
    propertyIncome: roundTo(incomes.property, 10),
    transferIncome: roundTo(incomes.transfer, 10),
    businessCosts: roundTo(incomes.business * costRate, 10),
  };
}

interface Parts {
  wage: number;
  business: number;
  property: number;
  transfer: number;
  /** Business costs as a share of business income. */
  costRate: number;
}

/** Moves the total towards the status: exited above the line, not exited or returned below it. */
function fit(rng: Random, ctx: IncomeContext, parts: Parts): Parts {
  const line = povertyLine(ctx.year);
  const size = ctx.members.length;
  const net = () => parts.wage + parts.business * (1 - parts.costRate) + parts.property + parts.transfer;
  if (ctx.status === '02' && net() < line * 1.03 * size && rng.chance(0.97)) {
    const missing = line * (1.08 + rng.next() * 0.6) * size - net();
    // Work closes the gap where someone can work; otherwise support from children or the social safety net.
    if (ctx.members.some((m) => ABLE_LABOUR.has(m.labour) || m.welfareJob)) parts.wage += missing;
    else parts.transfer += missing;
  }
  if ((ctx.status === '01' || ctx.status === '03') && net() >= line * 0.97 * size && rng.chance(0.92)) {
    let excess = net() - line * (0.55 + rng.next() * 0.4) * size;
    const cut = (value: number) => {
      const taken = Math.min(value, excess);
      excess -= taken;
      return value - taken;
    };
    parts.wage = cut(parts.wage);
    const businessNet = parts.business * (1 - parts.costRate);
    if (businessNet > 0) parts.business *= cut(businessNet) / businessNet;
    parts.property = cut(parts.property);
    parts.transfer = cut(parts.transfer);
  }
  return parts;
}

function roundTo(value: number, step: number): number {
  return Math.max(0, Math.round(value / step) * step);
}

/** 一般贫困户 01, 低保 02, 特困供养 03: 特困 is for people alone, without labour and without support. */
export function typeFor(rng: Random, members: readonly DemoPerson[]): string {
  const able = members.filter((m) => ABLE_LABOUR.has(m.labour)).length;
  const [only] = members;
  if (members.length === 1 && only) {
    if (able === 0 && (only.age >= 60 || only.health !== '1')) {
      return rng.weighted([
        ['03', 48],
        ['02', 32],
        ['01', 20],
      ] as const);
    }
    return rng.weighted([
      ['02', 25],
      ['01', 75],
    ] as const);
  }
  const frail = members.some((m) => m.health === '3' || m.health === '4' || m.labour === '4');
  if (able === 0)
    return rng.weighted([
      ['02', 40],
      ['03', 6],
      ['01', 54],
    ] as const);
  return rng.chance(frail ? 0.22 : 0.08) ? '02' : '01';
}
