import type { FastifyInstance, FastifyRequest, RawServerDefault, FastifyBaseLogger } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../db/types.ts';
import type { Config } from './config.ts';
import type { Actor } from '../modules/auth/actor.ts';
import { DomainError } from './errors.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
    /** The server's clock: what "today" and "this year" are. Tests fix it, so no result depends on the day. */
    clock: () => Date;
  }
  interface FastifyRequest {
    /** Set by the auth module from the session cookie; null when nobody is logged in. */
    actor: Actor | null;
  }
}

/** The Fastify instance with zod contracts, as every module's routes receive it. */
export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** The logged-in actor of a request, or 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) {
    throw new DomainError('unauthenticated', 'UNAUTHENTICATED', {
      zh: '请先登录（会话不存在或已过期）',
      en: 'Please log in (no session, or it has expired)',
    });
  }
  return request.actor;
}
