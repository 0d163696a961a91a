import { ruleViolation } from '../../../app/errors.ts';
import type { Queryable } from '../../../db/types.ts';
import { htmlToText, sanitizeArticleHtml } from '../sanitize.ts';

/** An article's body as stored: the html through the allowlist, and its text for search and summaries. */
export function prepareBody(html: string): { html: string; text: string } {
  const clean = sanitizeArticleHtml(html);
  return { html: clean, text: htmlToText(clean) };
}

/**
 * The site's images a sanitised body shows, with their alt text. The sanitiser writes an image as
 * `<img src="/media/N" alt="…"`, always in that order, so this reads only its own output.
 */
export function imagesIn(html: string): { id: number; alt: string }[] {
  return [...html.matchAll(/<img src="\/media\/(\d+)" alt="([^"]*)"/g)].map((m) => ({
    id: Number(m[1]),
    alt: m[2]!.trim(),
  }));
}

/**
 * What a body must satisfy before it is published: every image is one of the site's own (an image of another
 * site would become public through this one) and carries alt text (GB/T 37668). 422 naming the images.
 */
export async function requirePublishableImages(q: Queryable, siteId: number, html: string): Promise<void> {
  const images = imagesIn(html);
  if (images.length === 0) return;
  const ids = [...new Set(images.map((i) => i.id))];
  const own = await q.query<{ id: number }>(
    `SELECT id::int FROM portal_images WHERE id = ANY($1::bigint[]) AND site_id = $2`,
    [ids, siteId],
  );
  const foreign = ids.filter((id) => !own.some((o) => o.id === id));
  if (foreign.length > 0)
    throw ruleViolation(
      'IMAGE_UNKNOWN',
      {
        zh: `正文中的图片不属于本网站：${foreign.join('、')}`,
        en: `The body shows images that are not this site's: ${foreign.join(', ')}`,
      },
      { imageIds: foreign },
    );
  const missing = [...new Set(images.filter((i) => i.alt === '').map((i) => i.id))];
  if (missing.length > 0)
    throw ruleViolation(
      'IMAGE_ALT_MISSING',
      {
        zh: `发布前请为图片填写替代文字：${missing.map((id) => `/media/${id}`).join('、')}`,
        en: `Give these images alt text before publishing: ${missing.map((id) => `/media/${id}`).join(', ')}`,
      },
      { imageIds: missing },
    );
}
