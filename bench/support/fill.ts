/**
 * Fills a registry with synthetic households by set-based SQL (INSERT … SELECT over generate_series), one
 * audited transaction per chunk, so the statement-level triggers maintain region_stats exactly as they do for
 * an import. Attributes are drawn with random() under a per-chunk seed (same data on every run):
 *
 * - village: uniform over the county's real villages;
 * - household type, main cause and size: fixed shares, roughly those of the national registry and the demo;
 * - status per year: the same draw against that year's shares, so a household still "not exited" in 2020
 *   was not exited in 2019 either;
 * - members (optional): head, spouse and children with unique, valid ID numbers consistent with sex and birth.
 */
import type { Db, Tx } from '../../src/db/types.ts';
import { recordAudit } from '../../src/modules/audit/audit.ts';
import { shellActor } from '../../src/modules/auth/actor.ts';
import { padCode, subtreeRange } from '../../src/modules/regions/region-code.ts';

type Weights = readonly (readonly [string, number])[];

const TYPES: Weights = [['01', 62], ['02', 28], ['03', 8], ['00', 2]]; // prettier-ignore
const CAUSES: Weights = [
  ['01', 40], ['09', 15], ['07', 15], ['08', 10], ['02', 6], ['03', 5], ['04', 2], ['05', 2], ['06', 1],
  ['10', 1], ['11', 2], ['99', 1],
]; // prettier-ignore
const SIZES: Weights = [['1', 17], ['2', 25], ['3', 24], ['4', 19], ['5', 10], ['6', 5]]; // prettier-ignore
const SIZES_WITH_MEMBERS: Weights = [['3', 50], ['4', 50]]; // prettier-ignore

/** Share of households not yet exited, by year (the national curve the demo also follows). */
const NOT_EXITED: Readonly<Record<number, number>> = {
  2014: 0.97, 2015: 0.8, 2016: 0.62, 2017: 0.43, 2018: 0.24, 2019: 0.08,
}; // prettier-ignore

/** Birth dates spread over 30 years per role; see memberSql for why this keeps ID numbers unique. */
const SPREAD_DAYS = 10_950;
/** The 3-digit order code holds (household block × 4 + member slot) × 2 + sex, so it must stay under 1000. */
const MAX_HOUSEHOLDS_WITH_MEMBERS = Math.floor(1000 / 8) * SPREAD_DAYS;

export interface FillOptions {
  /** 6-digit county code; its villages must be loaded. */
  county: string;
  households: number;
  /** Number of the first household (B000000001 by default); a later fill continues after an earlier one. */
  first?: number;
  years: readonly number[];
  /** Insert 3–4 members per household (household_years.size follows). */
  members?: boolean;
  /** Households per transaction. */
  chunk?: number;
  /**
   * Run each chunk under EXPLAIN (ANALYZE) and collect the time of every trigger it fired (the statement's
   * rows are written all the same). Costs some instrumentation; for measuring, not for filling.
   */
  explain?: boolean;
  /** Called after every chunk. */
  onChunk?: (done: number, total: number, seconds: number) => void;
}

export interface FillResult {
  households: number;
  yearRows: number;
  members: number;
  seconds: number;
  /** With `explain`: the executor's time and each trigger's, summed over the chunks, in ms. */
  explained?: { executionMs: number; triggers: TriggerTime[] };
}

export interface TriggerTime {
  name: string;
  relation: string;
  ms: number;
  calls: number;
}

interface ExplainOutput {
  'Execution Time': number;
  Triggers?: { 'Trigger Name': string; Relation: string; Time: number; Calls: number }[];
}

interface ChunkOutcome {
  households: number;
  years: number;
  members: number;
  explained?: ExplainOutput;
}

/** `CASE WHEN r < 0.62 THEN '01' WHEN … ELSE 'last' END` for a uniform draw `r` in [0, 1). */
function weighted(draw: string, weights: Weights): string {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  let cumulative = 0;
  const branches = weights.slice(0, -1).map(([value, w]) => {
    cumulative += w;
    return `WHEN ${draw} < ${cumulative / total} THEN '${value}'`;
  });
  return `CASE ${branches.join(' ')} ELSE '${weights.at(-1)?.[0]}' END`;
}

function statusWeights(year: number): Weights {
  const notExited = year >= 2020 ? 0.02 : (NOT_EXITED[year] ?? 1);
  const returned = year >= 2016 ? 0.012 : 0;
  const cancelled = year >= 2015 ? 0.02 : 0;
  return [
    ['01', notExited],
    ['03', returned],
    ['04', cancelled],
    ['02', Math.max(0, 1 - notExited - returned - cancelled)],
  ];
}

