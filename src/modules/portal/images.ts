import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { imageSize } from 'image-size';
import { z } from 'zod';
import { DomainError, fieldError, notFound } from '../../app/errors.ts';
import { LIMITS } from '../../app/limits.ts';
import type { Queryable, Tx } from '../../db/types.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { readAssessmentRequest } from '../assessment/upload.ts';
import { isoOrNull, requireSite } from './sites/access.ts';

/**
 * The images of a site's articles and its logo: uploaded by whoever writes articles there, kept in the
 * database with their sha256 and dimensions, served publicly at /media/{id} only once shown (media-routes.ts).
 * The type is read from the bytes, never from the name or the declared type.
 */
export const imageSchema = z.object({
  id: z.number(),
  siteId: z.number(),
  url: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  alt: z.string(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  createdAt: z.string(),
});
export type Image = z.infer<typeof imageSchema>;
export const imageListResponse = z.object({ items: z.array(imageSchema) });

const altSchema = z.string().trim().max(200).describe('替代文字 / alt text');
export const uploadFields = z.object({
  siteId: z.coerce.number().int().positive(),
  alt: altSchema.default(''),
});
export const updateImageBody = z.object({ alt: altSchema }).strict();

const SIGNATURES: { type: string; test: (b: Buffer) => boolean }[] = [
  { type: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex')) },
  { type: 'image/jpeg', test: (b) => b.subarray(0, 3).equals(Buffer.from('ffd8ff', 'hex')) },
  { type: 'image/gif', test: (b) => ['GIF87a', 'GIF89a'].includes(b.subarray(0, 6).toString('latin1')) },
  {
    type: 'image/webp',
    test: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
];

function notAnImage(): DomainError {
  return fieldError('file', 'IMAGE_TYPE', {
    zh: '图片须为 PNG、JPEG、GIF 或 WebP 格式',
    en: 'An image must be PNG, JPEG, GIF or WebP',
  });
}

/** The type and dimensions of an upload, or 400 when it is none of the four image types. */
export function inspectImage(bytes: Buffer): {
  contentType: string;
  width: number | null;
  height: number | null;
} {
  const contentType = SIGNATURES.find((s) => s.test(bytes))?.type;
  if (!contentType) throw notAnImage();
  try {
    const { width, height } = imageSize(bytes);
    // A header cut short reads as 0 × 0: no image a page could show.
    if (width > 0 && height > 0) return { contentType, width, height };
  } catch {
    // image-size throws on a header it cannot read: refused below like any other.
  }
  throw notAnImage();
}

/** The multipart upload: a part `file` and the text fields siteId and alt, read before the transaction. */
export async function readImageUpload(request: FastifyRequest) {
  try {
    const { fields, file } = await readAssessmentRequest(request);
    if (!file)
      throw fieldError('file', 'REQUIRED', { zh: '请选择要上传的图片', en: 'Choose an image to upload' });
    const parsed = uploadFields.safeParse(fields);
    if (!parsed.success)
      throw fieldError('siteId', 'INVALID', { zh: '请指明图片所属网站', en: 'Name the site of the image' });
    return { ...parsed.data, file };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'FILE_TOO_LARGE')
      throw new DomainError(
        'too_large',
        'FILE_TOO_LARGE',
        { zh: '图片不能超过 5 MB', en: 'Images are at most 5 MB' },
        { field: 'file', maxBytes: LIMITS.evidenceFile },
      );
    throw error;
  }
}

const IMAGE_COLUMNS = `id::int, site_id::int AS "siteId", '/media/' || id AS url, file_name AS "fileName",
  content_type AS "contentType", size, alt, width, height, created_at AS "createdAt"`;

type ImageRow = Omit<Image, 'createdAt'> & { createdAt: Date };
const present = (row: ImageRow): Image => ({ ...row, createdAt: isoOrNull(row.createdAt)! });

export async function saveImage(
  tx: Tx,
  actor: Actor,
  upload: { siteId: number; alt: string; file: { fileName: string; bytes: Uint8Array } },
): Promise<Image> {
  const region = await requireSite(tx, actor, upload.siteId, 'article.write');
  const bytes = Buffer.from(upload.file.bytes);
  const { contentType, width, height } = inspectImage(bytes);
  const [row] = await tx.query<ImageRow>(
    `INSERT INTO portal_images (site_id, file_name, content_type, size, width, height, sha256, content, alt,
                                uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${IMAGE_COLUMNS}`,
    [
      upload.siteId,
      upload.file.fileName.slice(0, 200) || 'image',
      contentType,
      bytes.length,
      width,
      height,
      createHash('sha256').update(bytes).digest('hex'),
      bytes,
      upload.alt,
      actor.userId,
    ],
  );
  await recordAudit(tx, actor, {
    action: 'portal.image_upload',
    entity: 'portal_image',
    entityId: row!.id,
    regionCode: region,
    after: { siteId: upload.siteId, contentType, size: bytes.length, alt: upload.alt },
  });
  return present(row!);
}

async function siteOfImage(q: Queryable, id: number): Promise<number> {
  const [row] = await q.query<{ siteId: number }>(
    `SELECT site_id::int AS "siteId" FROM portal_images WHERE id = $1`,
    [id],
  );
  if (!row) throw notFound('image', id);
  return row.siteId;
}

export async function updateImageAlt(tx: Tx, actor: Actor, id: number, alt: string): Promise<Image> {
  const region = await requireSite(tx, actor, await siteOfImage(tx, id), 'article.write').catch(
    (error: unknown) => {
      throw error instanceof DomainError && error.kind === 'not_found' ? notFound('image', id) : error;
    },
  );
  const [before] = await tx.query<{ alt: string }>(`SELECT alt FROM portal_images WHERE id = $1 FOR UPDATE`, [
    id,
  ]);
  const [row] = await tx.query<ImageRow>(
    `UPDATE portal_images SET alt = $2 WHERE id = $1 RETURNING ${IMAGE_COLUMNS}`,
    [id, alt],
  );
  await recordAudit(tx, actor, {
    action: 'portal.image_alt',
    entity: 'portal_image',
    entityId: id,
    regionCode: region,
    before: { alt: before!.alt },
    after: { alt },
  });
  return present(row!);
}

export async function listImages(q: Queryable, actor: Actor, siteId: number) {
  await requireSite(q, actor, siteId, 'article.read');
  const rows = await q.query<ImageRow>(
    `SELECT ${IMAGE_COLUMNS} FROM portal_images WHERE site_id = $1 ORDER BY id DESC`,
    [siteId],
  );
  return { items: rows.map(present) };
}

/** The bytes of an image the public may see: a site's logo, or shown in a published article of its site. */
export async function publicImage(q: Queryable, id: number) {
  const [row] = await q.query<ImageBytes>(
    `SELECT i.content_type AS "contentType", i.sha256, i.content FROM portal_images i
     WHERE i.id = $1
       AND (EXISTS (SELECT 1 FROM portal_sites s WHERE s.logo_image_id = i.id)
            OR EXISTS (SELECT 1 FROM portal_articles a
                       WHERE a.site_id = i.site_id AND a.state = 'published'
                         AND strpos(a.body_html, '<img src="/media/' || i.id || '"') > 0))`,
    [id],
  );
  if (!row) throw notFound('image', id);
  return row;
}

/**
 * An image not yet shown, for the staff of its site (the library, the picker, a draft in the editor): the
 * caller must read the site's articles (404 otherwise, as for the public).
 */
export async function staffImage(q: Queryable, actor: Actor, id: number) {
  const [row] = await q.query<ImageBytes & { siteId: number }>(
    `SELECT i.site_id::int AS "siteId", i.content_type AS "contentType", i.sha256, i.content
     FROM portal_images i WHERE i.id = $1`,
    [id],
  );
  if (!row) throw notFound('image', id);
  await requireSite(q, actor, row.siteId, 'site.read').catch(() => {
    throw notFound('image', id);
  });
  return row;
}

interface ImageBytes {
  contentType: string;
  sha256: string;
  content: Uint8Array;
}
