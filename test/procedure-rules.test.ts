import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { rulesFor, rulesForMany } from '../src/modules/cases/rules.ts';
import { DEFAULT_PROCEDURES, type ProcedureSettings } from '../src/modules/settings/procedures.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer } from './support/server.ts';

/*
 * The rules of the procedures (issue 11 §3, §5): one setting with defaults, the western provinces' incidence
 * threshold and per-province overrides; read by every user, changed by a country-wide system administrator.
 */
const URL = '/api/v1/settings/procedures';
const COUNTY = '371324000000';

let db: TestDb;
let app: App;
let system: LoggedIn;
let provinceSystem: LoggedIn;
let county: LoggedIn;
let cadre: LoggedIn;

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  app = await createTestServer(db);
  system = await loginAs(app, [{ role: 'system_admin', regionCode: '000000000000' }]);
  provinceSystem = await loginAs(app, [{ role: 'system_admin', regionCode: '370000000000' }]);
  county = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
  cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: '371324106202' }]);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

const as = (who: LoggedIn, method: 'GET' | 'PUT', payload?: object) =>
  app.inject({ method, url: URL, headers: { cookie: who.cookie }, ...(payload ? { payload } : {}) });

/** The defaults with Guizhou (52) allowing 10 days of notice and forbidding exit in the year identified. */
const CHANGED: ProcedureSettings = {
  ...DEFAULT_PROCEDURES,
  defaults: { ...DEFAULT_PROCEDURES.defaults, noticeDays: { default: 8, monitoring: 5 } },
  provinces: {
    '52': {
      noticeDays: { default: 10 },
      forbidExitInIdentificationYear: true,
      stageLimitDays: { exit: { village_notice: 12 } },
    },
  },
};

describe('the procedures setting', () => {
  it('answers the built-in defaults to any logged-in user until it is saved', async () => {
    const res = await as(cadre, 'GET');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ...DEFAULT_PROCEDURES, source: 'default', canChange: false });
    expect(res.json().west.provinces).toEqual([
      '15',
      '45',
      '50',
      '51',
      '52',
      '53',
      '54',
      '61',
      '62',
      '63',
      '64',
      '65',
    ]);
    expect((await app.inject({ method: 'GET', url: URL })).statusCode).toBe(401);
  });

  it('resolves a province: defaults, 3 % in the west, 15 days for a monitoring case', async () => {
    const shandong = await rulesFor(db, '371324106202');
    expect(shandong).toMatchObject({
      noticeDays: { default: 7, monitoring: 5 },
      forbidExitInIdentificationYear: false,
      incidenceThreshold: 0.02,
      countyThresholds: { wrongExit: 0.02, missed: 0.02, approval: 0.9 },
      monitoringClockDays: 15,
      assistanceStartDays: 30,
    });
    const many = await rulesForMany(db, ['371324106202', '520102000000', '52', '110101']);
    expect([...many.keys()].sort()).toEqual(['11', '37', '52']);
    expect(many.get('52')!.incidenceThreshold).toBe(0.03);
    expect(many.get('11')!.incidenceThreshold).toBe(0.02);
  });

  it('may be changed only by a country-wide system administrator', async () => {
    for (const who of [county, cadre, provinceSystem]) {
      const res = await as(who, 'PUT', CHANGED);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    expect(await db.query(`SELECT * FROM settings WHERE key = 'procedures'`)).toEqual([]);
  });

  it('refuses bad values with a 400 in both languages and keeps what was there', async () => {
    const bad = [
      { ...CHANGED, defaults: { ...CHANGED.defaults, noticeDays: { default: 0, monitoring: 5 } } },
      { ...CHANGED, defaults: { ...CHANGED.defaults, incidenceThreshold: 2 } },
      { ...CHANGED, defaults: { ...CHANGED.defaults, countyThresholds: { wrongExit: 0.02, missed: 0.02 } } },
      { ...CHANGED, west: { provinces: ['5'], incidenceThreshold: 0.03 } },
      { ...CHANGED, provinces: { '52': { noticeDays: { default: 2.5 } } } },
      { ...CHANGED, provinces: { '52': { nonsense: 1 } } },
      { ...CHANGED, provinces: { Guizhou: {} } },
      { ...CHANGED, defaults: { ...CHANGED.defaults, stageLimitDays: { 'Exit!': { '*': 3 } } } },
    ];
    for (const body of bad) {
      const res = await as(system, 'PUT', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const { error } = res.json();
      expect(error.message.zh ?? error.message).toBeTruthy();
      for (const field of error.fields) {
        expect(field.message.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(field.message.en).toMatch(/[a-z]/);
      }
    }
    expect(await db.query(`SELECT * FROM settings WHERE key = 'procedures'`)).toEqual([]);
  });

  it('is saved, read back by everyone, applied per province and audited before and after', async () => {
    const res = await as(system, 'PUT', CHANGED);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ ...CHANGED, source: 'setting', canChange: true });
    expect((await as(county, 'GET')).json()).toEqual({ ...CHANGED, source: 'setting', canChange: false });

    const guizhou = await rulesFor(db, '520102');
    expect(guizhou.noticeDays).toEqual({ default: 10, monitoring: 5 });
    expect(guizhou.forbidExitInIdentificationYear).toBe(true);
    expect(guizhou.incidenceThreshold).toBe(0.03);
    expect(guizhou.stageLimitDays).toEqual({
      '*': { '*': 30 },
      monitoring: { '*': 15 },
      exit: { village_notice: 12 },
    });
    const shandong = await rulesFor(db, COUNTY);
    expect(shandong.noticeDays).toEqual({ default: 8, monitoring: 5 });
    expect(shandong.forbidExitInIdentificationYear).toBe(false);

    expect((await as(system, 'PUT', DEFAULT_PROCEDURES)).statusCode).toBe(200);
    const audit = await db.query<{ actor: string; before: unknown; after: unknown; region: string | null }>(
      `SELECT actor, before, after, region_code AS region FROM audit_log
       WHERE action = 'settings.procedures' ORDER BY id`,
    );
    expect(audit).toEqual([
      { actor: system.username, before: null, after: CHANGED, region: null },
      { actor: system.username, before: CHANGED, after: DEFAULT_PROCEDURES, region: null },
    ]);
  });

  it('falls back to the defaults when the stored value does not parse', async () => {
    await db.transaction(async (tx) => {
      await tx.query(`UPDATE settings SET value = '{"defaults": 1}'::jsonb WHERE key = 'procedures'`);
      await tx.query(
        `INSERT INTO audit_log (actor, source, action, entity) VALUES ('test', 'cli', 'test', 'setting')`,
      );
    });
    expect((await as(cadre, 'GET')).json().source).toBe('default');
    expect((await rulesFor(db, COUNTY)).noticeDays.default).toBe(7);
  });
});
