/**
 * The bare household route of bench/household-get.ts, and the same route with the real server's layers added
 * back one at a time (`--layers`), so the gap between bare and real is measured step by step. Each step keeps
 * the layers before it and reuses the server's own code for the one it adds:
 *
 * - bare:    Fastify, one route (/api/households/:id): the household row by id, then its members (the registry's column lists);
 * - session: + @fastify/cookie and the server's session hook (installSessionHook: one query per request);
 * - page:    the two reads replaced by getHousehold itself — the one statement with the read and year scopes
 *            and, for a role with personal data, the read-audit insert — and the masking presenter;
 * - zod:     + the zod validator and serializer compilers with the route's params, query and response schemas;
 * - headers: + the security headers (helmet, as securityHeaders sets them), a random UUID request id and its
 *            x-request-id response header.
 *
 * What the real server has beyond the last step: the requireActor and NUL-guard hooks,
 * its error handler, the multipart, swagger and other modules' registrations. The logger is off in both.
 */
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../src/app/context.ts';
import { securityHeaders } from '../../src/app/security-headers.ts';
import type { Db } from '../../src/db/types.ts';
import { installSessionHook } from '../../src/modules/auth/session.ts';
import { today } from '../../src/modules/registry/commands/shared.ts';
import { getHousehold } from '../../src/modules/registry/queries.ts';
import { HOUSEHOLD_SELECT, MEMBER_SELECT } from '../../src/modules/registry/repo.ts';
import { householdSchema, idParam, queryYearSchema } from '../../src/modules/registry/schemas.ts';

/** The layers in the order the ladder adds them. */
export const LAYERS = ['session', 'page', 'zod', 'headers'] as const;
export type Layer = (typeof LAYERS)[number];

/** Under /api, so the security headers take the API's policy as on the real route. */
export const BARE_PATH_PREFIX = '/api/households/';

/** The GET route's schema as registry/routes.ts declares it (its yearQuery is not exported). */
const routeSchema = {
  params: idParam,
  querystring: z.object({ year: queryYearSchema.optional() }),
  response: { 200: householdSchema },
};

/** The bare route with the first `depth` layers of LAYERS (0: bare). */
export async function layeredServer(db: Db, depth: number): Promise<FastifyInstance> {
  const has = (layer: Layer) => LAYERS.indexOf(layer) < depth;
  if (has('page') && !has('session')) throw new Error('the page layer reads as the session user');
  const app = Fastify({ logger: false, ...(has('headers') ? { genReqId: () => randomUUID() } : {}) });
  if (has('headers')) {
    const headers = securityHeaders(false);
    app.addHook('onRequest', async (request, reply) => headers(request, reply));
    app.addHook('onSend', async (request, reply) => {
      reply.header('x-request-id', request.id);
    });
  }
  if (has('zod')) {
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
  }
  if (has('session')) {
    app.decorate('db', db);
    app.decorateRequest('actor', null);
    await app.register(cookie);
    installSessionHook(app);
  }
  app.get<{ Params: { id: string }; Querystring: { year?: number } }>(
    BARE_PATH_PREFIX + ':id',
    has('zod') ? { schema: routeSchema } : {},
    async (request, reply) => {
      const id = Number(request.params.id);
      if (has('page')) {
        return getHousehold(db, requireActor(request), id, { year: request.query.year, today: today() });
      }
      const [household] = await db.query(`SELECT ${HOUSEHOLD_SELECT} FROM households h WHERE h.id = $1`, [
        id,
      ]);
      if (!household) return reply.status(404).send({ error: 'not found' });
      const members = await db.query(
        `SELECT ${MEMBER_SELECT} FROM members m WHERE m.household_id = $1 ORDER BY m.active DESC, m.relation, m.id`,
        [id],
      );
      return { ...household, members };
    },
  );
  return app;
}
