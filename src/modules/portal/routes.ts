import { requireActor, type App } from '../../app/context.ts';
import { retryTransaction } from '../../db/retry.ts';
import type { Tx } from '../../db/types.ts';
import { idParam } from '../registry/schemas.ts';
import { actOnArticle } from './articles/actions.ts';
import { createArticle, updateArticle } from './articles/commands.ts';
import { getArticle, listArticles, listRevisions } from './articles/queries.ts';
import {
  articleActionBody,
  articleListQuery,
  articleListResponse,
  articleSchema,
  createArticleBody,
  revisionListResponse,
  updateArticleBody,
} from './articles/schemas.ts';
import {
  imageListResponse,
  imageSchema,
  listImages,
  readImageUpload,
  saveImage,
  updateImageAlt,
  updateImageBody,
} from './images.ts';
import { createColumn, createSite, updateColumn, updateSite } from './sites/commands.ts';
import { getSite, listColumns, listSites } from './sites/queries.ts';
import {
  columnListResponse,
  columnSchema,
  createColumnBody,
  createSiteBody,
  siteDetailSchema,
  siteListResponse,
  updateColumnBody,
  updateSiteBody,
} from './sites/schemas.ts';

const tags = ['portal'];

/** The staff API of the portal's content: sites, columns, articles and their workflow, images. */
export async function portalRoutes(app: App) {
  const write = <T>(fn: (tx: Tx) => Promise<T>) => retryTransaction(app.db, fn);

  app.get(
    '/api/v1/portal/sites',
    {
      schema: {
        tags,
        summary: 'The portal sites you may edit / 门户网站列表',
        response: { 200: siteListResponse },
      },
    },
    async (request) => listSites(app.db, requireActor(request)),
  );

  app.post(
    '/api/v1/portal/sites',
    {
      schema: {
        tags,
        summary: 'Create a county’s or town’s site with the default columns / 建立门户网站',
        description: '409 SITE_EXISTS when the region has one; 422 SITE_REGION unless a county or a town.',
        body: createSiteBody,
        response: { 201: siteDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply.status(201).send(await write((tx) => createSite(tx, actor, request.body)));
    },
  );

  app.get(
    '/api/v1/portal/sites/:id',
    {
      schema: {
        tags,
        summary: 'A site with its columns / 网站详情',
        params: idParam,
        response: { 200: siteDetailSchema },
      },
    },
    async (request) => getSite(app.db, requireActor(request), request.params.id),
  );

  app.patch(
    '/api/v1/portal/sites/:id',
    {
      schema: {
        tags,
        summary: 'Change a site’s name, footer, logo or primary flag / 修改网站设置',
        description: '409 on a stale version; the primary flag moves from the site that held it.',
        params: idParam,
        body: updateSiteBody,
        response: { 200: siteDetailSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return write((tx) => updateSite(tx, actor, request.params.id, request.body));
    },
  );

  app.get(
    '/api/v1/portal/sites/:id/columns',
    {
      schema: {
        tags,
        summary: 'A site’s columns / 栏目列表',
        params: idParam,
        response: { 200: columnListResponse },
      },
    },
    async (request) => listColumns(app.db, requireActor(request), request.params.id),
  );

  app.post(
    '/api/v1/portal/sites/:id/columns',
    {
      schema: {
        tags,
        summary: 'Add a column / 新增栏目',
        description: '409 SLUG_TAKEN when the site has a column at that slug.',
        params: idParam,
        body: createColumnBody,
        response: { 201: columnSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply
        .status(201)
        .send(await write((tx) => createColumn(tx, actor, request.params.id, request.body)));
    },
  );

  app.patch(
    '/api/v1/portal/columns/:id',
    {
      schema: {
        tags,
        summary: 'Change a column / 修改栏目',
        params: idParam,
        body: updateColumnBody,
        response: { 200: columnSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return write((tx) => updateColumn(tx, actor, request.params.id, request.body));
    },
  );

  app.get(
    '/api/v1/portal/articles',
    {
      schema: {
        tags,
        summary: 'Articles and disclosures of your sites, any state / 文章列表',
        querystring: articleListQuery,
        response: { 200: articleListResponse },
      },
    },
    async (request) => listArticles(app.db, requireActor(request), request.query),
  );

  app.post(
    '/api/v1/portal/articles',
    {
      schema: {
        tags,
        summary: 'Write a draft (revision 1) / 新建文章草稿',
        description:
          'The html is sanitised on write. kind disclosure: `disclosure` required, in a disclosures column (422 WRONG_COLUMN).',
        body: createArticleBody,
        response: { 201: articleSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply.status(201).send(await write((tx) => createArticle(tx, actor, request.body)));
    },
  );

  app.get(
    '/api/v1/portal/articles/:id',
    {
      schema: { tags, summary: 'One article / 文章详情', params: idParam, response: { 200: articleSchema } },
    },
    async (request) => getArticle(app.db, requireActor(request), request.params.id),
  );

  app.patch(
    '/api/v1/portal/articles/:id',
    {
      schema: {
        tags,
        summary: 'Change an article: a new revision / 修改文章（新修订）',
        description:
          '409 on a stale version. A published or scheduled article only by an editor (403), and it stays so.',
        params: idParam,
        body: updateArticleBody,
        response: { 200: articleSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return write((tx) => updateArticle(tx, actor, request.params.id, request.body));
    },
  );

  app.get(
    '/api/v1/portal/articles/:id/revisions',
    {
      schema: {
        tags,
        summary: 'Every revision with its html / 修订记录',
        params: idParam,
        response: { 200: revisionListResponse },
      },
    },
    async (request) => listRevisions(app.db, requireActor(request), request.params.id),
  );

  app.post(
    '/api/v1/portal/articles/:id/actions',
    {
      schema: {
        tags,
        summary: 'Move an article through the workflow / 审核、发布、撤下',
        description: [
          'submit (draft → in_review), return (→ draft, reason), publish (now), schedule (publishAt in the',
          'future, 422 PUBLISH_AT_PAST), unschedule (→ in_review), withdraw (reason; a disclosure not before',
          'its 10 days: 422 DISCLOSURE_PERIOD), redraft (withdrawn → draft). 422 WRONG_STATE, IMAGE_ALT_MISSING;',
          '409 on a stale version.',
        ].join(' '),
        params: idParam,
        body: articleActionBody,
        response: { 200: articleSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return write((tx) => actOnArticle(tx, actor, request.params.id, request.body, app.clock()));
    },
  );

  app.post(
    '/api/v1/portal/images',
    {
      schema: {
        tags,
        summary: 'Upload an image (PNG, JPEG, GIF, WebP; ≤ 5 MB) / 上传图片',
        description: 'multipart/form-data: the image in the part "file", text fields siteId and alt.',
        consumes: ['multipart/form-data'],
        response: { 201: imageSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      // Read the upload before the transaction: PGlite runs one transaction at a time.
      const upload = await readImageUpload(request);
      return reply.status(201).send(await write((tx) => saveImage(tx, actor, upload)));
    },
  );

  app.patch(
    '/api/v1/portal/images/:id',
    {
      schema: {
        tags,
        summary: 'Change an image’s alt text / 修改图片替代文字',
        params: idParam,
        body: updateImageBody,
        response: { 200: imageSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return write((tx) => updateImageAlt(tx, actor, request.params.id, request.body.alt));
    },
  );

  app.get(
    '/api/v1/portal/sites/:id/images',
    {
      schema: {
        tags,
        summary: 'A site’s images / 网站图片',
        params: idParam,
        response: { 200: imageListResponse },
      },
    },
    async (request) => listImages(app.db, requireActor(request), request.params.id),
  );
}
