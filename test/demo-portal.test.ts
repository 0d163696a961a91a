import { imageSize } from 'image-size';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPortalOnEmpty } from '../src/cli/demo-portal.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { createDemoPortal, type DemoPortalSummary } from '../src/modules/portal/demo/portal.ts';
import { inspectSite } from '../src/modules/portal/inspection.ts';
import { disclosureSchema } from '../src/modules/portal/schemas.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { TEST_NOW, TEST_TODAY } from './support/server.ts';

/**
 * The demo portal (issue 12 §7): made once through the editorial commands, the county's site primary and
 * 车辋镇's beside it, every column of the county's site with something published, the disclosures with all
 * their fields (one in its ten days, one archived), and a self-inspection that finds only what the demo
 * leaves on purpose (the town's empty 政策文件).
 */
const actor = shellActor('test', 'demo');
let db: TestDb;
let summary: DemoPortalSummary | undefined;

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  summary = await createDemoPortal(db, actor, TEST_TODAY);
}, 120_000);
afterAll(() => db.dispose());

const sites = () =>
  db.query<{
    id: number;
    regionCode: string;
    isPrimary: boolean;
    footer: Record<string, string>;
    logo: number | null;
  }>(
    `SELECT id, region_code AS "regionCode", is_primary AS "isPrimary", footer, logo_image_id AS logo
     FROM portal_sites ORDER BY region_code`,
  );

describe('the demo portal', () => {
  it('is made once: a second run, or a start on a registry with a site, adds nothing', async () => {
    expect(summary).toEqual({ sites: 2, articles: 19, disclosures: 3 });
    const count = async () =>
      (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM portal_articles'))[0]!.n;
    expect(await count()).toBe(22);
    expect(await createDemoPortal(db, actor, TEST_TODAY)).toBeUndefined();
    expect(await demoPortalOnEmpty(db, TEST_TODAY)).toBeUndefined();
    expect(await count()).toBe(22);
  });

  it('has the county’s site at `/` and the town’s, each with a footer and a logo with alt text', async () => {
    const rows = await sites();
    expect(rows.map((s) => [s.regionCode, s.isPrimary])).toEqual([
      ['371324000000', true],
      ['371324106000', false],
    ]);
    for (const site of rows) {
      expect(Object.keys(site.footer).sort()).toEqual(
        [
          'contact',
          'errorReportUrl',
          'icp',
          'organizer',
          'police',
          'siteId',
          'sponsor',
          'supervision',
        ].sort(),
      );
      expect(site.footer.supervision).toBe('12317');
      const [logo] = await db.query<{ content: Uint8Array; alt: string }>(
        'SELECT content, alt FROM portal_images WHERE id = $1',
        [site.logo],
      );
      expect(imageSize(logo!.content)).toMatchObject({ width: 96, height: 96, type: 'png' });
      expect(logo!.alt).not.toBe('');
    }
  });

  it('publishes something in every column of the county’s site, all before the demo’s day', async () => {
    const columns = await db.query<{
      slug: string;
      published: number;
      latest: string | null;
      future: number;
    }>(
      `SELECT c.slug, count(a.id)::int AS published, max(a.published_at)::text AS latest,
         count(*) FILTER (WHERE a.published_at > $1)::int AS future
       FROM portal_columns c JOIN portal_sites s ON s.id = c.site_id
       LEFT JOIN portal_articles a ON a.column_id = c.id AND a.state = 'published'
       WHERE s.region_code = '371324000000' GROUP BY c.slug`,
      [TEST_NOW.toISOString()],
    );
    expect(columns.map((c) => c.slug).sort()).toEqual(
      ['funds', 'notice', 'policy', 'publicity', 'region', 'supervision', 'work'].sort(),
    );
    for (const column of columns) {
      expect(column.published, column.slug).toBeGreaterThan(0);
      expect(column.future, column.slug).toBe(0);
    }
    // Every article went through the commands: its first revision and an audit row of its publishing.
    const [trail] = await db.query<{ revisions: number; publishes: number }>(
      `SELECT (SELECT count(*)::int FROM portal_article_revisions) AS revisions,
              (SELECT count(*)::int FROM audit_log WHERE action = 'portal.article_publish') AS publishes`,
    );
    expect(trail).toEqual({ revisions: 22, publishes: 22 });
  });

  it('has fund disclosures with every field, one still in its ten days and one archived', async () => {
    const rows = await db.query<{ site: string; disclosure: Record<string, unknown>; days: number }>(
      `SELECT s.region_code AS site, a.disclosure,
         floor(extract(epoch FROM ($1::timestamptz - a.published_at)) / 86400)::int AS days
       FROM portal_articles a JOIN portal_sites s ON s.id = a.site_id
       WHERE a.kind = 'disclosure' AND a.state = 'published'`,
      [TEST_NOW.toISOString()],
    );
    expect(new Set(rows.map((r) => r.site))).toEqual(new Set(['371324000000', '371324106000']));
    const required = Object.keys(disclosureSchema.shape).filter((k) => k !== 'beneficiaryNames');
    for (const row of rows) {
      expect(disclosureSchema.safeParse(row.disclosure).success).toBe(true);
      expect(required.filter((k) => row.disclosure[k] === undefined || row.disclosure[k] === '')).toEqual([]);
    }
    expect(rows.some((r) => r.days < 10)).toBe(true);
    expect(rows.some((r) => r.days > 10 && String(r.disclosure.periodTo) < TEST_TODAY)).toBe(true);
  });

  it('passes its own self-inspection but for the town’s empty policy column', async () => {
    const [county, town] = await sites();
    expect((await inspectSite(db, actor, county!.id, TEST_NOW)).findings).toEqual([]);
    const findings = (await inspectSite(db, actor, town!.id, TEST_NOW)).findings;
    expect(findings.map((f) => [f.kind, f.message.zh])).toEqual([
      ['empty_column', '栏目“政策文件”没有任何已发布的内容（空白栏目）'],
    ]);
  });
});
