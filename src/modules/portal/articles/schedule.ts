import { DomainError } from '../../../app/errors.ts';
import type { Queryable } from '../../../db/types.ts';
import { systemActor } from '../../access/job-actor.ts';
import { recordAudit } from '../../audit/audit.ts';
import { registerJobHandler } from '../../jobs/handlers.ts';
import { cancelJobs, scheduleJobs } from '../../jobs/timers.ts';
import { requirePublishableImages } from './body.ts';

/**
 * Scheduled publishing as a timer on the job queue, one per article (its key), set in the transaction of the
 * `schedule` action and dropped by `unschedule`. The handler publishes only an article still scheduled and
 * due, so a timer that fires twice, late, or after the article moved on changes nothing twice. The article
 * is published at the moment it was scheduled for, whenever the runner got to it.
 */
export const PUBLISH_ARTICLE = 'portal.publish_article';
const keyOf = (articleId: number) => `${PUBLISH_ARTICLE}:${articleId}`;

export async function schedulePublishing(q: Queryable, articleId: number, regionCode: string, at: Date) {
  await scheduleJobs(q, [
    {
      kind: PUBLISH_ARTICLE,
      key: keyOf(articleId),
      runAt: at,
      payload: { articleId },
      actor: systemActor(regionCode),
      regionCode,
      replace: true,
    },
  ]);
}

export async function cancelPublishing(q: Queryable, articleId: number) {
  await cancelJobs(q, [keyOf(articleId)]);
}

registerJobHandler(PUBLISH_ARTICLE, (payload, ctx) =>
  ctx.db.transaction(async (tx) => {
    const { articleId } = payload as { articleId: number };
    const [a] = await tx.query<{
      siteId: number;
      state: string;
      publishAt: Date | null;
      bodyHtml: string;
      regionCode: string;
    }>(
      `SELECT a.site_id::int AS "siteId", a.state, a.publish_at AS "publishAt", a.body_html AS "bodyHtml",
              s.region_code AS "regionCode"
       FROM portal_articles a JOIN portal_sites s ON s.id = a.site_id WHERE a.id = $1 FOR UPDATE OF a`,
      [articleId],
    );
    if (!a || a.state !== 'scheduled') return { skipped: 'not scheduled' };
    if (a.publishAt === null || new Date(a.publishAt) > ctx.now) return { skipped: 'not due' };
    try {
      await requirePublishableImages(tx, a.siteId, a.bodyHtml);
    } catch (error) {
      // Edits of a scheduled article are checked too; this guards a body changed by other means.
      if (error instanceof DomainError) return { refused: error.code };
      throw error;
    }
    await tx.query(
      `UPDATE portal_articles SET state = 'published', published_at = publish_at, version = version + 1,
         updated_at = now() WHERE id = $1`,
      [articleId],
    );
    await recordAudit(tx, ctx.actor, {
      action: 'portal.article_publish',
      entity: 'portal_article',
      entityId: articleId,
      regionCode: a.regionCode,
      before: { state: 'scheduled' },
      after: { state: 'published', publishedAt: new Date(a.publishAt).toISOString(), scheduled: true },
    });
    return { published: articleId };
  }),
);
