import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Db } from '../db/types.ts';
import type { Config } from './config.ts';
import { requireActor, type App } from './context.ts';
import { handleError } from './http-errors.ts';
import { loggerOptions } from './logger.ts';
import { registerModules } from './modules.ts';
import { installSessionHook } from '../modules/auth/session.ts';

/** The only API paths a caller without a session may use. */
const ANONYMOUS_API = new Set(['/api/v1/auth/login', '/api/v1/auth/logout']);

export interface ServerDeps {
  db: Db;
  config: Config;
  /** Tests pass false to keep the output clean. */
  logger?: boolean;
  /** Where log lines go (default stdout); tests capture them to prove no personal data is logged. */
  logStream?: NodeJS.WritableStream;
  /** The date and time the server works with (default: the machine's); tests give a fixed one. */
  clock?: () => Date;
}

export const API_INFO = {
  title: 'Zhenfu 真扶 API',
  version: '1',
  description:
    'Targeted poverty alleviation and return-to-poverty monitoring. Errors are JSON with a stable code and a message in zh and en.',
};

/** Assembles the HTTP server: contracts, OpenAPI, cookies, errors, then every module's routes. */
export async function buildServer(deps: ServerDeps): Promise<App> {
  const app = Fastify({
    logger: deps.logger === false ? false : loggerOptions(deps.config.logLevel, deps.logStream),
    genReqId: () => randomUUID(),
    requestIdHeader: 'x-request-id',
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', deps.db);
  app.decorate('config', deps.config);
  app.decorate('clock', deps.clock ?? (() => new Date()));
  app.decorateRequest('actor', null);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: {
        code: 'NOT_FOUND',
        message: { zh: '没有这个地址', en: `No route ${request.method} ${request.url.split('?')[0]}` },
        requestId: request.id,
      },
    }),
  );
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 512 * 1024 * 1024, files: 1 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: API_INFO,
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'zhenfu_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  installSessionHook(app);
  // Authentication before validation: an anonymous caller learns nothing about the API's contracts.
  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/v1/') && !ANONYMOUS_API.has(path)) requireActor(request);
  });
  await registerModules(app);
  return app;
}
