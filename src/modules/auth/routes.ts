import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app/context.ts';
import { requireActor } from '../../app/context.ts';
import { DomainError } from '../../app/errors.ts';
import type { Actor } from './actor.ts';
import { changeOwnPassword, login, logout, sessionUser } from './login.ts';
import {
  canDoCasework,
  canManageOrganisation,
  canManageProjects,
  canManageSite,
  canManageUsers,
  canPublishArticles,
  canRead,
  canReadAudit,
  canReadComplaints,
  canSeePersonalData,
  canWriteArticles,
  canWriteRegistry,
} from './policies.ts';
import {
  changePasswordBodySchema,
  errorSchema,
  loginBodySchema,
  sessionResponseSchema,
  type Capabilities,
  type SessionUser,
} from './schemas.ts';
import { clearSessionCookie, sessionToken, setSessionCookie } from './session.ts';

const TAGS = ['auth'];
const noContent = z.null().describe('No content / 无内容');

/** 429 answers carry Retry-After, so clients and proxies know when to try again. */
function withRetryAfter(reply: FastifyReply, error: unknown): never {
  if (error instanceof DomainError && typeof error.details.retryAfterSeconds === 'number') {
    void reply.header('retry-after', String(error.details.retryAfterSeconds));
  }
  throw error;
}

/**
 * What the user may do, asked of the policies one grant at a time (an actor holding only that grant), so the
 * answer follows policies.ts rather than a second copy of its table. Importing takes a grant that may write;
 * the audit trail is readable, within their regions, by the grants that may audit (policies.ts).
 */
export function capabilitiesOf(user: SessionUser): Capabilities {
  const only = (grant: SessionUser['grants'][number]): Actor => ({
    userId: user.id,
    username: user.username,
    source: 'api',
    grants: [{ role: grant.role, regionCode: grant.regionCode }],
    requestId: null,
  });
  const where = (may: (actor: Actor, regionCode: string) => boolean) =>
    user.grants.filter((g) => may(only(g), g.regionCode)).map((g) => g.regionCode);
  const writeRegions = where(canWriteRegistry);
  const userRegions = where(canManageUsers);
  return {
    canWriteRegistry: writeRegions.length > 0,
    canImport: writeRegions.length > 0,
    canSeeAudit: where(canReadAudit).length > 0,
    canManageUsers: userRegions.length > 0,
    canSeePersonalData: where(canSeePersonalData).length > 0,
    writeRegions,
    userRegions,
    canReadRegistry: where(canRead).length > 0,
    articleRegions: where(canWriteArticles),
    publishRegions: where(canPublishArticles),
    siteRegions: where(canManageSite),
    complaintRegions: where(canReadComplaints),
    caseworkRegions: where(canDoCasework),
    organisationRegions: where(canManageOrganisation),
    projectRegions: where(canManageProjects),
    pairedCadre: user.grants.some((g) => g.role === 'paired_cadre'),
  };
}

const withCapabilities = (user: SessionUser) => ({ user: { ...user, capabilities: capabilitiesOf(user) } });

export async function authRoutes(app: App) {
  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: TAGS,
        summary: 'Log in with username and password; sets the session cookie / 登录',
        body: loginBodySchema,
        response: { 200: sessionResponseSchema, 401: errorSchema, 403: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const result = await login(app.db, {
        ...request.body,
        requestId: request.id,
        ttlMinutes: app.config.sessionTtlMinutes,
      }).catch((error: unknown) => withRetryAfter(reply, error));
      setSessionCookie(reply, app.config, result.token);
      return withCapabilities(result.user);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      schema: {
        tags: TAGS,
        summary: 'End the session and clear its cookie / 退出登录',
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const token = sessionToken(request);
      if (token) await logout(app.db, request.actor, token);
      clearSessionCookie(reply, app.config);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      schema: {
        tags: TAGS,
        summary: 'The logged-in user, their grants and what they may do / 当前用户及其权限',
        security: [{ session: [] }],
        response: { 200: sessionResponseSchema, 401: errorSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return withCapabilities(await sessionUser(app.db, actor.userId ?? 0));
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      schema: {
        tags: TAGS,
        summary: 'Change your own password; your other sessions end / 修改本人密码',
        security: [{ session: [] }],
        body: changePasswordBodySchema,
        response: { 204: noContent, 400: errorSchema, 401: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await changeOwnPassword(app.db, actor, { ...request.body, keepToken: sessionToken(request) }).catch(
        (error: unknown) => withRetryAfter(reply, error),
      );
      return reply.status(204).send(null);
    },
  );
}
