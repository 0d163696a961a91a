import { requireActor, type App } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { sendDownload } from '../../../app/uploads.ts';
import { retryTransaction } from '../../../db/retry.ts';
import { today } from '../../registry/commands/shared.ts';
import { actOnComplaint } from './actions.ts';
import { complaintAttachment, complaintDetail, listInbox } from './inbox.ts';
import { actionBody, attachmentParam, detailSchema, idParam, inboxQuery, inboxSchema } from './schemas.ts';

const tags = ['complaints'];

/** The complaints inbox of the console: complaint.read to read, complaint.write to act (access layer). */
export async function complaintRoutes(app: App) {
  app.get(
    '/api/v1/complaints',
    {
      schema: {
        tags,
        summary: 'The complaints of your inbox, open ones by due date / 监督举报收件箱',
        querystring: inboxQuery,
        response: { 200: inboxSchema },
      },
    },
    async (request) => listInbox(app.db, requireActor(request), request.query),
  );

  app.get(
    '/api/v1/complaints/:id',
    {
      schema: {
        tags,
        summary:
          'One complaint with its attachments and trail (contact masked without personal data) / 举报详情',
        params: idParam,
        response: { 200: detailSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.db.transaction((tx) => complaintDetail(tx, actor, request.params.id));
    },
  );

  app.post(
    '/api/v1/complaints/:id/actions',
    {
      schema: {
        tags,
        summary: 'Accept, reply, close, or publish the reply (with consent) / 办理举报',
        description:
          'accept: received → in_progress; reply (reply required): → answered; close: answered → closed, or an unanswered one with its reason in reply; publish_reply: answered or closed and consented — publicReply (default the reply) with ID, phone and bank numbers masked and namesToHide replaced by 某某. 409 VERSION_CONFLICT, 422 WRONG_STATE, 422 NO_CONSENT.',
        params: idParam,
        body: actionBody,
        response: { 200: detailSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id } = request.params;
      return retryTransaction(app.db, async (tx) => {
        await actOnComplaint(tx, actor, id, request.body, today(app.clock()));
        return complaintDetail(tx, actor, id);
      });
    },
  );

  app.get(
    '/api/v1/complaints/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'An attachment of a complaint (audited read) / 举报附件',
        params: attachmentParam,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id, attachmentId } = request.params;
      const file = await app.db.transaction((tx) => complaintAttachment(tx, actor, id, attachmentId));
      if (!file) throw notFound('attachment', attachmentId);
      return sendDownload(reply, file);
    },
  );
}
