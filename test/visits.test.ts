import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { useCodeSender } from '../src/modules/visits/sender.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdInput } from './support/factories.ts';
import { seedHousehold } from './support/seed.ts';
import { createTestServer } from './support/server.ts';
import { CHECKS, jpegWithExif, pair, seedCadre, TINY_PNG } from './support/visits.ts';

const COUNTY = '371324000000';
const VILLAGE = '371324106201';

let db: TestDb;
let app: App;
let paired: LoggedIn;
let otherPaired: LoggedIn;
let villageCadre: LoggedIn;
let outsider: LoggedIn;
let mine: number;
let notMine: number;
const sent: { householdId: number; phone: string; code: string }[] = [];
let seq = 0;

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  useCodeSender(app, { send: async (m) => void sent.push(m) });
  paired = await loginAs(app, [{ role: 'paired_cadre', regionCode: COUNTY }]);
  otherPaired = await loginAs(app, [{ role: 'paired_cadre', regionCode: COUNTY }]);
  villageCadre = await loginAs(app, [{ role: 'village_cadre', regionCode: VILLAGE }]);
  outsider = await loginAs(app, [{ role: 'county_admin', regionCode: '371302000000' }]);
  mine = (await seedHousehold(app, undefined, householdInput(VILLAGE))).id;
  notMine = (await seedHousehold(app, undefined, householdInput(VILLAGE))).id;
  const cadre = await seedCadre(db, COUNTY, paired.userId, '张帮扶');
  await pair(db, cadre, mine);
  await pair(db, await seedCadre(db, COUNTY, otherPaired.userId), notMine);
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

const clientId = () => `visit-${process.pid}-${++seq}-abcdef`;
const body = (householdId: number, extra: Record<string, unknown> = {}) => ({
  clientId: clientId(),
  householdId,
  at: '2026-06-30T09:40:00+08:00',
  position: { lat: 34.85, lng: 118.05, accuracy: 12 },
  checks: CHECKS,
  notes: '家中一切正常',
  ...extra,
});
const post = (who: LoggedIn, payload: object, url = '/api/v1/visits') =>
  app.inject({ method: 'POST', url, payload, headers: { cookie: who.cookie } });
const get = (who: LoggedIn, url: string) =>
  app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
/** Who (user ids, in order) has the audit recorded reading visit `id` with `action`. */
const viewsOf = async (action: string, id: number) =>
  (
    await db.query<{ actor: number }>(
      `SELECT actor_id::int AS actor FROM audit_log WHERE action = $1 AND entity = 'visit' AND entity_id = $2
       ORDER BY id`,
      [action, String(id)],
    )
  ).map((r) => r.actor);
