import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer } from './support/server.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';

let db: TestDb;
let app: App;
let cadre: LoggedIn; // the narrowest grant there is: the measures need a session, not a role

beforeAll(async () => {
  db = await createTestDb();
  await insertTestRegions(db);
  app = await createTestServer(db);
  cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: '371324106201' }]);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

/** Posts JSON; a string payload goes as it is, for bodies JSON.stringify cannot write (1e400). */
function post(path: string, payload: unknown, cookie: string = cadre.cookie) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (cookie) headers.cookie = cookie;
  return app.inject({
    method: 'POST',
    url: `/api/v1/measures/${path}`,
    headers,
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

const AF = {
  achievements: [
    [13.1, 14, 4, 1],
    [15.2, 7, 5, 0],
    [12.5, 10, 1, 0],
    [20, 11, 3, 1],
  ],
  cutoffs: [13, 12, 3, 1],
  weights: [1, 1, 1, 1],
  k: 0.5,
};
const HANDBOOK = { incomes: [100, 110, 150, 160], line: 125 };

describe('the published examples through the API', () => {
  it('FGT: the Handbook (Haughton & Khandker 2009) gives P0 = 0.5, P1 = 0.08, P2 = 0.0136', async () => {
    const res = await post('fgt', HANDBOOK);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ line: 125, population: 4, poor: 2, headcount: 0.5 });
    expect(r.gap).toBeCloseTo(0.08, 12);
    expect(r.squaredGap).toBeCloseTo(0.0136, 12);
    expect(r.watts).toBeCloseTo(0.0877442307, 10); // (ln 1.25 + ln(125/110)) / 4
    expect(r.byAlpha.map((b: { alpha: number }) => b.alpha)).toEqual([0, 1, 2]);
  });

  it('FGT: weights and extra α values', async () => {
    const res = await post('fgt', { ...HANDBOOK, weights: [2, 1, 1, 2], alphas: [0, 3] });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    // persons 100, 100, 110, 150, 160, 160; P3 = (2 × 0.2³ + 0.12³) / 6
    expect(r).toMatchObject({ population: 6, poor: 3, headcount: 0.5 });
    expect(r.byAlpha[1].value).toBeCloseTo((2 * 0.008 + 0.001728) / 6, 12);
  });

  it('MPI: Alkire & Foster (2011) give H = 1/2, A = 3/4, M0 = 3/8 with k = 2 of 4', async () => {
    const res = await post('mpi', AF);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({
      k: 0.5,
      population: 4,
      poor: 2,
      headcount: 0.5,
      intensity: 0.75,
      adjustedHeadcount: 0.375,
    });
    expect(r.scores).toEqual([0, 0.5, 1, 0]);
    expect(r.indicators.map((x: { censoredHeadcount: number }) => x.censoredHeadcount)).toEqual([
      0.25, 0.5, 0.25, 0.5,
    ]);
    expect(r.indicators.map((x: { uncensoredHeadcount: number }) => x.uncensoredHeadcount)).toEqual([
      0.25, 0.75, 0.25, 0.5,
    ]);
    const contributions = r.indicators.map((x: { contribution: number }) => x.contribution);
    [100 / 6, 100 / 3, 100 / 6, 100 / 3].forEach((c, j) => expect(contributions[j]).toBeCloseTo(c, 10));
  });

  it('MPI: nobody poor gives nulls, not NaN', async () => {
    const res = await post('mpi', { ...AF, achievements: [[20, 20, 20, 20]] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ poor: 0, intensity: null, adjustedHeadcount: 0 });
  });
});

describe('bad input answers 400 naming the field', () => {
  it.each([
    ['no incomes', { ...HANDBOOK, incomes: [] }, 'incomes'],
    ['a line of 0', { ...HANDBOOK, line: 0 }, 'line'],
    ['a negative line', { ...HANDBOOK, line: -1 }, 'line'],
    ['a missing line', { incomes: [1] }, 'line'],
    ['an income that is not a number', { ...HANDBOOK, incomes: [100, '110', 150] }, 'incomes.1'],
    ['an income that is null', { ...HANDBOOK, incomes: [100, null] }, 'incomes.1'],
    ['weights of another length', { ...HANDBOOK, weights: [1, 1] }, 'weights'],
    ['a negative weight', { ...HANDBOOK, weights: [1, -1, 1, 1] }, 'weights.1'],
    ['all-zero weights', { ...HANDBOOK, weights: [0, 0, 0, 0] }, 'weights'],
    ['a negative α', { ...HANDBOOK, alphas: [-1] }, 'alphas.0'],
  ])('FGT: %s', async (_, body, field) => {
    const res = await post('fgt', body);
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION');
    expect(error.fields[0].field).toBe(field);
    expect(error.fields[0].message.zh).toBeTruthy();
    expect(error.fields[0].message.en).toBeTruthy();
  });

  it.each([
    ['no persons', { ...AF, achievements: [] }, 'achievements'],
    ['an empty row', { ...AF, achievements: [[]] }, 'achievements.0'],
    [
      'a row of another length',
      { ...AF, achievements: [...AF.achievements.slice(0, 2), [1, 2, 3]] },
      'achievements.2',
    ],
    ['an achievement that is not a number', { ...AF, achievements: [[1, 2, 'x', 4]] }, 'achievements.0.2'],
    ['cutoffs of another length', { ...AF, cutoffs: [13, 12, 3] }, 'cutoffs'],
    ['weights of another length', { ...AF, weights: [1, 1, 1, 1, 1] }, 'weights'],
    ['a negative weight', { ...AF, weights: [1, 1, -1, 1] }, 'weights.2'],
    ['all-zero weights', { ...AF, weights: [0, 0, 0, 0] }, 'weights'],
    ['k = 0', { ...AF, k: 0 }, 'k'],
    ['k above 1', { ...AF, k: 1.5 }, 'k'],
    ['k as text', { ...AF, k: '0.5' }, 'k'],
    ['person weights of another length', { ...AF, personWeights: [1, 1] }, 'personWeights'],
    ['a negative person weight', { ...AF, personWeights: [1, 1, -2, 1] }, 'personWeights.2'],
    ['all-zero person weights', { ...AF, personWeights: [0, 0, 0, 0] }, 'personWeights'],
  ])('MPI: %s', async (_, body, field) => {
    const res = await post('mpi', body);
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION');
    expect(error.fields[0].field).toBe(field);
  });

  it('refuses a number JSON reads as infinite', async () => {
    const res = await post('fgt', '{"incomes":[100,1e400],"line":125}');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].field).toBe('incomes.1');
  });

  it('refuses more than a million incomes', async () => {
    const res = await post('fgt', { incomes: Array<number>(1_000_001).fill(1), line: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].field).toBe('incomes');
  });

  it('answers 413 to a body above 16 MiB', async () => {
    const padded = `{"incomes":[1],${' '.repeat(16 * 1024 * 1024)}"line":1}`;
    const res = await post('fgt', padded);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('TOO_LARGE');
  });
});

describe('access', () => {
  it('answers 401 without a session', async () => {
    expect((await post('fgt', HANDBOOK, '')).statusCode).toBe(401);
    expect((await post('mpi', AF, '')).statusCode).toBe(401);
  });
});
