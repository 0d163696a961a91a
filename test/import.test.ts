import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../src/cli/import.ts';
import { shellActor, type Actor } from '../src/modules/auth/actor.ts';
import { compareStats } from '../src/modules/measure/stats.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { makeIdNumber } from '../src/modules/registry/id-number.ts';
import { updateHousehold } from '../src/modules/registry/commands/update-household.ts';
import { updateMember } from '../src/modules/registry/commands/update-member.ts';
import { householdHistory } from '../src/modules/registry/queries.ts';
import { CSV_OPTIONS, csvRecords } from '../src/modules/registry/import/csv-records.ts';
import { UnreadableFileError } from '../src/modules/registry/import/errors.ts';
import { importFile } from '../src/modules/registry/import/file.ts';
import {
  importRows,
  type ImportOptions,
  type ImportSummary,
} from '../src/modules/registry/import/pipeline.ts';
import { createTestDb, type TestDb } from './support/db.ts';

const VILLAGE = '371324106202';
const OTHER_TOWN_VILLAGE = '371324107203';
const YEAR = 2024;
const OPTIONS: ImportOptions = { year: YEAR, today: '2024-12-31' };

let db: TestDb;
const shell: Actor = shellActor('test', 'import');
const dir = mkdtempSync(join(tmpdir(), 'zhenfu-import-'));

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
});
afterAll(() => db.dispose());

type Row = Record<string, string | number | null>;

/** A unique valid ID number per call (birth dates one day apart). */
let people = 0;
function idNumber(sex: '1' | '2'): string {
  people += 1;
  const date = new Date(Date.UTC(1950, 0, 1) + people * 86_400_000).toISOString().slice(0, 10);
  return makeIdNumber('371324', date, 100, sex);
}

let households = 0;
/** A household of `size` members (head, spouse, children) in the import format, Chinese headers. */
function household(size = 3, overrides: Row = {}, prefix = 'T'): Row[] {
  households += 1;
  const no = `${prefix}${String(households).padStart(5, '0')}`;
  return Array.from({ length: size }, (_, i) => {
    const sex = i === 1 ? '2' : '1';
    return {
      户编号: no,
      行政区划代码: VILLAGE,
      姓名: `成员${households}-${i}`,
      证件号码: idNumber(sex),
      与户主关系: i === 0 ? '01' : i === 1 ? '02' : '03',
      性别: sex,
      文化程度: '3',
      在校生状况: '1',
      健康状况: '1',
      劳动技能: '1',
      户类型: '01',
      户状态: '01',
      主要致贫原因: '01',
      工资性收入: 12000,
      生产经营性收入: 3000,
      财产性收入: 0,
      转移性收入: 1500,
      生产经营性支出: 800,
      联系电话: i === 0 ? '13812345678' : '',
      ...overrides,
    };
  });
}

async function* iterate<T>(rows: readonly T[]): AsyncGenerator<T> {
  yield* rows;
}

const run = (rows: readonly Row[], options: Partial<ImportOptions> = {}, actor: Actor = shell) =>
  importRows(db, actor, iterate(rows), { ...OPTIONS, ...options });

