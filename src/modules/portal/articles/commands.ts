import type { z } from 'zod';
import { ruleViolation, versionConflict } from '../../../app/errors.ts';
import type { Tx } from '../../../db/types.ts';
import { permits } from '../../access/permissions.ts';
import { forbidden, requireAccess } from '../../access/require-access.ts';
import { recordAudit } from '../../audit/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import { isWithin } from '../../regions/region-code.ts';
import { DISCLOSURE_MIN_DAYS, type Disclosure } from '../schemas.ts';
import { requireSite } from '../sites/access.ts';
import { prepareBody, requirePublishableImages } from './body.ts';
import { articleRow } from './queries.ts';
import type { Article, createArticleBody, updateArticleBody } from './schemas.ts';

/**
 * Writing an article: a draft with revision 1, then every change a new revision (kept whole and never
 * rewritten, so the console diffs any two). The html goes through the allowlist on every write.
 */
type Fields = Pick<Article, 'columnId' | 'source' | 'author' | 'organisation' | 'disclosure'>;

/** The column must be one of the site's; a disclosure sits in a disclosures column, in the site's region. */
async function checkPlacement(
  tx: Tx,
  site: { id: number; region: string },
  kind: Article['kind'],
  columnId: number,
  disclosure: Disclosure | null | undefined,
) {
  const [column] = await tx.query<{ kind: string }>(
    `SELECT kind FROM portal_columns WHERE id = $1 AND site_id = $2`,
    [columnId, site.id],
  );
  if (!column)
    throw ruleViolation(
      'COLUMN_UNKNOWN',
      { zh: '栏目不属于该网站', en: 'The column is not one of this site’s' },
      { field: 'columnId' },
    );
  if (kind === 'article' && disclosure)
    throw ruleViolation(
      'DISCLOSURE_FIELDS',
      { zh: '只有资金项目公开才填写公开字段', en: 'Only a disclosure carries disclosure fields' },
      { field: 'disclosure' },
    );
  if (kind !== 'disclosure') return;
  if (!disclosure)
    throw ruleViolation(
      'DISCLOSURE_FIELDS',
      { zh: '资金项目公开须填写项目字段', en: 'A disclosure needs its fields' },
      { field: 'disclosure' },
    );
  if (column.kind !== 'disclosures')
    throw ruleViolation(
      'WRONG_COLUMN',
      { zh: '资金项目公开须放在资金项目公开栏目', en: 'A disclosure goes in a disclosures column' },
      { field: 'columnId' },
    );
  if (!isWithin(disclosure.village, site.region))
    throw ruleViolation(
      'VILLAGE_OUTSIDE',
      { zh: '项目所在村不在本网站的地区内', en: 'The village is outside the site’s region' },
      { field: 'disclosure.village' },
    );
}

async function writeRevision(tx: Tx, actor: Actor, a: Article, note: string | null) {
  const fields: Fields = {
    columnId: a.columnId,
    source: a.source,
    author: a.author,
    organisation: a.organisation,
    disclosure: a.disclosure,
  };
  await tx.query(
    `INSERT INTO portal_article_revisions (article_id, revision, title, body_html, fields, note, edited_by,
                                           edited_by_name)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8)`,
    [a.id, a.revision, a.title, a.bodyHtml, JSON.stringify(fields), note, actor.userId, actor.username],
  );
}

/**
 * Access decided by the caller for this one write, on the site's region: the projects module's disclosure
 * (projects/disclosure.ts), made by the project's keeper from the project's own record and left for an editor.
 */
export interface DecidedAccess {
  siteRegion: string;
}

export async function createArticle(
  tx: Tx,
  actor: Actor,
  body: z.infer<typeof createArticleBody>,
  decided?: DecidedAccess,
) {
  const region = decided?.siteRegion ?? (await requireSite(tx, actor, body.siteId, 'article.write'));
  await checkPlacement(tx, { id: body.siteId, region }, body.kind, body.columnId, body.disclosure);
  const { html, text } = prepareBody(body.bodyHtml);
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO portal_articles (site_id, column_id, kind, title, body_html, body_text, source, author,
                                  organisation, disclosure, min_days, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12) RETURNING id::int`,
    [
      body.siteId,
      body.columnId,
      body.kind,
      body.title,
      html,
      text,
      body.source || null,
      body.author || null,
      body.organisation || null,
      body.disclosure ? JSON.stringify(body.disclosure) : null,
      body.kind === 'disclosure' ? DISCLOSURE_MIN_DAYS : null,
      actor.userId,
    ],
  );
  const article = await articleRow(tx, row!.id);
  await writeRevision(tx, actor, article, null);
  await recordAudit(tx, actor, {
    action: 'portal.article_create',
    entity: 'portal_article',
    entityId: article.id,
    regionCode: region,
    after: { title: article.title, kind: article.kind, columnId: article.columnId, revision: 1 },
  });
  return article;
}

/** Only an editor changes what the public sees or is about to (a published or scheduled article). */
const LIVE = new Set(['published', 'scheduled']);

export async function updateArticle(
  tx: Tx,
  actor: Actor,
  id: number,
  body: z.infer<typeof updateArticleBody>,
) {
  const region = (await requireAccess(tx, actor, 'article.write', [id], { lock: true })).get(String(id))!;
  const before = await articleRow(tx, id);
  if (LIVE.has(before.state) && !permits(actor, 'article.publish', region)) throw forbidden();
  if (before.version !== body.version) throw versionConflict('portal_article', before.version);
  if (before.state === 'withdrawn')
    throw ruleViolation('WRONG_STATE', {
      zh: '已撤下的文章请先恢复为草稿再修改',
      en: 'Redraft a withdrawn article before changing it',
    });
  const next = {
    columnId: body.columnId ?? before.columnId,
    title: body.title ?? before.title,
    source: body.source === undefined ? before.source : body.source || null,
    author: body.author === undefined ? before.author : body.author || null,
    organisation: body.organisation === undefined ? before.organisation : body.organisation || null,
    disclosure: body.disclosure ?? before.disclosure,
  };
  await checkPlacement(tx, { id: before.siteId, region }, before.kind, next.columnId, next.disclosure);
  const { html, text } =
    body.bodyHtml === undefined ? prepareBody(before.bodyHtml) : prepareBody(body.bodyHtml);
  if (LIVE.has(before.state)) await requirePublishableImages(tx, before.siteId, html);
  await tx.query(
    `UPDATE portal_articles SET column_id = $2, title = $3, body_html = $4, body_text = $5, source = $6,
       author = $7, organisation = $8, disclosure = $9::jsonb, revision = revision + 1, version = version + 1,
       updated_at = now()
     WHERE id = $1`,
    [
      id,
      next.columnId,
      next.title,
      html,
      text,
      next.source,
      next.author,
      next.organisation,
      next.disclosure === null ? null : JSON.stringify(next.disclosure),
    ],
  );
  const after = await articleRow(tx, id);
  await writeRevision(tx, actor, after, body.note || null);
  await recordAudit(tx, actor, {
    action: 'portal.article_update',
    entity: 'portal_article',
    entityId: id,
    regionCode: region,
    before: { revision: before.revision, title: before.title, state: before.state },
    after: { revision: after.revision, title: after.title, state: after.state, note: body.note ?? null },
  });
  return after;
}
