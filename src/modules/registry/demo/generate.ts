import { DomainError, fieldError } from '../../../app/errors.ts';
import type { Db } from '../../../db/types.ts';
import type { Actor } from '../../auth/actor.ts';
import { getRegion, listChildren, type RegionDetail } from '../../regions/service.ts';
import { importRows, type ImportProgress, type ImportSummary } from '../import/pipeline.ts';
import { workingYearForDemo } from '../../settings/working-year.ts';
import { loadHolidays } from '../../portal/calendar/holidays.ts';
import { today as machineToday } from '../commands/shared.ts';
import { generateDemoCases, type DemoCasesSummary } from './cases.ts';
import { demoRows, type DemoRow } from './households.ts';

/**
 * The demo county: synthetic households over a real county's villages, written through the ordinary import,
 * so the demo obeys every rule of the registry (validation, audit, statistics) and a second run with the same
 * seed finds every household unchanged.
 */
export interface DemoCountyOptions {
  /** 6-digit county code, e.g. 371324 (兰陵县). */
  county: string;
  households: number;
  seed: number;
  year: number;
  /** Cases in every stage of every procedure too (cases.ts), dated back from `today` (default the machine's). */
  cases?: boolean;
  today?: string;
  onProgress?: (p: DemoProgress) => void;
}

export interface DemoSummary extends ImportSummary {
  cases?: DemoCasesSummary;
}

/** The import's progress, plus the households generated so far (they are staged before any is written). */
export interface DemoProgress extends ImportProgress {
  generated: number;
}

export const DEMO_DEFAULTS = {
  county: '371324',
  households: 20_000,
  seed: 1,
  year: 2020,
  cases: true,
} as const;

export async function generateDemoCounty(
  db: Db,
  actor: Actor,
  options: DemoCountyOptions,
): Promise<DemoSummary> {
  const county = await findCounty(db, actor, options.county);
  const villages = await villagesUnder(db, actor, county.code);
  if (villages.length === 0) {
    throw fieldError('county', 'DEMO_NO_VILLAGES', {
      zh: `${county.name}（${options.county}）尚未载入村级行政区划，请先运行 zhenfu migrate`,
      en: `${options.county} has no villages loaded; run zhenfu migrate to load the regions first`,
    });
  }
  const neighbours = await neighbourCounties(db, actor, county);
  const demo = { households: options.households, seed: options.seed, year: options.year, neighbours };
  let generated = 0;
  async function* rows(): AsyncGenerator<DemoRow> {
    let last: unknown;
    for await (const row of demoRows(villages, demo)) {
      if (row.household_no !== last) generated += 1;
      last = row.household_no;
      yield row;
    }
  }
  const { onProgress } = options;
  // The demo year's last day is "today", so nobody generated for that year is born in the future.
  const today = `${options.year}-12-31`;
  const summary = await importRows(db, actor, rows(), {
    year: options.year,
    today,
    source: 'demo',
    ...(onProgress ? { onProgress: (p: ImportProgress) => onProgress({ ...p, generated }) } : {}),
  });
  // The console opens on the working year: the demo's, unless the deployment chose one already.
  await db.transaction((tx) => workingYearForDemo(tx, actor, options.year, today));
  // Complaint deadlines count working days: the year's public holidays and 调休 days (kept if already set).
  await db.transaction((tx) => loadHolidays(tx, actor));
  if (!options.cases) return summary;
  const cases = await generateDemoCases(db, actor, {
    county: county.code.slice(0, 6),
    villages,
    seed: options.seed,
    year: options.year,
    today: options.today ?? machineToday(),
  });
  return { ...summary, cases };
}

async function findCounty(db: Db, actor: Actor, code: string): Promise<RegionDetail> {
  const unknown = () =>
    fieldError('county', 'UNKNOWN_COUNTY', {
      zh: `没有这个县级行政区划：${code}（若尚未载入行政区划，请先运行 zhenfu migrate）`,
      en: `No such county: ${code} (if the regions are not loaded yet, run zhenfu migrate first)`,
    });
  if (!/^\d{6}$/.test(code)) {
    throw fieldError('county', 'COUNTY_CODE', {
      zh: `县级代码应为 6 位数字：${code}`,
      en: `A county code has 6 digits: ${code}`,
    });
  }
  let region: RegionDetail;
  try {
    region = await getRegion(db, actor, code);
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'not_found') throw unknown();
    throw error;
  }
  if (region.level === 3) return region;
  // A city without counties (东莞 441900) stands for its own county: its children are towns. A province or
  // an ordinary city (370000, 371300) is no county.
  const [first] = region.level === 2 ? await listChildren(db, actor, region.code) : [];
  if (first?.level === 4) return region;
  throw unknown();
}

/** Every village (level 5) under the county, in code order, walking down through its towns. */
async function villagesUnder(db: Db, actor: Actor, code: string): Promise<string[]> {
  const villages: string[] = [];
  let frontier = [code];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const parent of frontier) {
      for (const child of await listChildren(db, actor, parent)) {
        if (child.level === 5) villages.push(child.code);
        else if (child.childCount > 0) next.push(child.code);
      }
    }
    frontier = next;
  }
  return villages.sort();
}

/**
 * The other counties of the same city: where wives and daughters-in-law married in from. Development zones
 * (county digits 70 and above, e.g. 371371) have statistical codes but no GB/T 2260 code, which is what ID
 * numbers carry, so they are left out.
 */
async function neighbourCounties(db: Db, actor: Actor, county: RegionDetail): Promise<string[]> {
  if (county.level !== 3 || !county.parentCode) return [];
  const siblings = await listChildren(db, actor, county.parentCode);
  return siblings
    .filter((s) => s.level === 3 && s.code !== county.code && s.code.slice(4, 6) < '70')
    .map((s) => s.code.slice(0, 6));
}
