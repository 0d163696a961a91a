import { notFound } from '../../../app/errors.ts';
import type { Queryable } from '../../../db/types.ts';
import { prefixOf } from '../../regions/region-code.ts';
import type { PublishedReply } from './schemas.ts';
import { queryCodeHash } from './submit.ts';

/**
 * What the public reads of complaints: one's own by tracking number and query code, and the replies
 * published with consent (scrubbed when published) in a site's 监督举报 column.
 */
export const PUBLISHED_PAGE_SIZE = 20;

const TRACKING_NO = /^[A-Z0-9]{8,24}$/;

/**
 * A complaint for the holder of its query code: state, dates and the reply once answered. An unknown
 * number and a wrong code answer the same 404, so the answer tells a guesser nothing.
 */
export async function trackComplaint(q: Queryable, trackingNo: string, code: string | undefined) {
  const no = trackingNo.trim().toUpperCase();
  const [row] = TRACKING_NO.test(no)
    ? await q.query<{
        trackingNo: string;
        title: string;
        state: 'received' | 'in_progress' | 'answered' | 'closed';
        receivedOn: string;
        dueOn: string;
        repliedOn: string | null;
        reply: string | null;
        hash: string;
      }>(
        `SELECT tracking_no AS "trackingNo", title, state, received_on::text AS "receivedOn", due_on::text AS "dueOn",
                replied_on::text AS "repliedOn", reply, query_code_hash AS hash
         FROM complaints WHERE tracking_no = $1`,
        [no],
      )
    : [];
  if (!row || !code || row.hash !== queryCodeHash(row.trackingNo, code)) throw notFound('complaint', no);
  const answered = row.state === 'answered' || row.state === 'closed';
  return {
    trackingNo: row.trackingNo,
    title: row.title,
    state: row.state,
    receivedOn: row.receivedOn,
    dueOn: row.dueOn,
    repliedOn: row.repliedOn,
    reply: answered ? row.reply : null,
  };
}

/** The replies published with consent about the site's region (its whole subtree), the latest first. */
export async function publishedReplies(
  q: Queryable,
  siteRegion: string,
  page = 1,
): Promise<{ items: PublishedReply[]; total: number }> {
  const rows = await q.query<PublishedReply & { total: number }>(
    `SELECT tracking_no AS "trackingNo", coalesce(public_title, '') AS title, received_on::text AS "receivedOn",
            replied_on::text AS "repliedOn", public_reply AS "publicReply", count(*) OVER ()::int AS total
     FROM complaints WHERE published AND public_reply IS NOT NULL AND region_code LIKE $1
     ORDER BY replied_on DESC NULLS LAST, id DESC LIMIT $2 OFFSET $3`,
    [`${prefixOf(siteRegion)}%`, PUBLISHED_PAGE_SIZE, (Math.max(1, page) - 1) * PUBLISHED_PAGE_SIZE],
  );
  return { items: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0 };
}