function csvFile(rows: readonly Row[], name = `f${Math.random().toString(36).slice(2)}.csv`): string {
  const headers = Object.keys(rows[0]!);
  const path = join(dir, name);
  writeFileSync(path, stringify([headers, ...rows.map((r) => headers.map((h) => r[h] ?? ''))]));
  return path;
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) x`, params);
  return row!.n;
}

const householdIds = (nos: string[]) =>
  db.query<{ id: number }>('SELECT id FROM households WHERE household_no = ANY($1::text[])', [nos]);
const nos = (rows: Row[]) => [...new Set(rows.map((r) => String(r.户编号)))];

describe('a good file', () => {
  /**
   * A good file of three households (3, 1 and 5 members). Every test makes its own, with household and ID
   * numbers no other test uses, so none of them depends on another having imported or edited it first.
   */
  const goodFile = (): Row[] => [...household(3), ...household(1), ...household(5)];

  /** A new good file, imported: the registry the re-import, update and history tests start from. */
  async function importedGoodFile(): Promise<Row[]> {
    const rows = goodFile();
    // What the first import writes is the first test's to check; here it only has to have happened.
    expect((await run(rows)).households).toEqual({ imported: 3, updated: 0, unchanged: 0, rejected: 0 });
    return rows;
  }

  it('imports every household and member, with statistics, history and one audit row per household', async () => {
    const rows = goodFile();
    const summary = await run(rows);
    expect(summary).toEqual({
      households: { imported: 3, updated: 0, unchanged: 0, rejected: 0 },
      members: { imported: 9, updated: 0, rejected: 0 },
      errors: [],
    });
    const ids = (await householdIds(nos(rows))).map((h) => String(h.id));
    expect(ids).toHaveLength(3);
    const audit = await db.query<{ entity_id: string; source: string; action: string }>(
      `SELECT entity_id, source, action FROM audit_log WHERE entity = 'household' AND entity_id = ANY($1::text[])`,
      [ids],
    );
    expect(audit.map((a) => a.entity_id).sort()).toEqual([...ids].sort());
    expect(audit.every((a) => a.source === 'import' && a.action === 'household.create')).toBe(true);
    // '*' history: one per household (its members inside it) and one for its facts.
    expect(
      await count(`SELECT 1 FROM change_history WHERE household_id = ANY($1::bigint[]) AND field = '*'`, [
        ids,
      ]),
    ).toBe(3 + 3);
    expect(await compareStats(db)).toEqual([]);
    const [head] = await db.query<{ phone: string; size: number; wage: number }>(
      `SELECT h.phone, y.size, y.wage_income AS wage FROM households h JOIN household_years y ON y.household_id = h.id AND y.year = $2
       WHERE h.household_no = $1`,
      [rows[0]!.户编号, YEAR],
    );
    expect(head).toEqual({ phone: '13812345678', size: 3, wage: 12000 });
  });

  it('answers what a household and its members looked like when created, masked for roles that need it', async () => {
    const rows = await importedGoodFile();
    const [{ id }] = (await householdIds([String(rows[0]!.户编号)])) as [{ id: number }];
    const members = await db.query<{ id: string }>(
      'SELECT id FROM members WHERE household_id = $1 ORDER BY id',
      [id],
    );
    const full = await householdHistory(db, shell, Number(id), { limit: 50 });
    const created = full.items.find((i) => i.action === 'household.create');
    const snapshot = JSON.parse(created!.newValue!) as {
      householdNo: string;
      phone: string;
      members: { id: number; idNumber: string; name: string; relation: string }[];
    };
    expect(snapshot.householdNo).toBe(rows[0]!.户编号);
    // Kept at rest masked (with a keyed hash the reader does not send), so every role reads the mask.
    expect(snapshot.phone).toBe('138****5678');
    expect(snapshot.members.map((m) => String(m.id))).toEqual(members.map((m) => String(m.id)));
    expect(snapshot.members.map((m) => m.idNumber)).toEqual(
      rows.slice(0, 3).map((r) => `${String(r.证件号码).slice(0, 6)}********${String(r.证件号码).slice(14)}`),
    );
    expect(created!.newValue).not.toContain('#hmac');
    expect(snapshot.members[0]).toMatchObject({ name: rows[0]!.姓名, relation: '01' });
    const facts = full.items.find((i) => i.action === 'household.facts' && i.year === YEAR);
    // The facts as household_years stores them (money with two decimals).
    expect(facts!.newValue).toContain('"wageIncome":12000.00');
    expect(JSON.parse(facts!.newValue!)).toMatchObject({
      status: '01',
      householdType: '01',
      mainCause: '01',
    });

    const inspector: Actor = {
      userId: null,
      username: 'inspector',
      source: 'api',
      grants: [{ role: 'inspector', regionCode: VILLAGE }],
      requestId: null,
    };
    const masked = await householdHistory(db, inspector, Number(id), { limit: 50 });
    const text = JSON.stringify(masked);
    for (const r of rows.slice(0, 3)) expect(text).not.toContain(String(r.证件号码));
    expect(text).not.toContain('13812345678');
    const maskedSnapshot = JSON.parse(
      masked.items.find((i) => i.action === 'household.create')!.newValue!,
    ) as {
      members: { idNumber: string; name: string }[];
    };
    expect(maskedSnapshot.members).toHaveLength(3);
    expect(maskedSnapshot.members[0]!.idNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect(maskedSnapshot.members[0]!.name).toBe(rows[0]!.姓名);
  });

  it('changes nothing when imported again: all unchanged, no audit, no history, same versions', async () => {
    const rows = await importedGoodFile();
    const before = await db.query('SELECT id, version FROM households ORDER BY id');
    const members = await db.query('SELECT id, version FROM members ORDER BY id');
    const audit = await count('SELECT 1 FROM audit_log');
    const history = await count('SELECT 1 FROM change_history');
    const summary = await run(rows);
    expect(summary).toEqual({
      households: { imported: 0, updated: 0, unchanged: 3, rejected: 0 },
      members: { imported: 0, updated: 0, rejected: 0 },
      errors: [],
    });
    expect(await db.query('SELECT id, version FROM households ORDER BY id')).toEqual(before);
    expect(await db.query('SELECT id, version FROM members ORDER BY id')).toEqual(members);
    expect(await count('SELECT 1 FROM audit_log')).toBe(audit);
    expect(await count('SELECT 1 FROM change_history')).toBe(history);
  });

  it('updates by household number from an edited file, with field history, new and closed members', async () => {
    const rows = await importedGoodFile();
    const edited = rows.map((r) => ({ ...r }));
    const first = edited.filter((r) => r.户编号 === rows[0]!.户编号);
    for (const r of first) r.工资性收入 = 15000; // a yearly fact
    first[2]!.文化程度 = '4'; // a member field
    const leaving = edited.indexOf(
      edited.find((r) => r.户编号 === rows[3]!.户编号 && r.与户主关系 === '01')!,
    );
    const third = edited.filter((r) => r.户编号 === rows[4]!.户编号);
    const dropped = third.at(-1)!;
    edited.splice(edited.indexOf(dropped), 1); // a member absent from the file is closed
    const newcomer = {
      ...third[0]!,
      姓名: '新成员',
      证件号码: idNumber('2'),
      与户主关系: '04',
      性别: '2',
      联系电话: '',
    };
    edited.push(newcomer);
    expect(leaving).toBeGreaterThanOrEqual(0);

    const summary = await run(edited);
    expect(summary.households).toEqual({ imported: 0, updated: 2, unchanged: 1, rejected: 0 });
    expect(summary.members).toEqual({ imported: 1, updated: 1, rejected: 0 });

    const [one, three] = await Promise.all([
      householdIds([String(rows[0]!.户编号)]),
      householdIds([String(rows[4]!.户编号)]),
    ]);
    const history = await db.query<{ field: string; old_value: string; new_value: string; action: string }>(
      `SELECT field, old_value, new_value, action FROM change_history WHERE household_id = $1 AND field <> '*' ORDER BY id`,
      [one[0]!.id],
    );
    expect(history).toEqual([
      { field: 'wageIncome', old_value: '12000', new_value: '15000', action: 'household.facts' },
      { field: 'education', old_value: '3', new_value: '4', action: 'member.update' },
    ]);
    const closed = await db.query<{ active: boolean; left_event: string }>(
      'SELECT active, left_event FROM members WHERE id_number = $1',
      [dropped.证件号码],
    );
    expect(closed).toEqual([{ active: false, left_event: 'other' }]);
    const events = await db.query<{ event: string; note: string }>(
      'SELECT event, note FROM member_events WHERE household_id = $1 ORDER BY id',
      [three[0]!.id],
    );
    expect(events).toEqual([
      { event: 'other', note: '导入 / import' },
      { event: 'other', note: '导入 / import' },
    ]);
    const [year] = await db.query<{ size: number }>(
      'SELECT size FROM household_years WHERE household_id = $1 AND year = $2',
      [three[0]!.id, YEAR],
    );
    expect(year!.size).toBe(5);
    const [versions] = await db.query<{ version: number }>('SELECT version FROM households WHERE id = $1', [
      one[0]!.id,
    ]);
    expect(versions!.version).toBe(2);
    expect(await compareStats(db)).toEqual([]);
    expect((await run(edited)).households).toEqual({ imported: 0, updated: 0, unchanged: 3, rejected: 0 });
  });

  it('writes the facts of another year as a new yearly row', async () => {
    const rows = await importedGoodFile();
    const summary = await run(
      rows.filter((r) => r.户编号 === rows[3]!.户编号),
      { year: 2025 },
    );
    expect(summary.households).toEqual({ imported: 0, updated: 1, unchanged: 0, rejected: 0 });
    expect(
      await count(
        'SELECT 1 FROM household_years y JOIN households h ON h.id = y.household_id WHERE h.household_no = $1',
        [rows[3]!.户编号],
      ),
    ).toBe(2);
    expect(await compareStats(db)).toEqual([]);
  });
});

describe('a file imported again', () => {
  // Households the file gives as the registry has them are skipped by one query (unchanged.ts); every kind of
  // difference must still reach the full comparison and be written.
  it('skips only what is unchanged: a move, a household column, the head’s phone or a registry edit are seen', async () => {
    const make = () => household(3, { natural_village: '东庄' });
    const [same, moved, village, phone, edited] = [make(), make(), make(), make(), make()];
    const noPhone = make();
    const first = [...same, ...moved, ...village, ...phone, ...edited, ...noPhone];
    expect((await run(first)).households.imported).toBe(6);

    const [member] = await db.query<{ id: number; version: number }>(
      'SELECT id, version FROM members WHERE id_number = $1',
      [edited[1]!.证件号码],
    );
    await db.transaction((tx) =>
      updateMember(
        tx,
        shell,
        Number(member!.id),
        { version: member!.version, name: '改过的名字' },
        '2024-12-31',
      ),
    );
    // The household's phone cleared in the registry while its head keeps hers: the file gives it back (a NULL
    // compared is a difference).
    const [cleared] = await db.query<{ id: number; version: number }>(
      'SELECT id, version FROM households WHERE household_no = $1',
      [nos(noPhone)[0]],
    );
    await db.transaction((tx) =>
      updateHousehold(
        tx,
        shell,
        Number(cleared!.id),
        { version: cleared!.version, phone: null },
        OPTIONS.today,
      ),
    );
    const again = [
      ...same,
      ...moved.map((r) => ({ ...r, 行政区划代码: OTHER_TOWN_VILLAGE })),
      ...village.map((r) => ({ ...r, natural_village: '西庄' })),
      ...phone.map((r) => (r.与户主关系 === '01' ? { ...r, 联系电话: '13900000000' } : r)),
      ...edited,
      ...noPhone,
    ];
    const summary = await run(again);
    expect(summary.households).toEqual({ imported: 0, updated: 5, unchanged: 1, rejected: 0 });
    const households = await db.query<{
      household_no: string;
      region_code: string;
      natural_village: string;
      phone: string;
    }>(
      'SELECT household_no, region_code, natural_village, phone FROM households WHERE household_no = ANY($1::text[]) ORDER BY household_no',
      [nos(again)],
    );
    expect(households.map((h) => [h.region_code, h.natural_village, h.phone])).toEqual([
      [VILLAGE, '东庄', '13812345678'],
      [OTHER_TOWN_VILLAGE, '东庄', '13812345678'],
      [VILLAGE, '西庄', '13812345678'],
      [VILLAGE, '东庄', '13900000000'],
      [VILLAGE, '东庄', '13812345678'],
      [VILLAGE, '东庄', '13812345678'],
    ]);
    const [restored] = await db.query<{ name: string }>('SELECT name FROM members WHERE id = $1', [
      member!.id,
    ]);
    expect(restored!.name).toBe(edited[1]!.姓名);
    expect((await run(again)).households).toEqual({ imported: 0, updated: 0, unchanged: 6, rejected: 0 });
    expect(await compareStats(db)).toEqual([]);
  });
});

describe('the standard a household is identified under', () => {
  const standardYear = async (no: string) => {
    const [row] = await db.query<{ year: number | null }>(
      `SELECT s.year FROM households h LEFT JOIN poverty_standards s ON s.id = h.standard_id
       WHERE h.household_no = $1`,
      [no],
    );
    return row!.year;
  };

  it('is the line of the year of identification, or of this year; a corrected year changes it', async () => {
    const identified = household(2, { 识别年度: '2015' });
    const unknown = household(2, { 识别年度: '' });
    await run([...identified, ...unknown], { today: '2020-06-30' });
    expect(await standardYear(nos(identified)[0]!)).toBe(2015);
    // No year in the file: the year of the import's today (2020 has a national line).
    expect(await standardYear(nos(unknown)[0]!)).toBe(2020);
    const corrected = identified.map((r) => ({ ...r, 识别年度: '2019' }));
    await run(corrected, { today: '2020-06-30' });
    expect(await standardYear(nos(identified)[0]!)).toBe(2019);
  });
});

describe('bad rows', () => {
  it('rejects a household with any bad row whole, reports each bad row, and imports the others', async () => {
    const good = household(2);
    const badId = household(3);
    // A wrong check character other than 0: an ID ending in 000 reads as one Excel rounded (and gets a hint).
    badId[1]!.证件号码 =
      String(badId[1]!.证件号码).slice(0, 17) + (String(badId[1]!.证件号码).endsWith('X') ? '1' : 'X');
    const unknownRegion = household(2, { 行政区划代码: '371324106999' });
    const town = household(1, { 行政区划代码: '371324106000' });
    const unknownCode = household(2);
    unknownCode[0]!.户状态 = '未知状态';
    unknownCode[1]!.户状态 = '未知状态';
    const disagree = household(3);
    disagree[2]!.工资性收入 = 99;
    const noHead = household(2, { 与户主关系: '03' });
    const twoHeads = household(2, { 与户主关系: '01' });
    twoHeads[1]!.性别 = '2';
    const sameIdTwice = household(2);
    sameIdTwice[1] = { ...sameIdTwice[1]!, 证件号码: String(sameIdTwice[0]!.证件号码), 性别: '1' };
    const sexWrong = household(2);
    sexWrong[1]!.性别 = '男';
    const inFileTwice = household(1);
    const other = household(2);
    other[1] = { ...other[1]!, 证件号码: String(inFileTwice[0]!.证件号码), 性别: '1' };
    const registered = household(1);
    await run(registered);
    const elsewhere = household(2);
    elsewhere[1] = { ...elsewhere[1]!, 证件号码: String(registered[0]!.证件号码), 性别: '1' };

    const file = [
      ...good,
      ...badId,
      ...unknownRegion,
      ...town,
      ...unknownCode,
      ...disagree,
      ...noHead,
      ...twoHeads,
      ...sameIdTwice,
      ...sexWrong,
      ...inFileTwice,
      ...other,
      ...elsewhere,
    ];
    const rowOf = (r: Row) => file.indexOf(r) + 2;
    const summary = await run(file);
    expect(summary.households).toEqual({ imported: 1, updated: 0, unchanged: 0, rejected: 12 });
    expect(summary.members).toEqual({ imported: 2, updated: 0, rejected: file.length - 2 });

    const expected = [
      { row: rowOf(badId[1]!), column: '证件号码', household_no: badId[1]!.户编号, code: 'ID_CHECKSUM' },
      ...unknownRegion.map((r) => ({
        row: rowOf(r),
        column: '行政区划代码',
        household_no: r.户编号,
        code: 'UNKNOWN_REGION',
      })),
      { row: rowOf(town[0]!), column: '行政区划代码', household_no: town[0]!.户编号, code: 'NOT_A_VILLAGE' },
      ...unknownCode.map((r) => ({
        row: rowOf(r),
        column: '户状态',
        household_no: r.户编号,
        code: 'UNKNOWN_CODE',
      })),
      {
        row: rowOf(disagree[2]!),
        column: '工资性收入',
        household_no: disagree[2]!.户编号,
        code: 'HOUSEHOLD_MISMATCH',
      },
      { row: rowOf(noHead[0]!), column: '与户主关系', household_no: noHead[0]!.户编号, code: 'NO_HEAD' },
      ...twoHeads.map((r) => ({
        row: rowOf(r),
        column: '与户主关系',
        household_no: r.户编号,
        code: 'TWO_HEADS',
      })),
      {
        row: rowOf(sameIdTwice[1]),
        column: '证件号码',
        household_no: sameIdTwice[1].户编号,
        code: 'DUPLICATE_IN_HOUSEHOLD',
      },
      {
        row: rowOf(sexWrong[1]!),
        column: '性别',
        household_no: sexWrong[1]!.户编号,
        code: 'SEX_CONTRADICTS_ID',
      },
      {
        row: rowOf(inFileTwice[0]!),
        column: '证件号码',
        household_no: inFileTwice[0]!.户编号,
        code: 'DUPLICATE_IN_FILE',
      },
      { row: rowOf(other[1]), column: '证件号码', household_no: other[1].户编号, code: 'DUPLICATE_IN_FILE' },
      {
        row: rowOf(elsewhere[1]),
        column: '证件号码',
        household_no: elsewhere[1].户编号,
        code: 'PERSON_IN_OTHER_HOUSEHOLD',
      },
    ].sort((a, b) => a.row - b.row);
    expect(summary.errors.map(({ message: _m, ...e }) => e)).toEqual(expected);
    // Messages are "中文 / English", the same as the API's for the shared rules.
    expect(summary.errors.find((e) => e.code === 'ID_CHECKSUM')!.message).toBe(
      '证件号码校验位错误 / ID number check character is wrong',
    );
    expect(summary.errors.find((e) => e.code === 'NO_HEAD')!.message).toBe(
      '户内必须有一名户主 / A household needs exactly one head',
    );

    const written = await db.query<{ household_no: string }>(
      'SELECT household_no FROM households WHERE household_no = ANY($1::text[])',
      [nos(file)],
    );
    expect(written.map((h) => h.household_no)).toEqual([good[0]!.户编号]);
    expect(await compareStats(db)).toEqual([]);
  });

  it('refuses a region outside the importing user’s write scope', async () => {
    const actor: Actor = {
      userId: null,
      username: 'town-official',
      source: 'import',
      requestId: null,
      grants: [{ role: 'town_official', regionCode: '371324106000' }],
    };
    const inside = household(1);
    const outside = household(2, { 行政区划代码: OTHER_TOWN_VILLAGE });
    const summary = await run([...inside, ...outside], {}, actor);
    expect(summary.households).toEqual({ imported: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(summary.errors.map((e) => e.code)).toEqual(['REGION_OUT_OF_SCOPE', 'REGION_OUT_OF_SCOPE']);
    expect(summary.errors[0]!.message).toContain(' / ');
  });

  it('refuses a file without the required columns, naming them, and writes nothing', async () => {
    const runs = await count('SELECT 1 FROM import_runs');
    const rows = household(1).map(({ 证件号码: _id, 户状态: _status, ...rest }) => rest);
    const error = await run(rows).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect((error as UnreadableFileError).code).toBe('IMPORT_MISSING_COLUMNS');
    expect((error as UnreadableFileError).messages.zh).toContain('证件号码 id_number');
    expect((error as UnreadableFileError).messages.en).toContain('户状态 status');
    expect(await count('SELECT 1 FROM households WHERE household_no = $1', [rows[0]!.户编号])).toBe(0);
    expect(await count('SELECT 1 FROM import_runs')).toBe(runs);
  });
});

describe('files', () => {
  it('reads CSV with English aliases (any case, spaces, full-width spaces), zh labels and Excel-stripped zeros', async () => {
    const rows: Row[] = household(3).map((r) => ({
      ...r,
      与户主关系: String(Number(r.与户主关系)),
      户状态: '未脱贫',
      主要致贫原因: '因病',
      户类型: '1',
      性别: r.性别 === '1' ? '男' : '女',
      文化程度: '3',
    }));
    const aliases: Record<string, string> = {
      户编号: ' Household_No ',
      证件号码: '\u3000ID_NUMBER',
      工资性收入: 'wage_income',
    };
    const renamed = rows.map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [aliases[k] ?? k, v])),
    );
    const outcome = await importFile(db, shell, csvFile(renamed), OPTIONS);
    expect(outcome.summary.households.imported).toBe(1);
    expect(outcome.summary.errors).toEqual([]);
    const members = await db.query<{ relation: string; sex: string }>(
      `SELECT m.relation, m.sex FROM members m JOIN households h ON h.id = m.household_id WHERE h.household_no = $1 ORDER BY m.id`,
      [rows[0]!.户编号],
    );
    expect(members).toEqual([
      { relation: '01', sex: '1' },
      { relation: '02', sex: '2' },
      { relation: '03', sex: '1' },
    ]);
  });

  it('reads a household whose rows are not adjacent, GB18030 text and quoted fields', async () => {
    const a = household(2, { 姓名: '王, "小"二' });
    const b = household(2);
    const path = join(dir, 'gbk.csv');
    const rows = [a[0]!, b[0]!, b[1]!, a[1]!];
    const headers = Object.keys(a[0]!);
    const text = stringify([headers, ...rows.map((r) => headers.map((h) => r[h] ?? ''))]);
    writeFileSync(path, Buffer.from(new Uint8Array(encodeGb18030(text))));
    const outcome = await importFile(db, shell, path, OPTIONS);
    expect(outcome.summary.households.imported).toBe(2);
    const [member] = await db.query<{ name: string }>('SELECT name FROM members WHERE id_number = $1', [
      a[1]!.证件号码,
    ]);
    expect(member!.name).toBe('王, "小"二');
  });

  it('reads XLSX (numbers for codes and region, Chinese labels), reporting sheet row numbers', async () => {
    const rows = household(2);
    const bad = household(1);
    bad[0]!.证件号码 = '123';
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('户');
    sheet.addRow(['村户花名册']); // a title above the header
    const headers = Object.keys(rows[0]!);
    sheet.addRow(headers);
    for (const r of [...rows, ...bad]) {
      sheet.addRow(
        headers.map((h) =>
          h === '与户主关系'
            ? Number(r[h])
            : h === '行政区划代码'
              ? Number(r[h])
              : h === '户状态'
                ? '未脱贫'
                : r[h],
        ),
      );
    }
    const path = join(dir, 'file.xlsx');
    await workbook.xlsx.writeFile(path);
    const outcome = await importFile(db, shell, path, OPTIONS);
    expect(outcome.summary.households).toEqual({ imported: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(outcome.summary.errors).toEqual([
      {
        row: 5,
        column: '证件号码',
        household_no: bad[0]!.户编号,
        code: 'ID_LENGTH',
        message: '证件号码必须为18位 / ID number must be 18 characters long',
      },
    ]);
  });

  it('splits CSV exactly as csv-parse does', async () => {
    const field = fc.oneof(
      fc.string(),
      fc.constantFrom('', '"', 'a"b', '"x"', 'a,b', 'l1\nl2', 'x\r\ny', ' '),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 7 }),
        async (records, cut) => {
          const text = stringify(records);
          const chunks = text.match(new RegExp(`[\\s\\S]{1,${cut}}`, 'g')) ?? [];
          const got: string[][] = [];
          for await (const r of csvRecords(iterate(chunks))) got.push(r);
          expect(got).toEqual(parse(text, CSV_OPTIONS));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a crash mid-way', () => {
  it('keeps the batches that committed, and a second run completes the rest', async () => {
    const rows = [
      ...household(1, {}, 'C'),
      ...household(2, {}, 'C'),
      ...household(1, {}, 'C'),
      ...household(2, {}, 'C'),
      ...household(1, {}, 'C'),
    ];
    const crash = run(rows, {
      batchSize: 2,
      beforeCommit: (batch) => {
        if (batch === 2) throw new Error('crash in batch 2');
      },
    });
    await expect(crash).rejects.toThrow('crash in batch 2');
    const written = await db.query<{ household_no: string }>(
      'SELECT household_no FROM households WHERE household_no = ANY($1::text[]) ORDER BY 1',
      [nos(rows)],
    );
    const committed = written.map((h) => h.household_no);
    // Batch 1 committed and batch 2 did not; on PostgreSQL batch 3 may have run beside batch 2.
    expect(committed.slice(0, 2)).toEqual(nos(rows).slice(0, 2));
    expect(committed).not.toContain(nos(rows)[2]);
    expect(committed).not.toContain(nos(rows)[3]);
    const summary = await run(rows, { batchSize: 2 });
    expect(summary.households).toEqual({
      imported: 5 - committed.length,
      updated: 0,
      unchanged: committed.length,
      rejected: 0,
    });
    expect(await count('SELECT 1 FROM households WHERE household_no = ANY($1::text[])', [nos(rows)])).toBe(5);
    expect(await compareStats(db)).toEqual([]);
  });
});

describe('zhenfu import', () => {
  function sink(): Writable & { text(): string } {
    const chunks: Buffer[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
    });
    return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
  }
  const io = () => ({
    stdout: sink(),
    stderr: Object.assign(sink(), { isTTY: false }) as unknown as NodeJS.WriteStream & { text(): string },
  });

  it('prints exactly one JSON summary with --json and writes the bad rows with --errors', async () => {
    const rows = [...household(2), ...household(1, { 户状态: '99' })];
    const out = io();
    const report = join(dir, 'errors.csv');
    const status = await runImport(
      db,
      csvFile(rows),
      { year: String(YEAR), json: true, errors: report },
      out,
    );
    expect(status).toBe(0);
    const summary = JSON.parse(out.stdout.text()) as ImportSummary;
    expect(Object.keys(summary)).toEqual(['households', 'members', 'errors']);
    expect(summary.households).toEqual({ imported: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(summary.errors).toEqual([
      {
        row: 4,
        column: '户状态',
        household_no: rows[2]!.户编号,
        code: 'UNKNOWN_CODE',
        message: '户状态代码无效：99 / Unknown household status code: 99',
      },
    ]);
    const lines = parse(readFileSync(report, 'utf8').replace(/^\uFEFF/, ''));
    expect(lines[1]).toEqual([
      '4',
      '户状态',
      String(rows[2]!.户编号),
      'UNKNOWN_CODE',
      '户状态代码无效：99 / Unknown household status code: 99',
    ]);
  });

  it('refuses the facts of a year not yet begun before reading the file', async () => {
    const run = runImport(db, csvFile(household(1)), { year: '2027' }, io(), new Date(2026, 5, 30));
    await expect(run).rejects.toMatchObject({ code: 'DATE_NOT_A_FACT', kind: 'rule' });
  });

  it('exits with status 2 and a bilingual message naming the missing columns', async () => {
    const path = join(dir, 'missing.csv');
    writeFileSync(path, '户编号,姓名\nX1,张三\n');
    const out = io();
    expect(await runImport(db, path, { json: true }, out)).toBe(2);
    expect(out.stdout.text()).toBe('');
    expect(out.stderr.text()).toContain('IMPORT_MISSING_COLUMNS');
    expect(out.stderr.text()).toContain('行政区划代码 region_code');
  });
});

/** GB18030 bytes of `text`, through a reverse table of the decoder (Node has no GB18030 encoder). */
function encodeGb18030(text: string): number[] {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi += 1) {
    for (let lo = 0x40; lo <= 0xfe; lo += 1) {
      if (lo === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([hi, lo]));
      if (char.length === 1 && !table.has(char)) table.set(char, [hi, lo]);
    }
  }
  return [...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (table.get(c) ?? [0x3f])));
}
