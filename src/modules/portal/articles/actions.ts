import type { z } from 'zod';
import { fieldRules, ruleViolation, versionConflict, type Message } from '../../../app/errors.ts';
import type { Tx } from '../../../db/types.ts';
import type { Permission } from '../../access/permissions.ts';
import { requireAccess } from '../../access/require-access.ts';
import { recordAudit } from '../../audit/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import { requirePublishableImages } from './body.ts';
import type { DecidedAccess } from './commands.ts';
import { articleRow } from './queries.ts';
import { cancelPublishing, schedulePublishing } from './schedule.ts';
import type { Article, ArticleAction, ArticleState, articleActionBody } from './schemas.ts';

/**
 * The editorial workflow: a contributor writes and submits, an editor returns, publishes (now or at a set
 * time), withdraws; a withdrawn article may be taken back as a draft. Each action names the states it
 * leaves from and the permission it asks (a contributor's `publish` is 403, not 422).
 */
const ACTIONS: Record<ArticleAction, { from: ArticleState[]; to: ArticleState; permission: Permission }> = {
  submit: { from: ['draft'], to: 'in_review', permission: 'article.write' },
  return: { from: ['in_review'], to: 'draft', permission: 'article.publish' },
  publish: { from: ['draft', 'in_review', 'scheduled'], to: 'published', permission: 'article.publish' },
  schedule: { from: ['draft', 'in_review', 'scheduled'], to: 'scheduled', permission: 'article.publish' },
  unschedule: { from: ['scheduled'], to: 'in_review', permission: 'article.publish' },
  withdraw: { from: ['published'], to: 'withdrawn', permission: 'article.publish' },
  redraft: { from: ['withdrawn'], to: 'draft', permission: 'article.write' },
};

const STATE_NAMES: Record<ArticleState, Message> = {
  draft: { zh: '草稿', en: 'draft' },
  in_review: { zh: '待审核', en: 'in review' },
  scheduled: { zh: '定时发布', en: 'scheduled' },
  published: { zh: '已发布', en: 'published' },
  withdrawn: { zh: '已撤下', en: 'withdrawn' },
};

const DAY_MS = 24 * 60 * 60 * 1000;

function required(field: string, message: Message) {
  return fieldRules(`${field.toUpperCase()}_REQUIRED`, [{ field, code: 'REQUIRED', message }]);
}

/** The columns an action sets besides the state. */
function effects(a: Article, action: ArticleAction, body: z.infer<typeof articleActionBody>, now: Date) {
  switch (action) {
    case 'publish':
      return {
        publishAt: null,
        publishedAt: now,
        withdrawnAt: a.withdrawnAt,
        withdrawnReason: a.withdrawnReason,
      };
    case 'schedule': {
      if (body.publishAt === undefined)
        throw required('publishAt', { zh: '请填写定时发布时间', en: 'Give the time to publish at' });
      const at = new Date(body.publishAt);
      if (at <= now)
        throw ruleViolation(
          'PUBLISH_AT_PAST',
          { zh: '定时发布时间须晚于现在', en: 'The time to publish at must be in the future' },
          { field: 'publishAt' },
        );
      return { publishAt: at, publishedAt: null, withdrawnAt: null, withdrawnReason: null };
    }
    case 'withdraw': {
      if (body.reason === undefined)
        throw required('reason', { zh: '请填写撤下理由', en: 'Give the reason for withdrawing' });
      if (a.minDays !== null && a.publishedAt !== null) {
        const until = new Date(new Date(a.publishedAt).getTime() + a.minDays * DAY_MS);
        if (now < until)
          throw ruleViolation(
            'DISCLOSURE_PERIOD',
            {
              zh: `资金项目公开须公示至少 ${a.minDays} 天，${until.toISOString().slice(0, 10)} 之前不能撤下`,
              en: `A disclosure stays published at least ${a.minDays} days: not before ${until.toISOString()}`,
            },
            { until: until.toISOString(), minDays: a.minDays },
          );
      }
      return { publishAt: null, publishedAt: a.publishedAt, withdrawnAt: now, withdrawnReason: body.reason };
    }
    case 'return':
      if (body.reason === undefined)
        throw required('reason', { zh: '请填写退回理由', en: 'Give the reason for returning it' });
      return { publishAt: null, publishedAt: null, withdrawnAt: null, withdrawnReason: null };
    case 'submit':
    case 'unschedule':
    case 'redraft':
      return { publishAt: null, publishedAt: null, withdrawnAt: null, withdrawnReason: null };
  }
}

export async function actOnArticle(
  tx: Tx,
  actor: Actor,
  id: number,
  body: z.infer<typeof articleActionBody>,
  now: Date,
  decided?: DecidedAccess,
): Promise<Article> {
  const rule = ACTIONS[body.action];
  const region =
    decided?.siteRegion ??
    (await requireAccess(tx, actor, rule.permission, [id], { lock: true })).get(String(id))!;
  const before = await articleRow(tx, id);
  if (before.version !== body.version) throw versionConflict('portal_article', before.version);
  if (!rule.from.includes(before.state))
    throw ruleViolation(
      'WRONG_STATE',
      {
        zh: `文章处于“${STATE_NAMES[before.state].zh}”状态，不能执行此操作`,
        en: `The article is ${STATE_NAMES[before.state].en}: this action does not apply`,
      },
      { state: before.state, action: body.action },
    );
  const set = effects(before, body.action, body, now);
  if (rule.to === 'published' || rule.to === 'scheduled')
    await requirePublishableImages(tx, before.siteId, before.bodyHtml);
  await tx.query(
    `UPDATE portal_articles SET state = $2, publish_at = $3, published_at = $4, withdrawn_at = $5,
       withdrawn_reason = $6, version = version + 1, updated_at = now()
     WHERE id = $1`,
    [id, rule.to, set.publishAt, set.publishedAt, set.withdrawnAt, set.withdrawnReason],
  );
  if (rule.to === 'scheduled') await schedulePublishing(tx, id, region, set.publishAt!);
  else if (before.state === 'scheduled') await cancelPublishing(tx, id);
  const after = await articleRow(tx, id);
  await recordAudit(tx, actor, {
    action: `portal.article_${body.action}`,
    entity: 'portal_article',
    entityId: id,
    regionCode: region,
    before: { state: before.state, version: before.version },
    after: {
      state: after.state,
      version: after.version,
      ...(body.reason === undefined ? {} : { reason: body.reason }),
      ...(after.publishAt === null ? {} : { publishAt: after.publishAt }),
    },
  });
  return after;
}
