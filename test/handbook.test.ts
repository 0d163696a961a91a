import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { seedCasework, seedPairing } from './support/casework-seed.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { poorHouseholdInput } from './support/factories.ts';
import { insertOutsideRegions } from './support/notice-fixtures.ts';
import { seedHousehold } from './support/seed.ts';
import { createTestServer } from './support/server.ts';

const VILLAGE = '371324106201';
const TOWN = '371324106000';
const COUNTY = '371324000000';
const B_VILLAGE = '371302001001';
const CADRE_PHONE = '13712340001';

let db: TestDb;
let app: App;
let admin: LoggedIn;
let town: LoggedIn;
let paired: LoggedIn;
let mine: { id: number; no: string; headId: string };
let other: { id: number };
let outside: { id: number };

async function household(region: string) {
  const input = poorHouseholdInput(region);
  const { id } = await seedHousehold(app, undefined, input);
  return { id, no: input.householdNo, headId: input.members[0]!.idNumber };
}

const get = (url: string, who: LoggedIn) =>
  app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });

/** Every cell of every sheet, as text. */
async function cells(payload: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const out: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => out.push(cell.text))));
  return out;
}

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  await insertOutsideRegions(db);
  admin = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
  town = await loginAs(app, [{ role: 'town_official', regionCode: TOWN }]);
  paired = await loginAs(app, [{ role: 'paired_cadre', regionCode: COUNTY }]);
  mine = await household(VILLAGE);
  other = await household(VILLAGE);
  outside = await household(B_VILLAGE);
  const { cadreId } = await seedPairing(db, {
    regionCode: COUNTY,
    name: '李帮扶',
    phone: CADRE_PHONE,
    householdId: mine.id,
    from: '2026-01-05',
    userId: paired.userId,
  });
  await seedCasework(db, {
    householdId: mine.id,
    village: VILLAGE,
    cadreId,
    notes: `户主证件 ${mine.headId} 已核对`,
    problem: '慢性病未办理签约服务',
    measure: '发放鸡苗 200 只',
  });
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

