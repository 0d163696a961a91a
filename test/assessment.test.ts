import { createHash, randomBytes, randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { makeIdNumber } from '../src/modules/registry/id-number.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer } from './support/server.ts';
import { loginAs, type LoggedIn } from './support/auth.ts';
import { householdInput, memberInput } from './support/factories.ts';

const V1 = '371324106202';
const V2 = '371324106203';
const COUNTY = '371324000000';
const PDF = Buffer.from('%PDF-1.4\n% 入户核实表\n');

let db: TestDb;
let app: App;
let cadre: LoggedIn; // village cadre of V1
let otherCadre: LoggedIn; // village cadre of V2
let inspector: LoggedIn;

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  app = await createTestServer(db);
  cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: V1 }]);
  otherCadre = await loginAs(app, [{ role: 'village_cadre', regionCode: V2 }]);
  inspector = await loginAs(app, [{ role: 'inspector', regionCode: COUNTY }]);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

/** A member born on an exact date (the factories pick a random day), so the school age is known. */
function bornOn(date: string, relation: string, more: Record<string, unknown> = {}) {
  return {
    ...memberInput(relation),
    name: '张小明',
    idNumber: makeIdNumber('371324', date, randomInt(500) * 2, '1'),
    ...more,
  };
}

/** Registers a household in V1 for 2020: three adults, all insured, safe house and water, unless overridden. */
async function register(overrides: Record<string, unknown> = {}, facts: Record<string, unknown> = {}) {
  const input = householdInput(V1, { housingRating: 'A', safeWater: true, ...overrides });
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/households',
    headers: { cookie: cadre.cookie },
    payload: { ...input, facts: { ...input.facts, ...facts } },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as number;
}

