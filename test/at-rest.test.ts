import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { migrate } from '../src/db/migrate.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { updateHousehold } from '../src/modules/registry/commands/update-household.ts';
import { updateMember } from '../src/modules/registry/commands/update-member.ts';
import { generateDemoCounty } from '../src/modules/registry/demo/generate.ts';
import { demoHouseholds } from '../src/modules/registry/demo/households.ts';
import { parseIdNumber } from '../src/modules/registry/id-number.ts';
import { loginAs } from './support/auth.ts';
import { createTestDb, TEST_SECRET, type TestDb } from './support/db.ts';
import { idNumberFor } from './support/factories.ts';
import { createTestServer, TEST_TODAY } from './support/server.ts';

/**
 * Personal data at rest (issue 9 §2): the audit log and the change history keep ID numbers, phones and bank
 * accounts only masked, with their HMAC-SHA256 under the instance's secret — whoever wrote them (commands,
 * the import's bulk SQL, the demo) and whenever (rows of an older release are sealed by migration 0013).
 */
const hmac = (v: string) => createHmac('sha256', TEST_SECRET).update(v).digest('hex');
const actor = shellActor('test', 'demo');

/** Every text the audit and the history hold, with the 64-hex hashes taken out (they are not data). */
async function storedTexts(db: TestDb): Promise<string[]> {
  const rows = await db.query<{ text: string | null }>(
    `SELECT concat_ws(' ', before::text, after::text) AS text FROM audit_log
     UNION ALL SELECT concat_ws(' ', old_value, new_value) FROM change_history`,
  );
  return rows.map((r) => (r.text ?? '').replace(/[0-9a-f]{64}/g, ''));
}

/** The stored texts that hold one of `values` (ID numbers, phones, accounts) or any full ID-number shape. */
async function leaks(db: TestDb, values: Iterable<string>): Promise<string[]> {
  const known = new Set(values);
  return (await storedTexts(db)).filter(
    (t) => /\d{17}[\dX]/.test(t) || (t.match(/\d{5,}X?/g) ?? []).some((run) => known.has(run)),
  );
}

