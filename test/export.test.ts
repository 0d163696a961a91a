import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { runExport, runTemplate } from '../src/cli/export.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { generatePassword } from '../src/modules/auth/password.ts';
import { createUser } from '../src/modules/auth/users.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { makeIdNumber } from '../src/modules/registry/id-number.ts';
import { IMPORT_COLUMNS } from '../src/modules/registry/import/columns.ts';
import { importFile } from '../src/modules/registry/import/file.ts';
import { importRows } from '../src/modules/registry/import/pipeline.ts';
import { loginAs, randomUsername } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer } from './support/server.ts';

const TOWN = '371324106000';
const VILLAGE = '371324106202';
const OTHER_TOWN_VILLAGE = '371324107203';
const YEAR = 2024;
const shell = shellActor('test', 'import');
const dir = mkdtempSync(join(tmpdir(), 'zhenfu-export-'));

let db: TestDb;
let app: App;
const ids: string[] = [];

type Row = Record<string, string | number | null>;

function households(village: string, prefix: string, count: number): Row[] {
  const rows: Row[] = [];
  for (let h = 0; h < count; h += 1) {
    for (let i = 0; i < 3; i += 1) {
      const sex = i === 1 ? '2' : '1';
      const id = makeIdNumber(
        '371324',
        `19${60 + h}-0${1 + i}-1${h % 10}`,
        2 * (prefix.charCodeAt(0) % 400),
        sex,
      );
      ids.push(id);
      rows.push({
        household_no: `${prefix}${h}`,
        region_code: village,
        name: `${prefix}姓名${h}${i}`,
        id_number: id,
        relation: ['01', '02', '03'][i]!,
        sex,
        education: '3',
        household_type: '02',
        status: h % 2 === 0 ? '01' : '02',
        main_cause: '07',
        secondary_causes: '01、02',
        wage_income: 10000 + h,
        business_income: 12.5,
        property_income: 0,
        transfer_income: 300,
        business_costs: 0,
        land_area: 1.25,
        safe_water: '是',
        dibao: i === 0 ? 'yes' : null,
        phone: i === 0 ? `1391234000${h}` : null,
      });
    }
  }
  return rows;
}

async function* iterate<T>(rows: readonly T[]): AsyncGenerator<T> {
  yield* rows;
}

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await loadRegions(db, { county: '371324' });
  const rows = [...households(VILLAGE, 'E', 3), ...households(OTHER_TOWN_VILLAGE, 'F', 2)];
  const summary = await importRows(db, shell, iterate(rows), { year: YEAR, today: '2024-12-31' });
  expect(summary.households.imported).toBe(5);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

const exportUrl = (query: string) => `/api/v1/exports?${query}`;

