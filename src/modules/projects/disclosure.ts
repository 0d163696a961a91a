import { DomainError, ruleViolation } from '../../app/errors.ts';
import type { Tx } from '../../db/types.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { recordBurden } from '../burden/record.ts';
import { actOnArticle } from '../portal/articles/actions.ts';
import { createArticle } from '../portal/articles/commands.ts';
import { FUND_SOURCES, disclosureSchema, type Disclosure, type Footer } from '../portal/schemas.ts';
import { escapeHtml } from '../portal/site/html.ts';
import { ancestorsOf } from '../regions/region-code.ts';
import { requireAccess } from '../access/require-access.ts';
import { projectById } from './queries.ts';
import type { Project } from './schemas.ts';

/**
 * A project's fund disclosure (资金项目公告公示, issue 12 §4) made in one action: the portal's structured
 * article of kind disclosure, filled from the project, placed in the disclosures column of the portal site of
 * the project's region or the nearest one above it, and submitted for review; the project keeps its id, and
 * a second request answers 409 with it.
 *
 * Who may: the project's keeper (`project.write`), without the portal's `article.write` on the site. The
 * roles that keep projects (county and town offices) write no articles, and the portal's roles read no
 * project, so asking both would leave the action to no one. Every field comes from the project record its
 * keeper answers for — nothing is typed here but whether names may be shown — and nothing reaches the public
 * before an editor of the site publishes it (`article.publish`), which stays the portal's own gate. The
 * article and its submission are written as the keeper (audited under their name) with the site's region
 * decided here (portal `DecidedAccess`).
 */
const SUPERVISION_DEFAULT = '12317'; // 全国扶贫监督举报电话, for a site whose footer names no line

export async function makeDisclosure(
  tx: Tx,
  actor: Actor,
  id: number,
  body: { namesAllowed: boolean },
  now: Date,
): Promise<{ articleId: number; siteId: number }> {
  const region = (await requireAccess(tx, actor, 'project.write', [id], { lock: true })).get(String(id))!;
  const project = await projectById(tx, actor, id);
  if (project.disclosureArticleId !== null)
    throw new DomainError(
      'conflict',
      'DISCLOSURE_EXISTS',
      { zh: '该项目已生成资金公示', en: 'The project’s disclosure is made already' },
      { articleId: project.disclosureArticleId },
    );
  if (project.state === 'cancelled')
    throw ruleViolation('PROJECT_CLOSED', {
      zh: '项目已取消，不再公示',
      en: 'The project is cancelled: there is nothing to disclose',
    });
  const site = await siteAbove(tx, region);
  const disclosure: Disclosure = disclosureSchema.parse(
    await disclosureOf(tx, project, site.footer, body.namesAllowed),
  );
  const article = await createArticle(
    tx,
    actor,
    {
      siteId: site.id,
      columnId: site.columnId,
      kind: 'disclosure',
      title: `${project.name}资金项目公告公示`,
      bodyHtml: bodyOf(project, disclosure),
      organisation: project.responsibleUnit,
      disclosure,
    },
    { siteRegion: site.regionCode },
  );
  await actOnArticle(tx, actor, article.id, { action: 'submit', version: article.version }, now, {
    siteRegion: site.regionCode,
  });
  await tx.query(`UPDATE projects SET disclosure_article_id = $2, version = version + 1 WHERE id = $1`, [
    id,
    article.id,
  ]);
  await recordAudit(tx, actor, {
    action: 'project.disclosure',
    entity: 'project',
    entityId: id,
    regionCode: region,
    after: { articleId: article.id, siteId: site.id, namesAllowed: body.namesAllowed },
  });
  // One choice typed; the disclosure's fields all came from the record.
  await recordBurden(
    tx,
    actor,
    { action: 'project.disclosure', regionCode: region, typed: 1, prefilled: Object.keys(disclosure).length },
    now,
  );
  return { articleId: article.id, siteId: site.id };
}

/** The portal site of the region or the nearest above it, with its first disclosures column. 422 without. */
async function siteAbove(tx: Tx, regionCode: string) {
  const [site] = await tx.query<{ id: number; regionCode: string; footer: Footer; columnId: number | null }>(
    `SELECT s.id::int, s.region_code AS "regionCode", s.footer,
            (SELECT c.id::int FROM portal_columns c WHERE c.site_id = s.id AND c.kind = 'disclosures'
             ORDER BY c.position, c.id LIMIT 1) AS "columnId"
     FROM portal_sites s WHERE s.region_code = ANY($1::text[])
     ORDER BY s.region_code DESC LIMIT 1`,
    [ancestorsOf(regionCode)],
  );
  if (!site)
    throw ruleViolation('NO_SITE', {
      zh: '项目所在地区及上级均没有门户网站',
      en: 'No portal site in the project’s region or above it',
    });
  if (site.columnId === null)
    throw ruleViolation(
      'NO_DISCLOSURE_COLUMN',
      { zh: '门户网站没有资金项目公开栏目', en: 'The portal site has no disclosures column' },
      { siteId: site.id },
    );
  return { ...site, columnId: site.columnId };
}

async function disclosureOf(tx: Tx, p: Project, footer: Footer, namesAllowed: boolean) {
  const funds = FUND_SOURCES.filter((s) => p.funds[s] > 0).map((s) => ({ source: s, amount: p.funds[s] }));
  if (funds.length === 0)
    throw ruleViolation('NO_FUNDS', {
      zh: '项目没有资金，无需公示',
      en: 'The project has no funds to disclose',
    });
  const names = p.villages.map((v) => v.name);
  const joined = names.join('、');
  // Every beneficiary, whoever asks (the count is public); names only of heads, only when allowed.
  const [count] = await tx.query<{ n: number; names: string[] }>(
    `SELECT count(*)::int AS n,
            coalesce(array_agg(head.name ORDER BY h.region_code, h.household_no) FILTER (WHERE head.name IS NOT NULL),
                     '{}') AS names
     FROM project_beneficiaries b JOIN households h ON h.id = b.household_id
     LEFT JOIN LATERAL (SELECT name FROM members x WHERE x.household_id = h.id AND x.active AND x.relation = '01'
                        LIMIT 1) head ON true
     WHERE b.project_id = $1`,
    [p.id],
  );
  const phone = footer.supervision?.match(/[0-9-]{5,20}/)?.[0] ?? SUPERVISION_DEFAULT;
  return {
    projectName: p.name,
    village: p.villageCodes[0]!,
    villageName: joined.length <= 60 ? joined : `${names[0]}等${names.length}个村`,
    content: p.contentScale,
    funds,
    total: p.funds.total,
    periodFrom: p.periodFrom,
    periodTo: p.periodTo,
    responsibleUnit: p.responsibleUnit,
    beneficiaryHouseholds: count!.n,
    namesAllowed,
    ...(namesAllowed && count!.names.length > 0 ? { beneficiaryNames: count!.names.slice(0, 500) } : {}),
    expectedBenefit: p.expectedBenefit ?? '带动受益户增收',
    supervisionPhone: phone,
  };
}

function bodyOf(p: Project, d: Disclosure): string {
  const villages = p.villages.map((v) => v.name).join('、');
  return [
    `<p>根据资金项目公告公示制度，现将${escapeHtml(p.name)}有关情况公示如下，接受社会监督。</p>`,
    `<p>实施地点：${escapeHtml(villages)}；资金总额 ${d.total} 元；受益 ${d.beneficiaryHouseholds} 户。</p>`,
    `<p>公示期内如有异议，请拨打监督电话 ${escapeHtml(d.supervisionPhone)} 反映。</p>`,
  ].join('');
}