function statusSql(years: readonly number[]): string {
  const arms = years.map((y) => `WHEN ${y} THEN ${weighted('hs.r_status', statusWeights(y))}`);
  return `CASE yr ${arms.join(' ')} END`;
}

/**
 * Members k = 1..size of household number i: head (male), spouse (female), then sons and daughters. The ID
 * number is county + birth date + order code + MOD 11-2 check character. Birth date = role base + i mod
 * SPREAD_DAYS; order = ((i div SPREAD_DAYS) × 4 + k − 1) × 2 + (1 if male): the order code fixes the block
 * and slot and the date the rest of i, so no two members share an ID number.
 */
function memberSql(county: string): string {
  const person = `
    SELECT hs.id, hs.i, k, left(hs.region, 6) AS county,
           CASE WHEN k = 1 THEN '1' WHEN k = 2 THEN '2' WHEN (hs.i + k) % 2 = 0 THEN '1' ELSE '2' END AS sex,
           CASE WHEN k <= 2 THEN date '1945-01-01' + (k - 1) * 700 ELSE date '1975-01-01' + (k - 3) * 700 END
             + (hs.i % ${SPREAD_DAYS})::int AS birth
    FROM hs CROSS JOIN LATERAL generate_series(1, hs.size) k`;
  const coded = `
    SELECT p.*, '${county}' || to_char(p.birth, 'YYYYMMDD')
             || lpad((((p.i / ${SPREAD_DAYS}) * 4 + p.k - 1) * 2 + CASE WHEN p.sex = '1' THEN 1 ELSE 0 END)::text, 3, '0')
             AS first17
    FROM (${person}) p`;
  return `
    m AS (
      INSERT INTO members (household_id, county_code, name, id_number, sex, birth_date, relation, education,
                           student_status, health, labour, medical_insurance)
      SELECT c.id, c.county,
             substr('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗', 1 + ((c.i + CASE WHEN c.k = 2 THEN 7 ELSE 0 END) % 20)::int, 1)
               || substr('伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂', 1 + ((c.i * 4 + c.k) * 7 % 24)::int, 1)
               || substr('伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂', 1 + ((c.i * 4 + c.k) * 11 % 24)::int, 1),
             c.first17 || substr('10X98765432', 1 + (
               SELECT sum(substr(c.first17, n, 1)::int * (ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[n])
               FROM generate_series(1, 17) n)::int % 11, 1),
             c.sex, c.birth,
             CASE WHEN c.k = 1 THEN '01' WHEN c.k = 2 THEN '02' WHEN c.sex = '1' THEN '03' ELSE '04' END,
             '3', CASE WHEN c.k <= 2 THEN '0' ELSE '3' END, '1', '1', true
      FROM (${coded}) c
      RETURNING 1)`;
}

function chunkSql(options: FillOptions): string {
  const sizes = options.members ? SIZES_WITH_MEMBERS : SIZES;
  return `
    WITH draw AS MATERIALIZED (
      SELECT i, random() AS r_village, random() AS r_status, random() AS r_type, random() AS r_cause,
             random() AS r_size, random() AS r_income
      FROM generate_series($1::bigint, $2::bigint) i
    ), src AS MATERIALIZED (
      SELECT i, 'B' || lpad(i::text, 9, '0') AS household_no,
             ($3::text[])[1 + floor(r_village * cardinality($3::text[]))::int] AS region,
             r_status, ${weighted('r_type', TYPES)} AS household_type, ${weighted('r_cause', CAUSES)} AS main_cause,
             (${weighted('r_size', sizes)})::int AS size, round((1500 + r_income * 20000)::numeric, -1) AS wages
      FROM draw
    ), h AS (
      INSERT INTO households (household_no, county_code, region_code, identification_standard, identified_year,
                              safe_water, road_access)
      SELECT household_no, left(region, 6), region, '1', 2014, true, true FROM src ORDER BY i
      RETURNING id, household_no
    ), hs AS MATERIALIZED (
      SELECT h.id, src.* FROM h JOIN src ON src.household_no = h.household_no
    ), y AS (
      INSERT INTO household_years (household_id, year, region_code, status, household_type, main_cause, size,
                                   wage_income, business_income, transfer_income, business_costs,
                                   food_secure, clothing_secure, education_secure, medical_secure,
                                   housing_secure, water_secure)
      SELECT hs.id, yr, hs.region, ${statusSql(options.years)}, hs.household_type, hs.main_cause, hs.size,
             hs.wages, round(hs.wages * 0.3, -1), 1200 + 300 * hs.size, round(hs.wages * 0.1, -1),
             true, true, true, true, true, true
      FROM hs CROSS JOIN unnest($4::smallint[]) yr
      RETURNING 1
    )${options.members ? `, ${memberSql(options.county)}` : ''}
    SELECT (SELECT count(*) FROM h) AS households, (SELECT count(*) FROM y) AS years,
           ${options.members ? '(SELECT count(*) FROM m)' : '0'} AS members`;
}

