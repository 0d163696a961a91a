import type { Db, Tx } from '../../../db/types.ts';
import type { Actor } from '../../auth/actor.ts';
import { COUNTRY } from '../../regions/region-code.ts';
import { actOnArticle } from '../articles/actions.ts';
import { createArticle } from '../articles/commands.ts';
import { saveImage } from '../images.ts';
import { createSite, updateSite } from '../sites/commands.ts';
import {
  bodyHtml,
  dayOffset,
  daysBefore,
  type DemoArticle,
  type DemoDisclosure,
  type DemoSite,
} from './content.ts';
import { COUNTY_ARTICLES } from './county-articles.ts';
import { COUNTY_DISCLOSURES, TOWN_DISCLOSURES } from './disclosures.ts';
import { demoLogoPng, type Rgb } from './logo.ts';
import { DEMO_COUNTY_SITE, DEMO_TOWN_SITE } from './sites.ts';
import { TOWN_ARTICLES } from './town-articles.ts';

/**
 * The demo portal (issue 12 §7): the demo county's site (primary, at `/`) and 车辋镇's, each with its logo, footer,
 * default columns and the articles and disclosures of this folder, published through the editorial commands
 * — with their revisions, sanitising and audit — at times dated back from the demo's day. Made once: a
 * registry that has any site already gets nothing.
 */
export interface DemoPortalSummary {
  sites: number;
  articles: number;
  disclosures: number;
}

interface SitePlan {
  site: DemoSite;
  colour: Rgb;
  articles: DemoArticle[];
  disclosures: DemoDisclosure[];
}

const PLANS: SitePlan[] = [
  {
    site: DEMO_COUNTY_SITE,
    colour: [200, 16, 46],
    articles: COUNTY_ARTICLES,
    disclosures: COUNTY_DISCLOSURES,
  },
  { site: DEMO_TOWN_SITE, colour: [22, 93, 160], articles: TOWN_ARTICLES, disclosures: TOWN_DISCLOSURES },
];

/** The demo's editor: the commands ask for an editor's grant on the county to write and publish. */
function demoEditor(actor: Actor): Actor {
  return {
    ...actor,
    grants: [
      { role: 'system_admin', regionCode: COUNTRY },
      { role: 'editor', regionCode: DEMO_COUNTY_SITE.regionCode },
    ],
  };
}

/** Creates the demo portal unless some site exists; undefined when it did nothing. */
export async function createDemoPortal(
  db: Db,
  actor: Actor,
  today: string,
): Promise<DemoPortalSummary | undefined> {
  return db.transaction(async (tx) => {
    const [any] = await tx.query('SELECT 1 FROM portal_sites LIMIT 1');
    if (any) return undefined;
    const editor = demoEditor(actor);
    const summary: DemoPortalSummary = { sites: 0, articles: 0, disclosures: 0 };
    for (const plan of PLANS) {
      await createDemoSite(tx, editor, plan, today);
      summary.sites += 1;
      summary.articles += plan.articles.length;
      summary.disclosures += plan.disclosures.length;
    }
    return summary;
  });
}

async function createDemoSite(tx: Tx, actor: Actor, plan: SitePlan, today: string): Promise<void> {
  const { site } = plan;
  const created = await createSite(tx, actor, {
    regionCode: site.regionCode,
    name: site.name,
    footer: site.footer,
  });
  const logo = await saveImage(tx, actor, {
    siteId: created.id,
    alt: site.logoAlt,
    file: { fileName: 'logo.png', bytes: demoLogoPng(96, plan.colour) },
  });
  await updateSite(tx, actor, created.id, {
    version: created.version,
    logoImageId: logo.id,
    ...(site.isPrimary ? { isPrimary: true } : {}),
  });
  const column = (slug: string) => {
    const found = created.columns.find((c) => c.slug === slug);
    if (!found) throw new Error(`the default columns have no ${slug}`);
    return found.id;
  };
  // Oldest first, so ids follow publish times as they would on a real site.
  const items = [
    ...plan.articles.map((a) => ({ a, columnId: column(a.column), disclosure: undefined })),
    ...plan.disclosures.map((d) => ({ a: d, columnId: column('funds'), disclosure: disclosureOf(d, today) })),
  ].sort((x, y) => y.a.daysAgo - x.a.daysAgo);
  for (const { a, columnId, disclosure } of items) {
    const article = await createArticle(tx, actor, {
      siteId: created.id,
      columnId,
      kind: disclosure ? 'disclosure' : 'article',
      title: a.title,
      bodyHtml: bodyHtml(a.body),
      source: a.source ?? null,
      author: a.author ?? null,
      organisation: a.organisation ?? null,
      ...(disclosure ? { disclosure } : {}),
    });
    await actOnArticle(
      tx,
      actor,
      article.id,
      { action: 'publish', version: article.version },
      daysBefore(today, a.daysAgo, a.time),
    );
  }
}

function disclosureOf(d: DemoDisclosure, today: string) {
  const [from, to] = d.periodDays;
  return { ...d.fields, periodFrom: dayOffset(today, from), periodTo: dayOffset(today, to) };
}
