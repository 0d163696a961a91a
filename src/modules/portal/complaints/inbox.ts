import type { Queryable, Tx } from '../../../db/types.ts';
import { requireAccess } from '../../access/require-access.ts';
import { recordAudit } from '../../audit/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import { complaintScope } from '../../access/scope.ts';
import { canHandleComplaints, canSeePersonalData } from '../../auth/policies.ts';
import { presentContact, scrubText } from '../../privacy/present.ts';
import type { ComplaintDetail } from './schemas.ts';

/**
 * The staff's side of complaints: the inbox (complaints whose handling region lies in the caller's subtrees
 * where it reads complaints), one complaint with its attachments and trail, and an attachment's bytes. The
 * contact and any ID, phone or bank number in the text are masked for a role without personal data; a role
 * with it reads them whole, and that read is on record.
 */
export const INBOX_PAGE_SIZE = 20;

const SUMMARY = `c.id, c.tracking_no AS "trackingNo", c.title, c.region_code AS "regionCode",
  coalesce(r.name, c.region_code) AS "regionName", c.handler_region_code AS "handlerRegionCode",
  coalesce(hr.name, c.handler_region_code) AS "handlerRegionName", c.state, c.received_on::text AS "receivedOn",
  c.due_on::text AS "dueOn", c.overdue,
  EXISTS (SELECT 1 FROM complaint_events e WHERE e.complaint_id = c.id AND e.action = 'remind') AS reminded,
  c.escalation_level AS "escalationLevel", c.consent_publish AS "consentPublish", c.published, c.version`;
const FROM = `complaints c LEFT JOIN regions r ON r.code = c.region_code
  LEFT JOIN regions hr ON hr.code = c.handler_region_code`;

type Summary = Omit<
  ComplaintDetail,
  | 'content'
  | 'contact'
  | 'anonymous'
  | 'reply'
  | 'repliedOn'
  | 'publicReply'
  | 'attachments'
  | 'events'
  | 'canHandle'
>;

export async function listInbox(
  q: Queryable,
  actor: Actor,
  query: { state?: string | undefined; overdue?: 'true' | 'false' | undefined; page?: number | undefined },
): Promise<{ items: Summary[]; total: number }> {
  const params: unknown[] = [];
  const where = [complaintScope(actor, 'c.handler_region_code', params)];
  if (query.state) where.push(`c.state = $${params.push(query.state)}`);
  if (query.overdue) where.push(`c.overdue = $${params.push(query.overdue === 'true')}`);
  const offset = ((query.page ?? 1) - 1) * INBOX_PAGE_SIZE;
  // Open ones first, the nearest deadline on top; then the answered and closed, the latest first.
  const rows = await q.query<Summary & { total: number }>(
    `SELECT ${SUMMARY}, count(*) OVER ()::int AS total FROM ${FROM}
     WHERE ${where.join(' AND ')}
     ORDER BY (c.state IN ('answered', 'closed')), CASE WHEN c.state IN ('answered', 'closed') THEN NULL ELSE c.due_on END,
              c.id DESC
     LIMIT ${INBOX_PAGE_SIZE} OFFSET ${offset}`,
    params,
  );
  const total = rows[0]?.total ?? 0;
  return { items: rows.map(({ total: _total, ...r }) => ({ ...r, id: Number(r.id) })), total };
}

/**
 * One complaint for its handlers (404 outside the caller's inbox). Called in a transaction: a role that sees
 * the contact whole leaves an audit row of that read.
 */
export async function complaintDetail(tx: Tx, actor: Actor, id: number): Promise<ComplaintDetail> {
  const region = (await requireAccess(tx, actor, 'complaint.read', [id])).get(String(id))!;
  const personal = canSeePersonalData(actor, region);
  const [row] = await tx.query<
    Summary & {
      content: string;
      contact: string | null;
      anonymous: boolean;
      reply: string | null;
      repliedOn: string | null;
      publicReply: string | null;
    }
  >(
    `SELECT ${SUMMARY}, c.content, c.contact, c.anonymous, c.reply, c.replied_on::text AS "repliedOn",
            c.public_reply AS "publicReply"
     FROM ${FROM} WHERE c.id = $1`,
    [id],
  );
  const c = row!;
  const attachments = await tx.query<{ id: number; fileName: string; contentType: string; size: number }>(
    `SELECT id, file_name AS "fileName", content_type AS "contentType", size
     FROM complaint_attachments WHERE complaint_id = $1 ORDER BY id`,
    [id],
  );
  const events = await tx.query<ComplaintDetail['events'][number]>(
    `SELECT action, from_state AS "fromState", to_state AS "toState", from_region AS "fromRegion",
            to_region AS "toRegion", actor, note, date::text AS date, created_at::text AS at
     FROM complaint_events WHERE complaint_id = $1 ORDER BY id`,
    [id],
  );
  if (personal && c.contact !== null)
    await recordAudit(tx, actor, {
      action: 'complaint.read_contact',
      entity: 'complaint',
      entityId: id,
      regionCode: region,
    });
  return {
    ...c,
    id: Number(c.id),
    content: personal ? c.content : scrubText(c.content),
    contact: presentContact(c.contact, { personal }),
    attachments: attachments.map((a) => ({ ...a, id: Number(a.id) })),
    events: personal ? events : events.map((e) => ({ ...e, note: e.note && scrubText(e.note) })),
    canHandle: canHandleComplaints(actor, region),
  };
}

/** An attachment's bytes for a handler of the complaint; the read is audited (it may show anyone's papers). */
export async function complaintAttachment(tx: Tx, actor: Actor, id: number, attachmentId: number) {
  const region = (await requireAccess(tx, actor, 'complaint.read', [id])).get(String(id))!;
  const [file] = await tx.query<{ fileName: string; contentType: string; content: Uint8Array }>(
    `SELECT file_name AS "fileName", content_type AS "contentType", content
     FROM complaint_attachments WHERE id = $1 AND complaint_id = $2`,
    [attachmentId, id],
  );
  if (!file) return undefined;
  await recordAudit(tx, actor, {
    action: 'complaint.read_attachment',
    entity: 'complaint',
    entityId: id,
    regionCode: region,
    after: { attachmentId, fileName: file.fileName },
  });
  return file;
}