describe('export', () => {
  it('streams the import format as CSV that imports back unchanged', async () => {
    const admin = await loginAs(app, [{ role: 'county_admin', regionCode: '371324000000' }]);
    const res = await app.inject({
      method: 'GET',
      url: exportUrl(`region=371324&year=${YEAR}&format=csv`),
      headers: { cookie: admin.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('zhenfu-371324-2024.csv');
    const rows = parse(res.body.replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(IMPORT_COLUMNS.map((c) => c.zh));
    expect(rows).toHaveLength(1 + 15);
    const head = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(head).toMatchObject({
      户编号: 'E0',
      与户主关系: '户主',
      户状态: '未脱贫',
      主要致贫原因: '缺技术',
      次要致贫原因: '因病、因残',
      饮水安全: '是',
      证件号码: ids[0],
    });

    const path = join(dir, 'round-trip.csv');
    writeFileSync(path, res.rawPayload);
    const outcome = await importFile(db, shell, path, { year: YEAR, today: '2024-12-31' });
    expect(outcome.summary).toEqual({
      households: { imported: 0, updated: 0, unchanged: 5, rejected: 0 },
      members: { imported: 0, updated: 0, rejected: 0 },
      errors: [],
    });
  });

  it('streams XLSX that imports back unchanged, filtered by status', async () => {
    const admin = await loginAs(app, [{ role: 'county_admin', regionCode: '371324000000' }]);
    const res = await app.inject({
      method: 'GET',
      url: exportUrl(`region=371324&year=${YEAR}&status=未脱贫`),
      headers: { cookie: admin.cookie },
    });
    expect(res.statusCode).toBe(200);
    const path = join(dir, 'round-trip.xlsx');
    writeFileSync(path, res.rawPayload);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(4).value).toBe(ids[0]);
    expect(sheet.rowCount).toBe(1 + 3 * 3);
    const outcome = await importFile(db, shell, path, { year: YEAR, today: '2024-12-31' });
    expect(outcome.summary.households).toEqual({ imported: 0, updated: 0, unchanged: 3, rejected: 0 });
  });

  it('masks ID numbers and phones for a town official and keeps to their town', async () => {
    const official = await loginAs(app, [{ role: 'town_official', regionCode: TOWN }]);
    const res = await app.inject({
      method: 'GET',
      url: exportUrl(`region=${TOWN.slice(0, 9)}&year=${YEAR}&format=csv`),
      headers: { cookie: official.cookie },
    });
    expect(res.statusCode).toBe(200);
    // The first row says the file is masked, the second is the header.
    const rows = parse(res.body.replace(/^\uFEFF/, '')).slice(2);
    expect(rows).toHaveLength(9);
    expect(rows.every((r) => /^371324\*{8}\d{3}[\dX]$/.test(r[3]!))).toBe(true);
    expect(rows[0]![IMPORT_COLUMNS.findIndex((c) => c.name === 'phone')]).toMatch(/^139\*{4}\d{4}$/);
    const outside = await app.inject({
      method: 'GET',
      url: exportUrl(`region=371324107&year=${YEAR}`),
      headers: { cookie: official.cookie },
    });
    expect(outside.statusCode).toBe(404);
  });

  it('exports what the list finds by the member search (q), as the list does', async () => {
    const admin = await loginAs(app, [{ role: 'county_admin', regionCode: '371324000000' }]);
    const exported = async (query: string) => {
      const res = await app.inject({
        method: 'GET',
        url: exportUrl(`region=371324&year=${YEAR}&format=csv&${query}`),
        headers: { cookie: admin.cookie },
      });
      expect(res.statusCode).toBe(200);
      const rows: string[][] = parse(res.body.replace(/^\uFEFF/, ''));
      return rows.slice(1).map((r) => r[0]);
    };
    const listed = async (query: string) => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/households?region=371324&year=${YEAR}&${query}`,
        headers: { cookie: admin.cookie },
      });
      return (res.json().items as { householdNo: string }[]).map((h) => h.householdNo).sort();
    };
    // A member's name (not only the head's), the last 6 characters of an ID number, a full ID number: every
    // active member of each household found, and the same households as the list.
    const byName = `q=${encodeURIComponent('F姓名11')}`;
    expect(await exported(byName)).toEqual(['F1', 'F1', 'F1']);
    expect(await listed(byName)).toEqual(['F1']);
    const tail = `q=${ids[7]!.slice(-6)}`;
    expect(await exported(tail)).toEqual(['E2', 'E2', 'E2']);
    expect(await listed(tail)).toEqual(['E2']);
    expect(await exported(`q=${ids[0]}`)).toEqual(['E0', 'E0', 'E0']);
    // With a code filter too; a search that finds nobody exports the header alone.
    expect(await exported(`q=${encodeURIComponent('E姓名')}&status=02`)).toEqual(['E1', 'E1', 'E1']);
    expect(await exported(`q=${encodeURIComponent('无此人')}`)).toEqual([]);
  });

  it('refuses an unknown filter code before streaming anything', async () => {
    const admin = await loginAs(app, [{ role: 'county_admin', regionCode: '371324000000' }]);
    const res = await app.inject({
      method: 'GET',
      url: exportUrl('region=371324&status=nonsense'),
      headers: { cookie: admin.cookie },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION');
  });

  it('zhenfu export writes the shell’s view, or with --user the user’s masked view', async () => {
    const stderr = Object.assign(process.stderr, {});
    const full = join(dir, 'cli.csv');
    expect(await runExport(db, full, { region: '371324', year: String(YEAR) }, { stderr })).toEqual({
      households: 5,
      rows: 15,
    });
    expect(readFileSync(full, 'utf8')).toContain(ids[0]);

    const username = randomUsername();
    await createUser(db, shellActor('test'), {
      username,
      displayName: '镇干部',
      password: generatePassword(),
      grants: [{ role: 'town_official', regionCode: TOWN }],
    });
    const masked = join(dir, 'cli-masked.csv');
    expect(
      await runExport(db, masked, { region: '371324106', year: String(YEAR), user: username }, { stderr }),
    ).toEqual({ households: 3, rows: 9 });
    expect(readFileSync(masked, 'utf8')).not.toContain(ids[0]);
    // Each export is on the record, before its first row: who, the filter, how many households, unmasked or not.
    const reads = await db.query<{ actor: string; source: string; regionCode: string; after: unknown }>(
      `SELECT actor, source, region_code AS "regionCode", after FROM audit_log
       WHERE action = 'registry.export' ORDER BY id DESC LIMIT 2`,
    );
    expect(reads).toEqual([
      {
        actor: username,
        source: 'cli',
        regionCode: TOWN,
        after: { filter: { region: TOWN, year: YEAR }, households: 3, personalData: false },
      },
      {
        actor: expect.any(String),
        source: 'cli',
        regionCode: '371324000000',
        after: { filter: { region: '371324000000', year: YEAR }, households: 5, personalData: true },
      },
    ]);
  });
});

describe('template', () => {
  it('offers the header row as CSV and, with column notes, as XLSX', async () => {
    const { cookie } = await loginAs(app, [{ role: 'village_cadre', regionCode: TOWN }]);
    const csv = await app.inject({ method: 'GET', url: '/api/v1/imports/template.csv', headers: { cookie } });
    expect(csv.statusCode).toBe(200);
    expect(csv.body.replace(/^\uFEFF/, '').trim()).toBe(IMPORT_COLUMNS.map((c) => c.zh).join(','));
    expect(IMPORT_COLUMNS.slice(0, 3).map((c) => c.zh)).toEqual(['户编号', '行政区划代码', '姓名']);

    const xlsx = await app.inject({
      method: 'GET',
      url: '/api/v1/imports/template.xlsx',
      headers: { cookie },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['导入 import', '填写说明 notes']);
    expect(workbook.worksheets[1]!.getRow(2).values).toContain('household_no');

    const path = join(dir, 'template.xlsx');
    await runTemplate(path);
    const fromCli = new ExcelJS.Workbook();
    await fromCli.xlsx.readFile(path);
    expect(fromCli.worksheets[0]!.getRow(1).getCell(1).value).toBe('户编号');
  });
});
