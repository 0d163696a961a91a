import type { FastifyReply } from 'fastify';
import { requireActor, type App } from '../../app/context.ts';
import { LIMITS } from '../../app/limits.ts';
import { retryTransaction } from '../../db/retry.ts';
import { today } from '../registry/commands/shared.ts';
import { attendance } from './attendance.ts';
import { checkIn, listCheckins } from './checkins.ts';
import { sendConfirmationCode } from './codes.ts';
import { createVisit, prepareVisit } from './create.ts';
import { myHouseholds } from './my-households.ts';
import { listVisits, readVisit, visitImage } from './read.ts';
import {
  attendanceQuery,
  attendanceSchema,
  checkinBody,
  checkinListQuery,
  checkinListSchema,
  checkinSchema,
  codeBody,
  codeSchema,
  idParam,
  myHouseholdsSchema,
  photoParam,
  visitBody,
  visitListQuery,
  visitListSchema,
  visitSchema,
} from './schemas.ts';
import { codeSenderOf } from './sender.ts';

const tags = ['visits'];

/** A household's image (a visit's photo or signature): personal, so never cached and never sniffed. */
const sendImage = (reply: FastifyReply, image: { mime: string; bytes: Uint8Array }) =>
  reply
    .header('content-type', image.mime)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(Buffer.from(image.bytes));

/** Presence (驻村考勤) and visits (走访) of the casework, and a paired cadre's "my households". */
export async function visitRoutes(app: App) {
  app.post(
    '/api/v1/checkins',
    {
      schema: {
        tags,
        summary: 'Check in at the village (work-team member) / 驻村签到',
        description:
          "The caller's cadre record checks in at their work team's village that day (or villageCode when no team says it). 201 new; 200 with the stored check-in for a clientId already stored. 404 NO_CADRE_RECORD, 422 FUTURE_TIME, NO_TEAM, NOT_TEAM_VILLAGE; 409 CLIENT_ID_TAKEN.",
        body: checkinBody,
        response: { 200: checkinSchema, 201: checkinSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { created, checkin } = await retryTransaction(app.db, (tx) =>
        checkIn(tx, actor, request.body, app.clock()),
      );
      return reply.status(created ? 201 : 200).send(checkin);
    },
  );

  app.get(
    '/api/v1/checkins',
    {
      schema: {
        tags,
        summary: 'Check-ins in your scope, newest first / 签到记录',
        querystring: checkinListQuery,
        response: { 200: checkinListSchema },
      },
    },
    async (request) => listCheckins(app.db, requireActor(request), request.query),
  );

  app.get(
    '/api/v1/attendance',
    {
      schema: {
        tags,
        summary: 'Days in the village per work-team member against the rule / 驻村考勤统计',
        description:
          "Per member of the work teams in scope: days checked in at the team's village in the month (or year), the working days of the deployment's calendar so far, the days required (the province's residentShareOfWorkingDays, or residentDaysPerYear for a year) and whether they were met.",
        querystring: attendanceQuery,
        response: { 200: attendanceSchema },
      },
    },
    async (request) => attendance(app.db, requireActor(request), request.query, today(app.clock())),
  );

  app.post(
    '/api/v1/visits',
    {
      bodyLimit: LIMITS.visitBody,
      schema: {
        tags,
        summary: 'Record a visit to a household (idempotent by clientId) / 走访记录',
        description:
          "201 with the visit; 200 with the stored visit when clientId was stored already (nothing stored again). Photos: base64 JPEG or PNG (checked by their bytes, 422 IMAGE_TYPE; 413 over 4 MB), their EXIF time and GPS compared with the visit's (timeGapSeconds, distanceM, flagged). Confirmation: a drawn signature (PNG) or the code sent by POST /api/v1/visits/confirmation-codes (422 CODE_INVALID). 404 outside your households; 422 FUTURE_TIME; 409 CLIENT_ID_TAKEN.",
        body: visitBody,
        response: { 200: visitSchema, 201: visitSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const prepared = await prepareVisit(request.body, app.clock());
      const { created, visit } = await retryTransaction(app.db, (tx) =>
        createVisit(tx, actor, prepared, app.clock()),
      );
      return reply.status(created ? 201 : 200).send(visit);
    },
  );

  app.post(
    '/api/v1/visits/confirmation-codes',
    {
      schema: {
        tags,
        summary: "Send a confirmation code to the household's phone / 发送走访确认码",
        description:
          'A 6-digit code valid 15 minutes, kept as a keyed hash; it confirms one visit once. 422 NO_PHONE when the household has no phone on record.',
        body: codeBody,
        response: { 202: codeSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const sent = await retryTransaction(app.db, (tx) =>
        sendConfirmationCode(tx, actor, request.body.householdId, app.clock(), codeSenderOf(app)),
      );
      return reply.status(202).send(sent);
    },
  );

  app.get(
    '/api/v1/visits',
    {
      schema: {
        tags,
        summary: 'Visits in your scope, newest first / 走访列表',
        querystring: visitListQuery,
        response: { 200: visitListSchema },
      },
    },
    async (request) => listVisits(app.db, requireActor(request), request.query),
  );

  app.get(
    '/api/v1/visits/:id',
    {
      schema: { tags, summary: 'One visit / 走访详情', params: idParam, response: { 200: visitSchema } },
    },
    async (request) => readVisit(app.db, requireActor(request), request.params.id),
  );

  app.get(
    '/api/v1/visits/:id/photos/:photoId',
    {
      schema: { tags, summary: 'A photo of a visit (private, not cached) / 走访照片', params: photoParam },
    },
    async (request, reply) => {
      const { id, photoId } = request.params;
      return sendImage(reply, await visitImage(app.db, requireActor(request), id, { photoId }));
    },
  );

  app.get(
    '/api/v1/visits/:id/signature',
    {
      schema: {
        tags,
        summary: "The household's drawn signature confirming a visit (PNG, private) / 走访签名确认",
        description:
          'image/png, for a reader of the visit; 404 outside your households or when the visit was not confirmed by a signature. The read is recorded in the audit.',
        params: idParam,
      },
    },
    async (request, reply) =>
      sendImage(reply, await visitImage(app.db, requireActor(request), request.params.id, 'signature')),
  );

  app.get(
    '/api/v1/my/households',
    {
      schema: {
        tags,
        summary: 'My paired households with what is due / 我的帮扶户',
        description:
          "The households of the caller's open pairings: last visit, next visit due (visitIntervalDays), open and overdue problems; overdue first, then by what falls due soonest. 404 NO_CADRE_RECORD.",
        response: { 200: myHouseholdsSchema },
      },
    },
    async (request) => myHouseholds(app.db, requireActor(request), today(app.clock())),
  );
}