async function assessment(id: number, who = cadre, year = 2020) {
  return app.inject({
    method: 'GET',
    url: `/api/v1/households/${id}/assessment?year=${year}`,
    headers: { cookie: who.cookie },
  });
}
async function guarantee(id: number, name: string) {
  const res = await assessment(id);
  expect(res.statusCode).toBe(200);
  return res.json().guarantees.find((g: { guarantee: string }) => g.guarantee === name);
}
function assess(id: number, payload: Record<string, unknown>, who = cadre) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/households/${id}/assessments`,
    headers: { cookie: who.cookie },
    payload,
  });
}

/** multipart/form-data with text fields and one file part. */
function form(fields: Record<string, string>, file?: { name: string; field?: string; content: Buffer }) {
  const boundary = `----zhenfu${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
function upload(id: number, fields: Record<string, string>, file?: Parameters<typeof form>[1], who = cadre) {
  const { payload, contentType } = form(fields, file);
  return app.inject({
    method: 'POST',
    url: `/api/v1/households/${id}/assessments`,
    headers: { cookie: who.cookie, 'content-type': contentType },
    payload,
  });
}

async function counts() {
  const [row] = await db.query<{ a: number; e: number; audit: number }>(
    `SELECT (SELECT count(*) FROM guarantee_assessments)::int AS a, (SELECT count(*) FROM assessment_evidence)::int AS e,
            (SELECT count(*) FROM audit_log)::int AS audit`,
  );
  return row!;
}

const visit = { visitReference: '走访记录 2020-118', visitDate: '2020-06-01' };

describe('derived guarantees', () => {
  it('names a child of compulsory-school age who is not in school', async () => {
    const id = await register({
      members: [
        memberInput('01', '1', 1975),
        bornOn('2008-03-01', '03', { studentStatus: '0', education: '2' }),
      ],
    });
    const education = await guarantee(id, 'education');
    expect(education).toMatchObject({ state: 'not_secure', source: 'derived' });
    expect(education.reason).toEqual({ zh: '张小明（12 岁）未在校', en: '张小明 (12) is not in school' });
    expect(JSON.stringify(education)).not.toMatch(/\d{17}[\dX]/);
  });

  it('counts a child in school as secure and an unrecorded attendance as unknown', async () => {
    const inSchool = await register({
      members: [memberInput('01', '1', 1975), bornOn('2008-03-02', '03', { studentStatus: '3' })],
    });
    expect(await guarantee(inSchool, 'education')).toMatchObject({ state: 'secure', source: 'derived' });
    const unrecorded = await register({
      members: [memberInput('01', '1', 1975), bornOn('2010-03-01', '03')],
    });
    expect(await guarantee(unrecorded, 'education')).toMatchObject({ state: 'unknown', source: null });
  });

  it('fails medical care for a member without resident medical insurance, unknown when not recorded', async () => {
    const uninsured = await register({
      members: [
        memberInput('01', '1', 1975),
        { ...memberInput('02', '2', 1976), name: '李四', medicalInsurance: false },
      ],
    });
    const medical = await guarantee(uninsured, 'medical');
    expect(medical).toMatchObject({ state: 'not_secure', source: 'derived' });
    expect(medical.reason.en).toBe('李四 has no resident medical insurance');
    const unknown = await register({
      members: [memberInput('01', '1', 1975), { ...memberInput('02', '2', 1976), medicalInsurance: null }],
    });
    expect((await guarantee(unknown, 'medical')).state).toBe('unknown');
  });

  it('fails housing rated C or D and unsafe water; food and clothing come from the recorded facts', async () => {
    const id = await register({ housingRating: 'D', safeWater: false }, { foodSecure: true });
    expect(await guarantee(id, 'housing')).toMatchObject({ state: 'not_secure', source: 'derived' });
    expect(await guarantee(id, 'water')).toMatchObject({ state: 'not_secure', source: 'derived' });
    expect(await guarantee(id, 'food')).toMatchObject({ state: 'secure', source: 'recorded' });
    expect(await guarantee(id, 'clothing')).toMatchObject({ state: 'unknown', source: null });
  });
});

describe('manual assessments', () => {
  it('need evidence: 400 naming it, and nothing is written', async () => {
    const id = await register();
    const before = await counts();
    const res = await assess(id, { year: 2020, guarantee: 'food', secure: true, reason: '粮食充足' });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.fields.map((f: { field: string }) => f.field)).toEqual(['evidence']);
    expect(error.message.zh).toContain('证明材料');
    expect(error.message.en).toContain('evidence');
    const bad = await assess(id, { year: 2020, guarantee: 'income', secure: 'maybe', reason: '', ...visit });
    expect(bad.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
      'guarantee',
      'secure',
      'reason',
    ]);
    expect(await counts()).toEqual(before);
  });

  it('override the derived value, keep their history with the latest winning, and write the yearly flag, audited', async () => {
    const id = await register({ safeWater: false });
    const before = await counts();
    const first = await assess(id, {
      year: 2020,
      guarantee: 'water',
      secure: true,
      reason: '已通自来水',
      ...visit,
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      guarantee: 'water',
      secure: true,
      visitReference: visit.visitReference,
    });
    expect(await guarantee(id, 'water')).toMatchObject({ state: 'secure', source: 'manual' });

    expect(
      (
        await assess(id, {
          year: 2020,
          guarantee: 'water',
          secure: false,
          reason: '水质检测不合格',
          ...visit,
        })
      ).statusCode,
    ).toBe(201);
    const body = (await assessment(id)).json();
    expect(body.guarantees.find((g: { guarantee: string }) => g.guarantee === 'water')).toMatchObject({
      state: 'not_secure',
      source: 'manual',
      reason: { zh: '人工评定：水质检测不合格' },
    });
    expect(body.assessments.map((a: { reason: string }) => a.reason)).toEqual([
      '水质检测不合格',
      '已通自来水',
    ]);

    const [year] = await db.query<{ water: boolean }>(
      'SELECT water_secure AS water FROM household_years WHERE household_id = $1 AND year = 2020',
      [id],
    );
    expect(year!.water).toBe(false);
    const history = await db.query<{ field: string; newValue: string }>(
      `SELECT field, new_value AS "newValue" FROM change_history WHERE household_id = $1 AND action = 'household.assessment' ORDER BY id`,
      [id],
    );
    expect(history).toEqual([
      { field: 'waterSecure', newValue: 'true' },
      { field: 'waterSecure', newValue: 'false' },
    ]);
    const audit = await db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity = 'household' AND entity_id = $1 AND action = 'household.assessment'`,
      [String(id)],
    );
    expect(audit).toHaveLength(2);
    expect(await counts()).toMatchObject({ a: before.a + 2, e: before.e });
  });

  it('take an uploaded file as evidence, kept with its hash and downloadable', async () => {
    const id = await register();
    const res = await upload(
      id,
      { year: '2020', guarantee: 'clothing', secure: 'true', reason: '衣被齐全' },
      { name: '入户核实表.pdf', content: PDF },
    );
    expect(res.statusCode).toBe(201);
    const evidence = res.json().evidence;
    expect(evidence).toMatchObject({
      fileName: '入户核实表.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect(await guarantee(id, 'clothing')).toMatchObject({ state: 'secure', source: 'manual' });
    const file = await app.inject({
      method: 'GET',
      url: `/api/v1/households/${id}/assessments/evidence/${evidence.id}`,
      headers: { cookie: cadre.cookie },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain('attachment');
    expect(file.rawPayload.equals(PDF)).toBe(true);
    // A read that matters: the download is on the record, who and which file of which household.
    const [read] = await db.query<{ actor: string; regionCode: string; after: unknown }>(
      `SELECT actor, region_code AS "regionCode", after FROM audit_log
       WHERE action = 'evidence.download' AND entity_id = $1`,
      [String(evidence.id)],
    );
    expect(read).toEqual({
      actor: cadre.username,
      regionCode: V1,
      after: { householdId: id, fileName: '入户核实表.pdf', size: PDF.length, sha256: evidence.sha256 },
    });
    const hidden = await app.inject({
      method: 'GET',
      url: `/api/v1/households/${id}/assessments/evidence/${evidence.id}`,
      headers: { cookie: otherCadre.cookie },
    });
    expect(hidden.statusCode).toBe(404);
  });

  it('refuse a file that is no document or picture, or larger than 5 MB', async () => {
    const id = await register();
    const before = await counts();
    const fields = { year: '2020', guarantee: 'food', secure: 'true', reason: '粮食充足' };
    const html = await upload(id, fields, {
      name: 'x.pdf',
      content: Buffer.from('<script>alert(1)</script>'),
    });
    expect(html.statusCode).toBe(400);
    expect(html.json().error.fields[0]).toMatchObject({ field: 'file', code: 'EVIDENCE_TYPE' });
    const big = await upload(id, fields, {
      name: 'big.pdf',
      content: Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message.zh).toContain('5 MB');
    expect(await counts()).toEqual(before);
  });

  it('need the facts of the year, and a writing role in scope', async () => {
    const id = await register();
    const noYear = await assess(id, {
      year: 2019,
      guarantee: 'food',
      secure: true,
      reason: '粮食充足',
      ...visit,
    });
    expect(noYear.statusCode).toBe(422);
    expect(noYear.json().error.code).toBe('NO_YEAR_FACTS');
    const payload = { year: 2020, guarantee: 'food', secure: true, reason: '粮食充足', ...visit };
    expect((await assess(id, payload, otherCadre)).statusCode).toBe(404);
    expect((await assess(id, payload, inspector)).statusCode).toBe(403);
  });
});

describe('the household assessment', () => {
  const secureFacts = { foodSecure: true, clothingSecure: true };

  it('finds a household under the line, with the standard applied', async () => {
    const id = await register({}, secureFacts); // (6000 + 3000 + 1200 − 1200) ÷ 3 = 3000
    const body = (await assessment(id)).json();
    expect(body).toMatchObject({
      year: 2020,
      perCapitaIncome: 3000,
      belowLine: true,
      withinMonitoringRange: false,
      standard: { line: 4000, monitoringLine: 6000, source: 'national', province: '37' },
    });
    expect(body.verdicts).toEqual(['below_line']);
  });

  it('finds a household within the monitoring range', async () => {
    const id = await register({}, { ...secureFacts, wageIncome: 12000 }); // 15000 ÷ 3 = 5000
    const body = (await assessment(id)).json();
    expect(body).toMatchObject({ perCapitaIncome: 5000, belowLine: false, withinMonitoringRange: true });
    expect(body.verdicts).toEqual(['within_monitoring_range']);
  });

  it('calls a household above the range with every guarantee met secure, and names failed guarantees', async () => {
    const id = await register({}, { ...secureFacts, wageIncome: 20000 }); // 23000 ÷ 3 ≈ 7666.67
    const body = (await assessment(id)).json();
    expect(body.verdicts).toEqual(['secure']);
    expect(body.guarantees.every((g: { state: string }) => g.state === 'secure')).toBe(true);

    const unsafe = await register({ housingRating: 'C' }, { ...secureFacts, wageIncome: 20000 });
    expect((await assessment(unsafe)).json().verdicts).toEqual(['guarantees_failed']);
    const unknown = await register({}, { wageIncome: 20000 });
    expect((await assessment(unknown)).json().verdicts).toEqual(['guarantees_unknown']);
  });

  it('says when no line is configured for the year instead of failing', async () => {
    const id = await register({ year: 2016 }, secureFacts);
    const res = await assessment(id, cadre, 2016);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ standard: null, belowLine: null });
    expect(res.json().verdicts).toContain('no_standard');
  });

  it('is region-scoped like the other household reads', async () => {
    const id = await register();
    expect((await assessment(id, otherCadre)).statusCode).toBe(404);
    expect((await assessment(id, inspector)).statusCode).toBe(200);
    expect((await assessment(id, cadre, 2019)).statusCode).toBe(404);
  });
});