describe('the household handbook (帮扶手册)', () => {
  it('is a PDF generated from the records, audited as a download', async () => {
    const res = await get(`/api/v1/households/${mine.id}/handbook.pdf`, admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // pdfkit draws text as glyph ids of the embedded subset: the contents are checked in the XLSX (same book).
    expect(res.headers['content-disposition']).toContain(`handbook-${mine.no}.pdf`);
    const [audit] = await db.query<{ entity_id: string; after: { format: string; personalData: boolean } }>(
      `SELECT entity_id, after FROM audit_log WHERE action = 'handbook.download' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toMatchObject({ entity_id: String(mine.id), after: { format: 'pdf', personalData: true } });
  });

  it('holds household, members, income, guarantees, cadre, visits, problems and measures in the XLSX', async () => {
    const res = await get(`/api/v1/households/${mine.id}/handbook.xlsx`, admin);
    expect(res.statusCode).toBe(200);
    const text = await cells(res.rawPayload);
    for (const expected of [
      '帮扶手册',
      mine.no,
      mine.headId,
      '测试村',
      '工资性收入',
      '不愁吃',
      '李帮扶',
      CADRE_PHONE,
      '2026-06-20 09:30',
      '慢性病未办理签约服务',
      '发放鸡苗 200 只',
      '产业帮扶',
    ])
      expect(
        text.some((t) => t.includes(expected)),
        expected,
      ).toBe(true);
  });

  it("names who took a problem's step by the person, not the login", async () => {
    const [problem] = await db.query<{ id: number; version: number }>(
      'SELECT id::int, version FROM problems WHERE household_id = $1',
      [mine.id],
    );
    const started = await app.inject({
      method: 'POST',
      url: `/api/v1/problems/${problem!.id}/actions`,
      headers: { cookie: paired.cookie },
      payload: { action: 'start', version: problem!.version, date: '2026-06-22' },
    });
    expect(started.statusCode, started.body).toBe(200);
    const text = await cells((await get(`/api/v1/households/${mine.id}/handbook.xlsx`, admin)).rawPayload);
    // The step's row: the paired cadre's name (their cadre record), never their username.
    expect(text.filter((t) => t === '李帮扶').length).toBeGreaterThanOrEqual(2);
    expect(text.some((t) => t.includes(paired.username))).toBe(false);
  });

  it('masks ID numbers and phones, in cells and in free text, for a role without personal data', async () => {
    const res = await get(`/api/v1/households/${mine.id}/handbook.xlsx`, town);
    expect(res.statusCode).toBe(200);
    const text = (await cells(res.rawPayload)).join('\n');
    expect(text).toContain(mine.no);
    expect(text).not.toContain(mine.headId);
    expect(text).not.toContain(mine.headId.slice(6, 14)); // no birth date either: it would rebuild the ID
    expect(text).toContain(`${mine.headId.slice(0, 6)}`);
    expect(text).not.toContain(CADRE_PHONE);
  });

  it('lets a paired cadre have the handbook of their own household only', async () => {
    const own = await get(`/api/v1/households/${mine.id}/handbook.xlsx`, paired);
    expect(own.statusCode).toBe(200);
    expect((await cells(own.rawPayload)).join('\n')).toContain(mine.headId);
    expect((await get(`/api/v1/households/${other.id}/handbook.xlsx`, paired)).statusCode).toBe(404);
    expect((await get(`/api/v1/households/${other.id}/handbook.pdf`, paired)).statusCode).toBe(404);
  });

  it('answers 404 outside the caller’s regions', async () => {
    expect((await get(`/api/v1/households/${outside.id}/handbook.pdf`, admin)).statusCode).toBe(404);
    expect((await get(`/api/v1/households/${outside.id}/handbook.xlsx`, town)).statusCode).toBe(404);
  });

  it('answers 503 in both languages without a CJK font', async () => {
    process.env.ZHENFU_PDF_FONT = '/nonexistent/font.ttf';
    try {
      const res = await get(`/api/v1/households/${mine.id}/handbook.pdf`, admin);
      expect(res.statusCode).toBe(503);
      expect(res.json().error).toMatchObject({ code: 'PDF_FONT_UNAVAILABLE' });
      expect(res.json().error.message.zh).toContain('中文字体');
    } finally {
      delete process.env.ZHENFU_PDF_FONT;
    }
  });
});

describe('the village dossier (一村一档)', () => {
  it('sums the village without personal data', async () => {
    const res = await get(`/api/v1/villages/${VILLAGE}/dossier.xlsx`, town);
    expect(res.statusCode).toBe(200);
    const text = (await cells(res.rawPayload)).join('\n');
    for (const expected of [
      '一村一档',
      '测试村',
      '车辋镇',
      '兰陵县',
      '李帮扶',
      '贫困发生率',
      '产业帮扶',
      '未脱贫',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain(mine.headId);
    expect(text).not.toContain(CADRE_PHONE);
    const [audit] = await db.query<{ entity_id: string }>(
      `SELECT entity_id FROM audit_log WHERE action = 'dossier.download' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit?.entity_id).toBe(VILLAGE);
  });

  it('is a PDF too', async () => {
    const res = await get(`/api/v1/villages/${VILLAGE}/dossier.pdf`, admin);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('answers 404 for another county, a region that is not a village, and a paired cadre', async () => {
    expect((await get(`/api/v1/villages/${B_VILLAGE}/dossier.xlsx`, admin)).statusCode).toBe(404);
    expect((await get(`/api/v1/villages/${TOWN}/dossier.xlsx`, admin)).statusCode).toBe(404);
    expect((await get(`/api/v1/villages/${VILLAGE}/dossier.pdf`, paired)).statusCode).toBe(404);
  });
});
