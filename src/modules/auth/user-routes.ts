import type { App } from '../../app/context.ts';
import { requireActor } from '../../app/context.ts';
import {
  createUserBodySchema,
  errorSchema,
  listUsersQuerySchema,
  patchUserBodySchema,
  resetPasswordBodySchema,
  resetPasswordResponseSchema,
  userIdParamsSchema,
  userListSchema,
  userResponseSchema,
} from './schemas.ts';
import { resetPassword } from './reset-password.ts';
import { createUser, getUser, listUsers, unlockUser, updateUser } from './users.ts';

const TAGS = ['users'];
const security = [{ session: [] }];
const failures = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };

/** User administration. Users outside the caller's management scope answer 404, as if they did not exist. */
export async function userRoutes(app: App) {
  app.get(
    '/api/v1/users',
    {
      schema: {
        tags: TAGS,
        summary: 'Users whose grants all lie in your management scope / 用户列表',
        security,
        querystring: listUsersQuerySchema,
        response: { 200: userListSchema, 401: errorSchema, 403: errorSchema },
      },
    },
    async (request) => {
      const { active, ...rest } = request.query;
      return listUsers(app.db, requireActor(request), {
        ...rest,
        active: active === undefined ? undefined : active === 'true',
      });
    },
  );

  app.post(
    '/api/v1/users',
    {
      schema: {
        tags: TAGS,
        summary: 'Create a user with roles on regions / 新建用户',
        security,
        body: createUserBodySchema,
        response: { 201: userResponseSchema, ...failures },
      },
    },
    async (request, reply) => {
      const user = await createUser(app.db, requireActor(request), request.body);
      return reply.status(201).send({ user });
    },
  );

  app.get(
    '/api/v1/users/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'One user / 用户详情',
        security,
        params: userIdParamsSchema,
        response: { 200: userResponseSchema, 401: errorSchema, 404: errorSchema },
      },
    },
    async (request) => ({ user: await getUser(app.db, requireActor(request), request.params.id) }),
  );

  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Change display name, active, grants or password (reset), with the version read / 修改用户',
        security,
        params: userIdParamsSchema,
        body: patchUserBodySchema,
        response: { 200: userResponseSchema, ...failures },
      },
    },
    async (request) => ({
      user: await updateUser(app.db, requireActor(request), request.params.id, request.body),
    }),
  );

  app.post(
    '/api/v1/users/:id/unlock',
    {
      schema: {
        tags: TAGS,
        summary: 'End a login lock and reset the failure count / 解锁账号',
        security,
        params: userIdParamsSchema,
        response: { 200: userResponseSchema, 401: errorSchema, 404: errorSchema },
      },
    },
    async (request) => ({ user: await unlockUser(app.db, requireActor(request), request.params.id) }),
  );

  app.post(
    '/api/v1/users/:id/password',
    {
      schema: {
        tags: TAGS,
        summary:
          'Reset the password: the one given, or a generated one returned once; ends their sessions / 重置密码',
        security,
        params: userIdParamsSchema,
        body: resetPasswordBodySchema,
        response: { 200: resetPasswordResponseSchema, ...failures },
      },
    },
    async (request, reply) => {
      // The answer may carry a password: no cache along the way may keep it.
      void reply.header('cache-control', 'no-store');
      return resetPassword(app.db, requireActor(request), request.params.id, request.body);
    },
  );
}