/** Every "birthDate" kept in a JSON snapshot is its year only. */
async function birthDates(db: TestDb): Promise<string[]> {
  const texts = await storedTexts(db);
  return texts.flatMap((t) => [...t.matchAll(/"birthDate":\s*"([^"]*)"/g)].map((m) => m[1]!));
}

async function personalValues(db: TestDb): Promise<string[]> {
  const rows = await db.query<{ v: string }>(
    `SELECT id_number AS v FROM members UNION SELECT phone FROM members WHERE phone IS NOT NULL
     UNION SELECT phone FROM households WHERE phone IS NOT NULL
     UNION SELECT bank_account FROM households WHERE bank_account IS NOT NULL
     UNION SELECT disability_cert FROM members WHERE disability_cert IS NOT NULL`,
  );
  return rows.map((r) => r.v);
}

describe('a demo county written by the current code', () => {
  let db: TestDb;
  let app: App;
  beforeAll(async () => {
    db = await createTestDb();
    await loadRegions(db, { county: '371324' });
    await generateDemoCounty(db, actor, { county: '371324', households: 120, seed: 3, year: 2020 });
    app = await createTestServer(db);
  });
  afterAll(async () => {
    await app.close();
    await db.dispose();
  });

  async function aMember() {
    const [m] = await db.query<{ id: number; householdId: number; idNumber: string; version: number }>(
      `SELECT m.id, m.household_id AS "householdId", m.id_number AS "idNumber", m.version
       FROM members m WHERE m.active ORDER BY m.id LIMIT 1`,
    );
    return m!;
  }

  it('keeps no ID number, phone or bank account in clear, and birth dates as their year', async () => {
    const m = await aMember();
    const [h] = await db.query<{ version: number }>('SELECT version FROM households WHERE id = $1', [
      m.householdId,
    ]);
    await db.transaction((tx) =>
      updateHousehold(
        tx,
        actor,
        m.householdId,
        {
          version: h!.version,
          phone: '13900001111',
          bankAccount: '6228480099998888777',
        },
        TEST_TODAY,
      ),
    );
    await db.transaction((tx) =>
      updateMember(tx, actor, m.id, { version: m.version, phone: '13900002222' }, '2026-06-30'),
    );
    expect(await leaks(db, await personalValues(db))).toEqual([]);
    const dates = await birthDates(db);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.filter((d) => !/^\d{4}-\*\*-\*\*$/.test(d))).toEqual([]);
  });

  it('keeps the keyed hash of each value: the import snapshot and a field change both match', async () => {
    const m = await aMember();
    const [snapshot] = await db.query<{ value: string }>(
      `SELECT new_value AS value FROM change_history WHERE household_id = $1 AND field = '*' AND member_id IS NULL
         AND action = 'household.create'`,
      [m.householdId],
    );
    const members = (JSON.parse(snapshot!.value) as { members: Record<string, unknown>[] }).members;
    const created = members.find((x) => x.id === Number(m.id))!;
    expect(created['idNumber#hmac']).toBe(hmac(m.idNumber));
    expect(created.idNumber).toBe(`${m.idNumber.slice(0, 6)}********${m.idNumber.slice(14)}`);

    const newId = idNumberFor('1', 1975);
    await db.transaction((tx) =>
      updateMember(tx, actor, m.id, { version: m.version, idNumber: newId }, '2026-06-30'),
    );
    const [row] = await db.query<Record<string, string>>(
      `SELECT old_value, new_value, old_hash, new_hash FROM change_history
       WHERE member_id = $1 AND field = 'idNumber' ORDER BY id DESC LIMIT 1`,
      [m.id],
    );
    expect(row).toEqual({
      old_value: `${m.idNumber.slice(0, 6)}********${m.idNumber.slice(14)}`,
      new_value: `${newId.slice(0, 6)}********${newId.slice(14)}`,
      old_hash: hmac(m.idNumber),
      new_hash: hmac(newId),
    });
  });

  it('answers "did the ID change, and to what" with ?match, without sending a hash, to those who may', async () => {
    // A member of its own (the last one) whose ID number is corrected; the match finds that change only.
    const [last] = await db.query<{ id: number; householdId: number; version: number }>(
      `SELECT id, household_id AS "householdId", version FROM members WHERE active ORDER BY id DESC LIMIT 1`,
    );
    const corrected = idNumberFor('2', 1980);
    await db.transaction((tx) =>
      updateMember(tx, actor, last!.id, { version: last!.version, idNumber: corrected }, '2026-06-30'),
    );
    const m = { ...last!, idNumber: corrected };
    const county = await loginAs(app, [{ role: 'county_admin', regionCode: '371324000000' }]);
    const url = `/api/v1/households/${m.householdId}/history`;
    const all = await app.inject({ url, headers: { cookie: county.cookie } });
    expect(all.statusCode).toBe(200);
    expect(all.body).not.toMatch(/#hmac|[0-9a-f]{64}/);
    const matched = await app.inject({
      url: `${url}?match=${m.idNumber.toLowerCase()}`,
      headers: { cookie: county.cookie },
    });
    const items = matched.json<{ items: { field: string; memberId: number | null }[] }>().items;
    expect(items.map((i) => i.field)).toEqual(['idNumber']);
    const other = await app.inject({ url: `${url}?match=13700000000`, headers: { cookie: county.cookie } });
    expect(other.json<{ items: unknown[] }>().items).toEqual([]);

    const town = await loginAs(app, [{ role: 'town_official', regionCode: '371324000000' }]);
    const refused = await app.inject({
      url: `${url}?match=${m.idNumber}`,
      headers: { cookie: town.cookie },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('masks in SQL (the import) exactly as in TypeScript, and computes the same HMAC', async () => {
    const { sealPads, maskSealed, sealHash } = await import('../src/modules/privacy/seal.ts');
    const pads = sealPads();
    const samples: ['id' | 'phone' | 'bank' | 'cert', string][] = [
      ['id', '37132419900101123X'],
      ['id', '37132419900101123x'],
      ['id', '1234'],
      ['phone', '13812345678'],
      ['phone', '0539-5211234'],
      ['phone', '123'],
      ['bank', '6228480012345678901'],
      ['bank', '张三的账户12345'],
      ['cert', '37132419460105059X64'],
    ];
    for (const [kind, value] of samples) {
      const [row] = await db.query<{ masked: string; hash: string }>(
        `SELECT zf_mask($1, $2) AS masked, zf_hmac(decode($3, 'hex'), decode($4, 'hex'), $2) AS hash`,
        [kind, value, pads.ipad, pads.opad],
      );
      expect(row).toEqual({ masked: maskSealed(kind, value), hash: sealHash(value) });
    }
  });
});

describe('rows an older release wrote in clear', () => {
  it('are sealed by migration 0013, keyed like new ones', async () => {
    const db = await createTestDb({ until: '0011' });
    try {
      const people = [
        ...demoHouseholds(['371324106201', '371324106202'], { households: 30, seed: 5, year: 2020 }),
      ];
      const values: string[] = [];
      for (const [i, h] of people.entries()) {
        const members = h.members.map((m, k) => ({
          id: i * 10 + k,
          name: m.name,
          idNumber: m.idNumber,
          phone: m.phone,
          disabilityCert: m.disabilityCert,
          birthDate: (parseIdNumber(m.idNumber, '2026-06-30') as { birthDate: string }).birthDate,
        }));
        const bank = `62284800${String(i).padStart(11, '0')}`;
        values.push(bank, ...members.flatMap((m) => [m.idNumber, ...(m.phone ? [m.phone] : [])]));
        const snapshot = { householdNo: h.householdNo, bankAccount: bank, members };
        await db.query(
          `INSERT INTO audit_log (actor, source, region_code, action, entity, entity_id, after)
           VALUES ('old', 'api', $1, 'household.create', 'household', $2, $3::jsonb)`,
          [h.regionCode, String(i), JSON.stringify({ household: snapshot, members })],
        );
        await db.query(
          `INSERT INTO change_history (household_id, member_id, field, old_value, new_value, action, actor)
           VALUES ($1, NULL, '*', NULL, $2, 'household.create', 'old'),
                  ($1, $3, 'idNumber', $4, $5, 'member.update', 'old'),
                  ($1, NULL, 'bankAccount', NULL, $6, 'household.update', 'old')`,
          [i, JSON.stringify(snapshot), members[0]!.id, idNumberFor('2'), members[0]!.idNumber, bank],
        );
      }
      expect((await leaks(db, values)).length).toBeGreaterThan(0);

      await migrate(db);
      expect(await leaks(db, values)).toEqual([]);
      expect((await birthDates(db)).filter((d) => !/^\d{4}-\*\*-\*\*$/.test(d))).toEqual([]);
      const first = people[0]!.members[0]!.idNumber;
      const [row] = await db.query<{ new_hash: string }>(
        `SELECT new_hash FROM change_history WHERE household_id = 0 AND field = 'idNumber'`,
      );
      expect(row!.new_hash).toBe(hmac(first));
      const [audit] = await db.query<{ after: { members: Record<string, string>[] } }>(
        `SELECT after FROM audit_log WHERE entity_id = '0' AND action = 'household.create'`,
      );
      expect(audit!.after.members[0]!['idNumber#hmac']).toBe(hmac(first));
      const [sealRow] = await db.query<{ after: unknown }>(
        `SELECT after FROM audit_log WHERE action = 'privacy.seal'`,
      );
      expect(sealRow!.after).toEqual({ historyRows: 90, auditRows: 30 });
    } finally {
      await db.dispose();
    }
  });
});
