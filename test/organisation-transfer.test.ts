import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { MASKED_NOTE } from '../src/modules/organisation/workbook.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { createCadre, pairHousehold } from './support/casework.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { poorHouseholdInput } from './support/factories.ts';
import { multipartFile } from './support/multipart.ts';
import { seedHousehold } from './support/seed.ts';
import { createTestServer } from './support/server.ts';

const VILLAGE = '371324106201';
const TOWN = '371324106000';
const COUNTY = '371324000000';
const OTHER_COUNTY = '371302000000';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let db: TestDb;
let app: App;
let admin: LoggedIn;
let town: LoggedIn;
let inspector: LoggedIn;
let outsider: LoggedIn;
let householdNo: string;
let household2No: string;

interface Outcome {
  created: number;
  updated: number;
  unchanged: number;
  errors: { sheet: string; row: number; field?: string; code: string; message: { zh: string; en: string } }[];
}

const exportOf = (who: LoggedIn, region = COUNTY) =>
  app.inject({
    method: 'GET',
    url: `/api/v1/organisation/export.xlsx?region=${region}`,
    headers: { cookie: who.cookie },
  });
const upload = (who: LoggedIn, content: Buffer | string, name = 'org.xlsx') => {
  const { payload, contentType } = multipartFile(name, content, XLSX);
  return app.inject({
    method: 'POST',
    url: '/api/v1/organisation/import',
    headers: { cookie: who.cookie, 'content-type': contentType },
    payload,
  });
};
async function workbookOf(body: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book;
}
/** A sheet's rows as arrays of cell values (the first cell of a row at index 0). */
const rowsOf = (book: ExcelJS.Workbook, name: string) => {
  const rows: unknown[][] = [];
  book.getWorksheet(name)!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
};
const count = async (sql: string, params: unknown[] = []) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  admin = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
  town = await loginAs(app, [{ role: 'town_official', regionCode: TOWN }]);
  inspector = await loginAs(app, [{ role: 'inspector', regionCode: COUNTY }]);
  outsider = await loginAs(app, [{ role: 'county_admin', regionCode: OTHER_COUNTY }]);
  const unit = await app.inject({
    method: 'POST',
    url: '/api/v1/units',
    headers: { cookie: admin.cookie },
    payload: { regionCode: COUNTY, name: '县农业农村局', level: 'county', kind: 'party_government' },
  });
  const unitId = unit.json<{ id: number }>().id;
  const cadreId = await createCadre(app, admin.cookie, {
    regionCode: COUNTY,
    name: '王帮扶',
    phone: '13900001111',
    unitId,
  });
  const h = poorHouseholdInput(VILLAGE);
  householdNo = h.householdNo;
  const { id } = await seedHousehold(app, undefined, h);
  await pairHousehold(app, admin.cookie, { cadreId, householdId: id, from: '2026-01-05' });
  const h2 = poorHouseholdInput(VILLAGE);
  household2No = h2.householdNo;
  await seedHousehold(app, undefined, h2);
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

