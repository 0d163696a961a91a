import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { createDemoPortal } from '../src/modules/portal/demo/portal.ts';
import { makeIdNumber } from '../src/modules/registry/id-number.ts';
import { generateDemoCounty } from '../src/modules/registry/demo/generate.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { crawlSite, type CrawledPage } from './support/crawl.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { personalData } from './support/pii-scan.ts';
import { createTestServer, TEST_TODAY } from './support/server.ts';

/**
 * Personal data never reaches a public page (issue 12 §3): the demo county with its households and their
 * procedures' notices, the demo portal (the county's and 车辋镇's sites with their articles and disclosures),
 * and every page a reader can reach from `/` or the sitemap scanned for ID numbers, mobile numbers, bank cards
 * and health details.
 */
const actor = shellActor('test', 'demo');
const DEMO = { county: '371324', households: 150, seed: 7, year: 2020, cases: true, today: TEST_TODAY };
const KB = 1024;

let db: TestDb;
let app: App;
let pages: CrawledPage[];

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  await generateDemoCounty(db, actor, DEMO);
  expect(await createDemoPortal(db, actor, TEST_TODAY)).toBeDefined();
  app = await createTestServer(db);
  pages = await crawlSite(app);
}, 300_000);
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

describe('the scan', () => {
  it('finds each kind of personal data it looks for, and not a number that only looks like one', () => {
    const id = makeIdNumber('371324', '1970-01-01', 123, '1');
    expect(personalData(`<td>${id}</td>`)).toEqual([`ID ${id}`]);
    expect(personalData(`<td>${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}</td>`)).toEqual([]);
    expect(personalData('电话 13912345678')).toEqual(['mobile 13912345678']);
    expect(personalData('卡号 6222020200112233446')).toEqual(['card 6222020200112233446']);
    expect(personalData('卡号 6222020200112233447')).toEqual([]);
    expect(personalData('户主患大病')).toEqual(['health 患大病']);
  });
});

describe('every page of the demo sites', () => {
  it('reaches the notices of the procedures, the columns and both sites', () => {
    const urls = pages.map((p) => p.url);
    expect(urls).toEqual(expect.arrayContaining(['/', '/s/371324/', '/s/371324106/', '/sitemap.xml']));
    expect(urls.filter((u) => u.includes('/notices/')).length).toBeGreaterThan(0);
    expect(urls.filter((u) => /\/a\/\d+$/.test(u)).length).toBeGreaterThanOrEqual(20);
    expect(pages.every((p) => p.status < 500)).toBe(true);
  });

  it('holds no ID number, mobile number, bank card or health detail', () => {
    const leaks = pages.flatMap((p) => personalData(p.body).map((found) => `${p.url}: ${found}`));
    expect(leaks).toEqual([]);
  });

  it('keeps the home page and article pages under 100 KB before images', () => {
    const sized = pages.filter((p) => p.url === '/' || /\/(a\/\d+|notices\/[^/]+)$/.test(p.url));
    expect(sized.length).toBeGreaterThan(1);
    for (const page of sized) expect(Buffer.byteLength(page.body), page.url).toBeLessThan(100 * KB);
  });
});
