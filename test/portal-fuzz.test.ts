import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { insertTestRegions } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { DEFAULT_COLUMNS } from '../src/modules/portal/sites/commands.ts';
import { addArticle, ensureSite } from './support/inspection-fixtures.ts';
import { unsafeMarkup } from './support/crawl.ts';
import { fuzzRequest, type FuzzTarget } from './support/portal-fuzz.ts';
import { householdCase, noticeFor } from './support/notice-fixtures.ts';
import { createTestServer } from './support/server.ts';

/**
 * The portal under hostile public requests (issue 12, "Speed and safety"): a few hundred generated requests
 * — forms, query strings, odd paths and headers — each answering below 500 and never sending a payload back
 * as live markup; then every page of the sites is read again and the stored public rows are checked.
 * bench/portal-fuzz.mjs runs the same generators 10,000 times over HTTP.
 */
let db: TestDb;
let app: App;
let target: FuzzTarget;

beforeAll(async () => {
  db = await createTestDb();
  await insertTestRegions(db);
  app = await createTestServer(db);
  const county = await ensureSite(db, '371324000000', '兰陵县乡村振兴网');
  const town = await ensureSite(db, '371324106000', '车辋镇人民政府');
  const articles = [
    await addArticle(db, {
      siteId: county.siteId,
      columnId: county.columns.work!,
      title: '春季蔬菜产销对接会',
    }),
    await addArticle(db, { siteId: town.siteId, columnId: town.columns.region!, title: '车辋镇概况' }),
    await addArticle(db, { siteId: county.siteId, columnId: county.columns.work!, state: 'withdrawn' }),
  ];
  // A running notice of a village of the town, for the objection forms.
  const notice = await noticeFor(app, (await householdCase(app, '371324106201')).caseId);
  target = {
    sites: ['371324', '371324106'],
    columns: DEFAULT_COLUMNS.map((c) => c.slug),
    articles,
    notices: [notice.serial],
  };
}, 60_000);
afterAll(async () => {
  await app.close();
  await db.dispose();
});

describe('hostile public requests', () => {
  it('answer below 500 and never echo live markup', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fuzzRequest(target), fc.nat(255), async (req, host) => {
        const res = await app.inject({
          method: req.method,
          url: req.path,
          headers: req.headers,
          ...(req.body === undefined ? {} : { payload: req.body }),
          // Addresses vary, so the rate limits let most forms through to validation and storage.
          remoteAddress: `10.77.${host}.${(host * 7) % 256}`,
        });
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        expect(res.statusCode, `${req.method} ${req.path.slice(0, 200)}`).toBeLessThan(500);
        if (String(res.headers['content-type'] ?? '').startsWith('text/html'))
          expect(unsafeMarkup(res.body), req.path.slice(0, 200)).toEqual([]);
      }),
      { numRuns: 300, seed: 12 },
    );
    // The run reached the pages and the forms, not only the router's 404.
    expect([...statuses.keys()].some((s) => s >= 200 && s < 300)).toBe(true);
  }, 240_000);

  it('leaves no live markup in any page of the sites, nor in the stored public rows', async () => {
    const paths = ['/', '/sitemap.xml'];
    for (const site of target.sites) {
      paths.push(`/s/${site}/`, `/s/${site}/search?q=%3Cscript%3E`, `/s/${site}/complaints/new`);
      for (const column of target.columns)
        paths.push(`/s/${site}/c/${column}/`, `/s/${site}/c/${column}/rss.xml`);
      for (const id of target.articles) paths.push(`/s/${site}/a/${id}`);
      for (const serial of target.notices) paths.push(`/s/${site}/notices/${serial}`);
    }
    for (const path of paths) {
      const res = await app.inject({ method: 'GET', url: path });
      expect(res.statusCode, path).toBeLessThan(500);
      expect(unsafeMarkup(res.body), path).toEqual([]);
    }
    const stored = await db.query<{ html: string }>(
      `SELECT body_html AS html FROM portal_articles
       UNION ALL SELECT coalesce(public_reply, '') FROM complaints WHERE published
       UNION ALL SELECT footer::text FROM portal_sites`,
    );
    expect(stored.flatMap((r) => unsafeMarkup(r.html))).toEqual([]);
  }, 120_000);
});
