import type { App } from '../../app/context.ts';
import { idParam } from '../registry/schemas.ts';
import { DomainError } from '../../app/errors.ts';
import { publicImage, staffImage } from './images.ts';

/** A year: an image's bytes never change under its id (a new upload is a new id). */
const MEDIA_CACHE = 'public, max-age=31536000';

/**
 * The portal's images, public once shown: a site's logo or an image in a published article (404 before, and
 * again after the article is withdrawn — for clients that ask again). The staff of the image's site see it
 * before (the console's library and drafts use the same address), never cached by a shared cache.
 */
export async function mediaRoutes(app: App) {
  app.get(
    '/media/:id',
    { schema: { tags: ['public'], summary: 'A published image of the portal / 门户图片', params: idParam } },
    async (request, reply) => {
      const { id } = request.params;
      const shown = await publicImage(app.db, id).catch((error: unknown) => {
        if (request.actor && error instanceof DomainError && error.kind === 'not_found') return undefined;
        throw error;
      });
      const image = shown ?? (await staffImage(app.db, request.actor!, id));
      const etag = `"${image.sha256}"`;
      reply.header('etag', etag).header('cache-control', shown ? MEDIA_CACHE : 'private, no-cache');
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();
      return reply.header('content-type', image.contentType).send(Buffer.from(image.content));
    },
  );
}
