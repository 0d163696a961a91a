import type { Db } from '../../../db/types.ts';
import { assessHouseholds, type HouseholdAssessment } from '../../assessment/batch.ts';
import type { Actor } from '../../auth/actor.ts';
import { exitCriteria, poorCriteria, riskEliminationCriteria } from '../../cases/criteria.ts';
import { importRows } from '../import/pipeline.ts';
import { demoHouseholds, householdNumber, householdRows, type DemoHousehold } from './households.ts';
import { mixSeed } from './random.ts';

/**
 * The households the demo's cases are about. The demo county is as of its year, when nearly every household
 * had exited: its exited households can be taken into monitoring (and their risk eliminated), but it has few
 * poor ones ready to exit, no ordinary applicants, and no exited household poor again. A few dozen more are
 * registered for that, as the import registers decisions taken before the system: applicants (type 00, no
 * status) and exited households whose income fell, both below the line; poor households whose income and
 * guarantees now pass. They are numbered from 9,000,001 in the county, apart from the demo's own households.
 * Every pool keeps only the households whose assessment meets the criteria of the procedure they are meant
 * for (criteria.ts), so the demo's steps pass the guard as a real clerk's would.
 */
export interface CasePools {
  applicants: number[];
  poorAgain: number[];
  readyToExit: number[];
  notReadyToExit: number[];
  exited: number[];
}

const EXTRA_FROM = 9_000_000;
/** How many of each kind are registered (more than the cases need: the pools keep those that qualify). */
const EXTRA = { applicants: 14, poorAgain: 12, readyToExit: 20 } as const;

type Kind = keyof typeof EXTRA;
/** The extra households and the first of the demo's own are assessed: enough for the pools, whatever the size. */
const ASSESSED = 400;

function reshape(h: DemoHousehold, kind: Kind, county: string, sequence: number): DemoHousehold {
  const low = {
    wageIncome: 0,
    businessIncome: 800,
    propertyIncome: 0,
    transferIncome: 600,
    businessCosts: 200,
  };
  const out: DemoHousehold = { ...h, householdNo: householdNumber(county, EXTRA_FROM + sequence) };
  if (kind === 'applicants') {
    for (const m of out.members) m.dibao = m.tekun = false;
    return {
      ...out,
      ...low,
      householdType: '00',
      status: '',
      mainCause: '',
      secondaryCauses: [],
      reasonNotExited: null,
    };
  }
  if (kind === 'poorAgain') return { ...out, ...low, status: '02' };
  return { ...out, status: '01', reasonNotExited: out.reasonNotExited ?? '收入尚待巩固' };
}

/** The extra households as import rows, each kind from its own stream of the seed. */
async function* extraRows(villages: readonly string[], seed: number, year: number, kind: Kind) {
  const county = villages[0]!.slice(0, 6);
  const stream = mixSeed(seed, 9000 + Object.keys(EXTRA).indexOf(kind));
  const offset = Object.keys(EXTRA)
    .slice(0, Object.keys(EXTRA).indexOf(kind))
    .reduce((n, k) => n + EXTRA[k as Kind], 0);
  let sequence = offset;
  for (const h of demoHouseholds(villages, { households: EXTRA[kind], seed: stream, year })) {
    sequence += 1;
    const row = reshape(h, kind, county, sequence);
    for (const r of householdRows(row)) {
      // An applicant has no standing to record: no year identified, no standard, no cause.
      if (kind === 'applicants') yield { ...r, identified_year: null, identification_standard: null };
      else yield r;
    }
  }
}

/** Registers the extra households through the import (their year's facts as of the demo's last day). */
export async function registerCaseHouseholds(
  db: Db,
  actor: Actor,
  villages: readonly string[],
  o: { seed: number; year: number },
): Promise<void> {
  for (const kind of Object.keys(EXTRA) as Kind[]) {
    await importRows(db, actor, extraRows(villages, o.seed, o.year, kind), {
      year: o.year,
      today: `${o.year}-12-31`,
      source: 'demo',
    });
  }
}

/** The county's households of the year by standing, each pool in household order, kept when it qualifies. */
export async function casePools(db: Db, county: string, year: number): Promise<CasePools> {
  const rows = await db.query<{ id: number; no: string; status: string | null }>(
    `SELECT h.id, h.household_no AS no, y.status FROM households h
     JOIN household_years y ON y.household_id = h.id AND y.year = $2
     WHERE h.region_code LIKE $1 || '%' AND y.monitoring_state IS NULL
     ORDER BY h.household_no > $3 DESC, h.id LIMIT $4`,
    [county, year, householdNumber(county, EXTRA_FROM), ASSESSED],
  );
  const assessed = await assessHouseholds(
    db,
    rows.map((r) => ({ householdId: Number(r.id), year })),
  );
  const extra = (no: string) => Number(no.slice(6)) > EXTRA_FROM;
  const pass = (r: (typeof rows)[number], test: (a: HouseholdAssessment) => unknown[]) => {
    const a = assessed.get(`${r.id}/${year}`);
    return a !== undefined && test(a).length === 0;
  };
  const standing = { year, forbidExitInIdentificationYear: false, otherOpenCaseTypes: [] };
  const ids = (list: typeof rows) => list.map((r) => Number(r.id));
  return {
    applicants: ids(rows.filter((r) => r.status === null && pass(r, poorCriteria))),
    poorAgain: ids(rows.filter((r) => r.status === '02' && extra(r.no) && pass(r, poorCriteria))),
    readyToExit: ids(rows.filter((r) => r.status === '01' && pass(r, (a) => exitCriteria(a, standing)))),
    notReadyToExit: ids(rows.filter((r) => r.status === '01' && !pass(r, (a) => exitCriteria(a, standing)))),
    exited: ids(
      rows.filter(
        (r) => r.status === '02' && !extra(r.no) && pass(r, (a) => riskEliminationCriteria(a, standing)),
      ),
    ),
  };
}