export async function countyVillages(db: Db, county: string): Promise<string[]> {
  const [lo, hi] = subtreeRange(padCode(county));
  const rows = await db.query<{ code: string }>(
    'SELECT code FROM regions WHERE level = 5 AND code BETWEEN $1 AND $2 ORDER BY code',
    [lo, hi],
  );
  return rows.map((r) => r.code);
}

async function runChunk(tx: Tx, sql: string, params: unknown[], o: FillOptions): Promise<ChunkOutcome> {
  if (!o.explain) {
    const [counts] = await tx.query<ChunkOutcome>(sql, params);
    return counts ?? { households: 0, years: 0, members: 0 };
  }
  const [row] = await tx.query<{ 'QUERY PLAN': ExplainOutput[] }>(
    `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
    params,
  );
  const explained = row?.['QUERY PLAN'][0];
  // EXPLAIN returns the plan, not the counts: the yearly rows follow from the range (no members, see fillRegistry).
  const households = Number(params[1]) - Number(params[0]) + 1;
  return { households, years: households * o.years.length, members: 0, ...(explained ? { explained } : {}) };
}

async function fillChunk(tx: Tx, sql: string, from: number, to: number, villages: string[], o: FillOptions) {
  // A seed per chunk: the same households on every run, different draws in every chunk.
  await tx.query('SELECT setseed($1)', [((from * 0.6180339887) % 1) * 2 - 1]);
  const counts = await runChunk(tx, sql, [from, to, villages, o.years], o);
  await recordAudit(tx, shellActor('bench', 'demo'), {
    action: 'bench.fill',
    entity: 'household',
    entityId: null,
    regionCode: padCode(o.county),
    after: { from, to, years: o.years },
  });
  return counts;
}

function addExplained(result: FillResult, explained: ExplainOutput): void {
  const sum = (result.explained ??= { executionMs: 0, triggers: [] });
  sum.executionMs += explained['Execution Time'];
  for (const t of explained.Triggers ?? []) {
    const known = sum.triggers.find((k) => k.name === t['Trigger Name'] && k.relation === t.Relation);
    if (known) {
      known.ms += t.Time;
      known.calls += t.Calls;
    } else sum.triggers.push({ name: t['Trigger Name'], relation: t.Relation, ms: t.Time, calls: t.Calls });
  }
}

/** Inserts `households` households (numbered B000000001 … unless `first` says otherwise) over the county's villages; see the file comment. */
export async function fillRegistry(db: Db, options: FillOptions): Promise<FillResult> {
  if (options.members && options.explain) throw new Error('explain counts no members: use one or the other');
  if (options.members && (options.first ?? 1) + options.households > MAX_HOUSEHOLDS_WITH_MEMBERS) {
    throw new Error(`with members, at most ${MAX_HOUSEHOLDS_WITH_MEMBERS} households (unique ID numbers)`);
  }
  const villages = await countyVillages(db, options.county);
  if (villages.length === 0) throw new Error(`no villages of ${options.county} loaded`);
  const sql = chunkSql(options);
  const chunk = options.chunk ?? 100_000;
  const result: FillResult = { households: 0, yearRows: 0, members: 0, seconds: 0 };
  const start = performance.now();
  const first = options.first ?? 1;
  const last = first + options.households - 1;
  for (let from = first; from <= last; from += chunk) {
    const to = Math.min(last, from + chunk - 1);
    const counts = await db.transaction((tx) => fillChunk(tx, sql, from, to, villages, options));
    result.households += Number(counts.households);
    result.yearRows += Number(counts.years);
    result.members += Number(counts.members);
    if (counts.explained) addExplained(result, counts.explained);
    result.seconds = (performance.now() - start) / 1000;
    options.onChunk?.(result.households, options.households, result.seconds);
  }
  return result;
}
