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
import { rejectNul } from './input-guard.ts';
import { LIMITS } from './limits.ts';
import { securityHeaders } from './security-headers.ts';
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
  const headers = securityHeaders(deps.config.secureCookies);
  const app = Fastify({
    logger: deps.logger === false ? false : loggerOptions(deps.config.logLevel, deps.logStream),
    genReqId: () => randomUUID(),
    requestIdHeader: 'x-request-id',
    bodyLimit: LIMITS.jsonBody,
    routerOptions: { maxParamLength: LIMITS.paramLength },
    http: { maxHeaderSize: LIMITS.headerBytes },
    // A URL Fastify cannot decode is answered before any hook runs: give it the same headers and error shape.
    frameworkErrors: (error, request, reply) => {
      headers(request, reply);
      void handleError(error, request, reply);
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', deps.db);
  app.decorate('config', deps.config);
  app.decorate('clock', deps.clock ?? (() => new Date()));
  app.decorateRequest('actor', null);
  app.setErrorHandler(handleError);
  app.addHook('onRequest', async (request, reply) => headers(request, reply));
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
  await app.register(multipart, {
    limits: {
      fileSize: LIMITS.importFile,
      files: LIMITS.files,
      fields: LIMITS.fields,
      fieldSize: LIMITS.fieldSize,
      fieldNameSize: LIMITS.fieldNameSize,
      parts: LIMITS.parts,
      headerPairs: LIMITS.headerPairs,
    },
  });
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
  app.addHook('preValidation', async (request) => {
    rejectNul(request.params, 'params');
    rejectNul(request.query, 'query');
    rejectNul(request.body);
  });
  await registerModules(app);
  if (!deps.config.humanCheck) {
    app.log.warn(
      '人机验证已关闭（ZHENFU_HUMAN_CHECK=off），公开表单不再拦截脚本 / the human check is off: public forms take scripted posts',
    );
  }
  return app;
}
