import type { App } from '../../app/context.ts';
import { idParam } from '../registry/schemas.ts';
import { publicImage } from './images.ts';

/** A year: an image's bytes never change under its id (a new upload is a new id). */
const MEDIA_CACHE = 'public, max-age=31536000';

/**
 * The portal's images, public once shown: a site's logo or an image in a published article (404 before, and
 * again after the article is withdrawn — for clients that ask again).
 */
export async function mediaRoutes(app: App) {
  app.get(
    '/media/:id',
    { schema: { tags: ['public'], summary: 'A published image of the portal / 门户图片', params: idParam } },
    async (request, reply) => {
      const image = await publicImage(app.db, request.params.id);
      const etag = `"${image.sha256}"`;
      reply.header('etag', etag).header('cache-control', MEDIA_CACHE);
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();
      return reply.header('content-type', image.contentType).send(Buffer.from(image.content));
    },
  );
}
