import { requireActor, type App } from '../../app/context.ts';
import { retryTransaction } from '../../db/retry.ts';
import { today } from '../registry/commands/shared.ts';
import { cadreDetail, createCadre, listCadres, myCadre, updateCadre } from './cadres.ts';
import { createPairing, endPairing, listPairings, pairingsOf } from './pairings.ts';
import {
  cadreBody,
  cadreDetailSchema,
  cadreList,
  cadrePatch,
  createdSchema,
  endPairingBody,
  idParam,
  listQuery,
  pairingBody,
  pairingList,
  pairingQuery,
  pairingSchema,
} from './schemas.ts';

const tags = ['organisation'];

/** Cadres and pairings: cadre./pairing. permissions of the access layer, lists scoped in SQL. */
export async function cadreRoutes(app: App) {
  app.get(
    '/api/v1/cadres',
    {
      schema: {
        tags,
        summary: 'Cadres of your regions, with their load (open pairings) / 帮扶干部',
        querystring: listQuery,
        response: { 200: cadreList },
      },
    },
    async (request) => listCadres(app.db, requireActor(request), request.query),
  );

  app.get(
    '/api/v1/cadres/me',
    {
      schema: {
        tags,
        summary: 'Your own cadre record and pairings (404 NO_CADRE_RECORD) / 我的干部信息',
        response: { 200: cadreDetailSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.db.transaction((tx) => myCadre(tx, actor));
    },
  );

  app.get(
    '/api/v1/cadres/:id',
    {
      schema: {
        tags,
        summary: 'One cadre with the history of their pairings / 帮扶干部详情',
        params: idParam,
        response: { 200: cadreDetailSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return app.db.transaction((tx) => cadreDetail(tx, actor, request.params.id));
    },
  );

  app.post(
    '/api/v1/cadres',
    {
      schema: {
        tags,
        summary: 'Register a cadre (userId: their login, if they use the system) / 登记帮扶干部',
        description: '422 USER_HAS_CADRE, 422 NO_SUCH_USER.',
        body: cadreBody,
        response: { 201: createdSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const now = app.clock();
      const id = await retryTransaction(app.db, (tx) => createCadre(tx, actor, request.body, now));
      return reply.code(201).send({ id });
    },
  );

  app.patch(
    '/api/v1/cadres/:id',
    {
      schema: {
        tags,
        summary: "Change a cadre (their paired households' cadre fields follow) / 修改帮扶干部",
        params: idParam,
        body: cadrePatch,
        response: { 200: cadreDetailSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const now = app.clock();
      return retryTransaction(app.db, async (tx) => {
        await updateCadre(tx, actor, request.params.id, request.body, now);
        return cadreDetail(tx, actor, request.params.id);
      });
    },
  );

  app.get(
    '/api/v1/pairings',
    {
      schema: {
        tags,
        summary: 'Pairings of cadres and households (open=true: current ones) / 结对帮扶',
        querystring: pairingQuery,
        response: { 200: pairingList },
      },
    },
    async (request) => listPairings(app.db, requireActor(request), request.query),
  );

  app.post(
    '/api/v1/pairings',
    {
      schema: {
        tags,
        summary: "Pair a cadre with a household (sets the household's cadre fields) / 结对",
        description:
          'cadreId, or userId of a cadre who logs in. 422 PAIRING_EXISTS (one open pairing per household), 422 NO_CADRE_RECORD, 422 DATE_NOT_A_FACT.',
        body: pairingBody,
        response: { 201: createdSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const now = app.clock();
      const id = await retryTransaction(app.db, (tx) =>
        createPairing(tx, actor, request.body, today(now), now),
      );
      return reply.code(201).send({ id });
    },
  );

  app.post(
    '/api/v1/pairings/:id/end',
    {
      schema: {
        tags,
        summary:
          "End a pairing (ends the paired cadre's access; clears the household's cadre fields) / 结束结对",
        description: '422 PAIRING_ENDED, 422 END_BEFORE_START.',
        params: idParam,
        body: endPairingBody,
        response: { 200: pairingSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const now = app.clock();
      return retryTransaction(app.db, async (tx) => {
        await endPairing(tx, actor, request.params.id, request.body, today(now), now);
        const [ended] = await pairingsOf(tx, null, { id: request.params.id });
        return ended!;
      });
    },
  );
}