const count = async (table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

describe('POST /api/v1/visits', () => {
  it('stores a visit once: 201, then 200 with the stored visit and nothing stored again', async () => {
    const payload = body(mine, {
      photos: [{ data: jpegWithExif('2026:06:30 09:30:00', { lat: 34.85, lng: 118.05 }) }],
    });
    const first = await post(paired, payload);
    expect(first.statusCode, first.body).toBe(201);
    const visit = first.json();
    expect(visit).toMatchObject({
      householdId: mine,
      cadre: { name: '张帮扶' },
      checks: CHECKS,
      confirmation: null,
    });
    expect(visit.photos).toHaveLength(1);
    expect(visit.photos[0]).toMatchObject({ timeGapSeconds: 600, distanceM: 0, flagged: false });
    const [visits, photos] = [await count('visits'), await count('visit_photos')];
    const again = await post(paired, payload);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(visit);
    expect([await count('visits'), await count('visit_photos')]).toEqual([visits, photos]);
  });

  it('flags a photo taken far from the visit in time or place', async () => {
    const res = await post(
      paired,
      body(mine, { photos: [{ data: jpegWithExif('2026:06:29 09:40:00', { lat: 35.0, lng: 118.05 }) }] }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const [photo] = res.json().photos;
    expect(photo.timeGapSeconds).toBe(86400);
    expect(photo.distanceM).toBeGreaterThan(16000);
    expect(photo.flagged).toBe(true);
    const bytes = await get(paired, `/api/v1/visits/${res.json().id}/photos/${photo.id}`);
    expect(bytes.statusCode).toBe(200);
    expect(bytes.headers['content-type']).toBe('image/jpeg');
    expect(bytes.headers['cache-control']).toContain('no-store');
    expect(bytes.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  });

  it('a photo without EXIF says nothing of time or place', async () => {
    const res = await post(paired, body(mine, { photos: [{ data: TINY_PNG }] }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().photos[0]).toMatchObject({
      takenAt: null,
      timeGapSeconds: null,
      distanceM: null,
      flagged: false,
    });
  });

  it('refuses photos that are not JPEG or PNG by their bytes, and a time in the future', async () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1').toString('base64');
    const before = await count('visits');
    const bad = await post(paired, body(mine, { photos: [{ data: gif }] }));
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('IMAGE_TYPE');
    const junk = await post(
      paired,
      body(mine, { photos: [{ data: Buffer.from('\xff\xd8\xffjunk', 'latin1').toString('base64') }] }),
    );
    expect(junk.statusCode).toBe(422);
    const future = await post(paired, body(mine, { at: '2026-07-02T09:00:00+08:00' }));
    expect(future.statusCode).toBe(422);
    expect(future.json().error.code).toBe('FUTURE_TIME');
    const jpegSignature = await post(
      paired,
      body(mine, { confirmation: { kind: 'signature', image: jpegWithExif() } }),
    );
    expect(jpegSignature.statusCode).toBe(422);
    expect(await count('visits')).toBe(before);
  });

  it('a paired cadre visits only their households; outside the scope is 404', async () => {
    expect((await post(paired, body(notMine))).statusCode).toBe(404);
    expect((await post(outsider, body(mine))).statusCode).toBe(404);
    expect((await post(paired, body(999999))).statusCode).toBe(404);
    // The village's casework role may visit any household of the village; a login with no cadre record
    // makes a visit of no cadre.
    const byVillage = await post(villageCadre, body(notMine));
    expect(byVillage.statusCode).toBe(201);
    expect(byVillage.json().cadre).toBeNull();
  });

  it('answers 409 for a clientId of another household', async () => {
    const payload = body(mine);
    expect((await post(paired, payload)).statusCode).toBe(201);
    const res = await post(villageCadre, { ...payload, householdId: notMine });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('CLIENT_ID_TAKEN');
  });

  it('is confirmed by a drawn signature', async () => {
    const res = await post(paired, body(mine, { confirmation: { kind: 'signature', image: TINY_PNG } }));
    expect(res.statusCode, res.body).toBe(201);
    const { id, confirmation } = res.json();
    expect(confirmation).toEqual({ kind: 'signature', imageUrl: `/api/v1/visits/${id}/signature` });
    // The JSON carries the link, never the image.
    expect(res.body).not.toContain(TINY_PNG.slice(0, 24));
    const image = await get(paired, confirmation.imageUrl);
    expect(image.statusCode, image.body).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['cache-control']).toContain('no-store');
    expect(image.rawPayload).toEqual(Buffer.from(TINY_PNG, 'base64'));
    for (const who of [otherPaired, outsider])
      expect((await get(who, confirmation.imageUrl)).statusCode).toBe(404);
    expect(await viewsOf('visit.view_signature', id)).toEqual([paired.userId]);
  });

  it('serves no signature for a visit confirmed otherwise', async () => {
    const res = await post(paired, body(mine));
    expect(res.json().confirmation).toBeNull();
    const none = await get(paired, `/api/v1/visits/${res.json().id}/signature`);
    expect(none.statusCode).toBe(404);
    expect(none.json().error.code).toBe('NOT_FOUND');
  });

  it('is confirmed by a code sent to the household phone, once', async () => {
    const res = await post(paired, { householdId: mine }, '/api/v1/visits/confirmation-codes');
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().sentTo).toBe('138****5678');
    const { code } = sent.at(-1)!;
    const stored = await db.query<{ code_hash: string }>('SELECT code_hash FROM visit_codes');
    expect(stored.map((r) => r.code_hash)).not.toContain(code);
    const wrong = await post(
      paired,
      body(mine, { confirmation: { kind: 'code', code: code === '000000' ? '111111' : '000000' } }),
    );
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.code).toBe('CODE_INVALID');
    const ok = await post(paired, body(mine, { confirmation: { kind: 'code', code } }));
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().confirmation).toEqual({ kind: 'code', imageUrl: null });
    const reused = await post(paired, body(mine, { confirmation: { kind: 'code', code } }));
    expect(reused.statusCode).toBe(422);
    expect(
      (await post(paired, { householdId: notMine }, '/api/v1/visits/confirmation-codes')).statusCode,
    ).toBe(404);
  });

  it('records the burden of every visit and audits it', async () => {
    const before = await count('burden_entries');
    const res = await post(paired, body(mine));
    expect(res.statusCode).toBe(201);
    expect(await count('burden_entries')).toBe(before + 1);
    const [audit] = await db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity = 'visit' AND entity_id = $1`,
      [String(res.json().id)],
    );
    expect(audit?.action).toBe('visit.create');
  });

  it('opens the problems found on the visit, linked to it', async () => {
    const res = await post(
      paired,
      body(mine, {
        checks: { ...CHECKS, water: false },
        problems: [{ category: 'water', description: '自来水入户管道破裂' }],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const [problemId] = res.json().problemIds;
    const [problem] = await db.query<{ source: string; household_id: number; state: string }>(
      'SELECT source, household_id::int, state FROM problems WHERE id = $1',
      [problemId],
    );
    expect(problem).toEqual({ source: 'visit', household_id: mine, state: 'open' });
    const again = await post(paired, {
      ...body(mine),
      clientId: res.json().clientId,
      problems: [{ category: 'water', description: '自来水入户管道破裂' }],
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().problemIds).toEqual([problemId]);
  });
});

describe('reading visits', () => {
  it('lists a household visits to its paired cadre and village, never to others', async () => {
    const list = await get(paired, `/api/v1/visits?householdId=${mine}`);
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBeGreaterThan(3);
    expect(list.json().items.every((v: { householdId: number }) => v.householdId === mine)).toBe(true);
    expect((await get(paired, `/api/v1/visits?householdId=${notMine}`)).json().total).toBe(0);
    expect((await get(outsider, '/api/v1/visits')).json().total).toBe(0);
    expect((await get(villageCadre, `/api/v1/visits?region=${VILLAGE}`)).json().total).toBe(
      list.json().total + 1,
    );
    const id = list.json().items[0].id;
    expect((await get(paired, `/api/v1/visits/${id}`)).json().id).toBe(id);
    expect((await get(otherPaired, `/api/v1/visits/${id}`)).statusCode).toBe(404);
    expect((await get(outsider, `/api/v1/visits/${id}`)).statusCode).toBe(404);
  });

  it('puts every read of a visit, its list, photos and signature on record, and no refused read', async () => {
    const made = await post(
      paired,
      body(mine, { photos: [{ data: TINY_PNG }], confirmation: { kind: 'signature', image: TINY_PNG } }),
    );
    const { id, photos } = made.json();
    expect(await viewsOf('visit.view', id)).toEqual([]);
    const viewed = async () =>
      (
        await db.query<{ visit: string }>(
          `SELECT entity_id AS visit FROM audit_log WHERE action = 'visit.view' AND actor_id = $1 ORDER BY id`,
          [villageCadre.userId],
        )
      ).map((r) => Number(r.visit));
    const before = await viewed();
    const list = await get(villageCadre, `/api/v1/visits?householdId=${mine}&limit=3`);
    const shown = list.json().items.map((v: { id: number }) => v.id);
    expect(shown).toHaveLength(3);
    expect(shown).toContain(id);
    // Each visit the page showed is on record, and only those.
    const added = (await viewed()).slice(before.length);
    expect(added.sort()).toEqual([...shown].sort());
    expect(await viewsOf('visit.view', id)).toEqual([villageCadre.userId]);
    await get(paired, `/api/v1/visits/${id}`);
    await get(paired, `/api/v1/visits/${id}/photos/${photos[0].id}`);
    await get(villageCadre, `/api/v1/visits/${id}/signature`);
    for (const url of [`/api/v1/visits/${id}`, `/api/v1/visits/${id}/photos/${photos[0].id}`])
      expect((await get(outsider, url)).statusCode).toBe(404);
    expect((await get(outsider, `/api/v1/visits?householdId=${mine}`)).json().items).toEqual([]);
    expect(await viewsOf('visit.view', id)).toEqual([villageCadre.userId, paired.userId]);
    expect(await viewsOf('visit.view_photo', id)).toEqual([paired.userId]);
    expect(await viewsOf('visit.view_signature', id)).toEqual([villageCadre.userId]);
    const [row] = await db.query<{ region: string }>(
      `SELECT region_code AS region FROM audit_log WHERE action = 'visit.view_photo' AND entity_id = $1`,
      [String(id)],
    );
    expect(row!.region).toBe(VILLAGE);
  });

  it('my households: the paired ones with the last visit and the next due', async () => {
    const res = await get(paired, '/api/v1/my/households');
    expect(res.statusCode, res.body).toBe(200);
    const { cadre, items } = res.json();
    expect(cadre.name).toBe('张帮扶');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      householdId: mine,
      villageCode: VILLAGE,
      openProblems: 1,
      overdueProblems: 0,
    });
    expect(items[0].nextProblemDue > '2026-06-30').toBe(true);
    expect(items[0].lastVisitAt).toBe('2026-06-30T01:40:00.000Z');
    expect(items[0].nextVisitDue > '2026-06-30').toBe(true);
    const none = await get(villageCadre, '/api/v1/my/households');
    expect(none.statusCode).toBe(404);
    expect(none.json().error.code).toBe('NO_CADRE_RECORD');
  });
});
