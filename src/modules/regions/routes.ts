import type { App } from '../../app/context.ts';
import { requireActor } from '../../app/context.ts';
import {
  regionCodeParams,
  regionDetailSchema,
  regionErrorSchema,
  regionHitListSchema,
  regionNodeListSchema,
  regionSearchQuery,
} from './schemas.ts';
import { actorRoots, getRegion, listChildren, searchRegions } from './service.ts';

const tags = ['regions'];
const errors = { 400: regionErrorSchema, 401: regionErrorSchema, 404: regionErrorSchema };

/** The division tree as the caller may see it: their roots, a region, its children, and a name search. */
export async function regionRoutes(app: App) {
  app.get(
    '/api/v1/regions/roots',
    {
      schema: {
        tags,
        summary: 'The roots of your region tree (your grant regions) / 本人可见范围的根区划',
        response: { 200: regionNodeListSchema, 401: regionErrorSchema },
      },
    },
    async (request) => ({ items: await actorRoots(app.db, requireActor(request)) }),
  );

  app.get(
    '/api/v1/regions',
    {
      schema: {
        tags,
        summary: 'Find regions by part of the name within a subtree / 按名称查找区划',
        querystring: regionSearchQuery,
        response: { 200: regionHitListSchema, ...errors },
      },
    },
    async (request) => ({ items: await searchRegions(app.db, requireActor(request), request.query) }),
  );

  app.get(
    '/api/v1/regions/:code',
    {
      schema: {
        tags,
        summary: 'One region with its breadcrumb / 区划详情及其上级路径',
        params: regionCodeParams,
        response: { 200: regionDetailSchema, ...errors },
      },
    },
    async (request) => getRegion(app.db, requireActor(request), request.params.code),
  );

  app.get(
    '/api/v1/regions/:code/children',
    {
      schema: {
        tags,
        summary: 'The children of a region, in code order / 下级区划',
        params: regionCodeParams,
        response: { 200: regionNodeListSchema, ...errors },
      },
    },
    async (request) => ({ items: await listChildren(app.db, requireActor(request), request.params.code) }),
  );
}