describe('the organisation export', () => {
  it('writes the sheets of the region with whole phones for a reader of personal data, on record', async () => {
    const res = await exportOf(admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const book = await workbookOf(res.rawPayload);
    expect(book.worksheets.map((s) => s.name)).toEqual(['说明', '单位', '党支部', '工作队', '干部', '结对']);
    expect(rowsOf(book, '单位')).toEqual([
      ['行政区划代码', '单位名称', '单位级别', '单位类型'],
      ['region code', 'unit name', 'level', 'kind'],
      [COUNTY, '县农业农村局', '县级', '党政机关'],
    ]);
    expect(rowsOf(book, '干部')[2]).toEqual([COUNTY, '王帮扶', '县农业农村局', undefined, '13900001111']);
    expect(rowsOf(book, '结对')[2]).toEqual(['王帮扶', '13900001111', householdNo, '2026-01-05']);
    expect(rowsOf(book, '说明').flat()).not.toContain(MASKED_NOTE);
    const [audit] = await db.query<{ after: Record<string, unknown>; source: string }>(
      `SELECT after, source FROM audit_log WHERE action = 'organisation.export' AND region_code = $1
       ORDER BY id DESC LIMIT 1`,
      [COUNTY],
    );
    expect(audit?.after).toMatchObject({ units: 1, cadres: 1, pairings: 1, personalData: true });
  });

  it('masks the phones with the one presenter for a reader without personal data, and says so', async () => {
    const book = await workbookOf((await exportOf(inspector)).rawPayload);
    const phone = rowsOf(book, '干部')[2]![4] as string;
    expect(phone).toMatch(/\*/);
    expect(phone).not.toBe('13900001111');
    expect(rowsOf(book, '结对')[2]![1]).toBe(phone);
    expect(rowsOf(book, '说明').flat()).toContain(MASKED_NOTE);
  });

  it('answers 404 for a region outside the reader’s', async () => {
    expect((await exportOf(outsider)).statusCode).toBe(404);
    expect((await exportOf(outsider, OTHER_COUNTY)).statusCode).toBe(200);
  });
});

/** The admin's export with rows added to its sheets. */
async function editedExport(rows: Record<string, unknown[][]>): Promise<Buffer> {
  const book = await workbookOf((await exportOf(admin)).rawPayload);
  for (const [sheet, added] of Object.entries(rows)) book.getWorksheet(sheet)!.addRows(added);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('the organisation import', () => {
  let file: Buffer;
  let burdenBefore: number;
  beforeAll(async () => {
    file = await editedExport({
      单位: [
        [COUNTY, '县水利局', '县级', '事业单位'], // row 4: new
        [COUNTY, '县坏单位', '宇宙级', '其他'], // row 5: a level that is none
      ],
      党支部: [[VILLAGE, '测试村', '导入村党支部', '刘书记', 31]], // row 3
      干部: [
        [COUNTY, '李导入', '县水利局', '科员', '13700002222'], // row 4: unit of row 4 above
        [COUNTY, '赵无单位', '不存在局', null, '13700003333'], // row 5: unknown unit
        [COUNTY, '钱电话', null, null, 'abc'], // row 6: a phone that is none
      ],
      结对: [
        ['李导入', '13700002222', household2No, '2026-02-01'], // row 4
        ['李导入', '13700002222', 'NO-SUCH-HOUSEHOLD', '2026-02-01'], // row 5
      ],
    });
  });

  it('writes the good rows and reports each refused one by sheet, Excel row and column', async () => {
    burdenBefore = (
      await db.query<{ id: number }>('SELECT coalesce(max(id), 0)::int AS id FROM burden_entries')
    )[0]!.id;
    const res = await upload(admin, file);
    expect(res.statusCode).toBe(200);
    const out = res.json<Outcome>();
    expect(out.errors.map(({ sheet, row, field, code }) => ({ sheet, row, field, code }))).toEqual([
      { sheet: '单位', row: 5, field: '单位级别', code: 'INVALID_VALUE' },
      { sheet: '干部', row: 5, field: '单位', code: 'UNKNOWN_UNIT' },
      { sheet: '干部', row: 6, field: '电话', code: 'INVALID_FORMAT' },
      { sheet: '结对', row: 5, field: '户编号', code: 'UNKNOWN_HOUSEHOLD' },
    ]);
    for (const e of out.errors) expect(e.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(out.errors[1]!.message).toEqual({
      zh: '没有这个帮扶单位：不存在局',
      en: 'No such unit: 不存在局',
    });
    // Unit, branch, cadre and pairing created; the exported rows are as they were.
    expect(out).toMatchObject({ created: 4, updated: 0, unchanged: 3 });
    expect(await count("org_units WHERE name IN ('县坏单位')")).toBe(0);
    expect(await count("cadres WHERE name IN ('赵无单位', '钱电话')")).toBe(0);
    expect(await count("party_branches WHERE name = '导入村党支部' AND members_count = 31")).toBe(1);
    // The pairing keeps the household's cadre fields in step.
    const [h] = await db.query<{ cadreName: string; cadreUnit: string; cadrePhone: string }>(
      `SELECT cadre_name AS "cadreName", cadre_unit AS "cadreUnit", cadre_phone AS "cadrePhone"
       FROM households WHERE household_no = $1`,
      [household2No],
    );
    expect(h).toEqual({ cadreName: '李导入', cadreUnit: '县水利局', cadrePhone: '13700002222' });
  });

  it('records the writes as the import’s: audited with source import, no typing on the burden meter', async () => {
    const audit = await db.query<{ action: string; source: string }>(
      `SELECT action, source FROM audit_log WHERE action IN ('unit.create', 'cadre.create', 'pairing.create')
       AND after::text LIKE ANY (ARRAY['%县水利局%', '%李导入%', '%2026-02-01%']) ORDER BY id`,
    );
    expect(audit.map((a) => `${a.action}:${a.source}`)).toEqual([
      'unit.create:import',
      'cadre.create:import',
      'pairing.create:import',
    ]);
    const [burden] = await db.query<{ typed: number; prefilled: number }>(
      `SELECT sum(typed)::int AS typed, sum(prefilled)::int AS prefilled FROM burden_entries
       WHERE user_id = $1 AND id > $2`,
      [admin.userId, burdenBefore],
    );
    expect(burden).toEqual({ typed: 0, prefilled: expect.any(Number) });
    expect(burden!.prefilled).toBeGreaterThan(0);
  });

  it('is idempotent: the same file again creates and changes nothing', async () => {
    const out = (await upload(admin, file)).json<Outcome>();
    expect(out).toMatchObject({ created: 0, updated: 0 });
    expect(out.errors).toHaveLength(4);
    expect(await count("org_units WHERE name = '县水利局'")).toBe(1);
    expect(await count("cadres WHERE name = '李导入'")).toBe(1);
  });

  it('updates a record matched by its key', async () => {
    const changed = await editedExport({});
    const book = await workbookOf(changed);
    const branches = book.getWorksheet('党支部')!;
    const row = branches.getRow(3);
    // The export lists the branch the import made, under the headers.
    expect(row.getCell(3).value).toBe('导入村党支部');
    row.getCell(5).value = 40;
    const out = (await upload(admin, Buffer.from(await book.xlsx.writeBuffer()))).json<Outcome>();
    expect(out).toMatchObject({ created: 0, updated: 1, errors: [] });
    expect(await count("party_branches WHERE name = '导入村党支部' AND members_count = 40")).toBe(1);
  });

  it('imports a work team from its member rows, once', async () => {
    const member = (name: string, phone: string, role: string) => [
      VILLAGE,
      '测试村',
      '县水利局',
      '2025-03-01',
      '2027-03-01',
      name,
      phone,
      role,
      null,
      null,
    ];
    const team = await editedExport({
      干部: [
        [COUNTY, '队长甲', '县水利局', '队长', '13600000001'],
        [COUNTY, '书记乙', '县水利局', '第一书记', '13600000002'],
        [COUNTY, '队员丙', null, null, '13600000003'],
      ],
      工作队: [
        member('队长甲', '13600000001', '队长'),
        member('书记乙', '13600000002', '第一书记'),
        member('队员丙', '13600000003', '队员'),
      ],
    });
    const first = (await upload(admin, team)).json<Outcome>();
    expect(first.errors.filter((e) => e.sheet === '工作队')).toEqual([]);
    expect(first.created).toBe(4); // three cadres and the team
    const members = await db.query<{ name: string; role: string }>(
      `SELECT c.name, m.role FROM work_team_members m JOIN cadres c ON c.id = m.cadre_id
       JOIN work_teams t ON t.id = m.team_id WHERE t.village_code = $1 ORDER BY m.id`,
      [VILLAGE],
    );
    expect(members).toEqual([
      { name: '队长甲', role: 'leader' },
      { name: '书记乙', role: 'first_secretary' },
      { name: '队员丙', role: 'member' },
    ]);
    // The team's own export (its rows now written by the server) comes back unchanged.
    const again = (await upload(admin, (await exportOf(admin)).rawPayload)).json<Outcome>();
    expect(again).toMatchObject({ created: 0, updated: 0, errors: [] });
  });

  it('refuses a file that is no workbook, lacks columns or is a masked export: 422, nothing written', async () => {
    const before = await count('audit_log');
    const junk = await upload(admin, 'not,a,workbook\n1,2,3\n', 'org.csv');
    expect(junk.statusCode).toBe(422);
    expect(junk.json<{ error: { code: string } }>().error.code).toBe('ORG_IMPORT_NOT_XLSX');

    const book = new ExcelJS.Workbook();
    book.addWorksheet('单位').addRows([
      ['行政区划代码', '单位名称'],
      [COUNTY, '缺列单位'],
    ]);
    const missing = await upload(admin, Buffer.from(await book.xlsx.writeBuffer()));
    expect(missing.statusCode).toBe(422);
    expect(missing.json<{ error: { code: string; details: unknown } }>().error).toMatchObject({
      code: 'ORG_IMPORT_MISSING_COLUMNS',
      details: { sheet: '单位', missing: ['level', 'kind'] },
    });

    const masked = await upload(admin, (await exportOf(inspector)).rawPayload);
    expect(masked.statusCode).toBe(422);
    expect(masked.json<{ error: { code: string } }>().error.code).toBe('IMPORT_MASKED_EXPORT');
    // The two exports (inspector's) are the only rows on record since.
    expect(await count('audit_log')).toBe(before + 1);
    expect(await count("org_units WHERE name = '缺列单位'")).toBe(0);
  });

  it('needs a grant that keeps the organisation; rows outside it are refused, not written', async () => {
    expect((await upload(inspector, file)).statusCode).toBe(403);
    const out = (await upload(outsider, file)).json<Outcome>();
    expect(out.created + out.updated + out.unchanged).toBe(0);
    expect(out.errors.find((e) => e.sheet === '单位' && e.row === 3)?.code).toBe('NOT_FOUND');
    // The town keeps the village's branch (the file's 31 members again), not the county's units (404).
    const byTown = (await upload(town, file)).json<Outcome>();
    expect(byTown.errors.find((e) => e.sheet === '单位' && e.row === 3)?.code).toBe('NOT_FOUND');
    expect(byTown.errors.find((e) => e.sheet === '党支部')).toBeUndefined();
    expect(byTown).toMatchObject({ created: 0, updated: 1 });
  });
});
