import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from './errors.ts';
import { rejectNul } from './input-guard.ts';

/**
 * The multipart parser (busboy) throws plain Errors without a code for a body that is not the form it claims
 * to be — no boundary, a part cut short, a malformed part header. While an upload is read, such an error is
 * the caller's: a 400, not a 500. Errors with a code (the parser's limits, FST_*, mapped in http-errors.ts; a
 * disk that is full, ENOSPC) pass through unchanged.
 */
export function uploadError(error: unknown): unknown {
  if (error instanceof DomainError || !(error instanceof Error) || 'code' in error || 'statusCode' in error)
    return error;
  return new DomainError(
    'invalid',
    'BAD_MULTIPART',
    { zh: '上传的表单格式不正确（multipart/form-data）', en: 'Malformed multipart/form-data body' },
    { reason: error.message },
  );
}

/** The one file of a multipart upload (limits from limits.ts, set on the server), or undefined without one. */
export async function uploadedFile(request: FastifyRequest): Promise<MultipartFile | undefined> {
  let file: MultipartFile | undefined;
  try {
    file = await request.file();
  } catch (error) {
    throw uploadError(error);
  }
  // The file name travels into the job's payload and the database, which cannot hold a NUL.
  if (file?.filename.includes('\u0000')) {
    file.file.resume();
    rejectNul(file.filename, 'file');
  }
  return file;
}

/** An uploaded file saved under the data directory (the readers stream from a path), removed when done. */
export async function saveUpload(
  dataDir: string,
  stream: Readable,
  extension: string,
): Promise<{ path: string; remove: () => Promise<void> }> {
  const dir = join(dataDir, 'uploads');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${randomUUID()}.${extension}`);
  try {
    await pipeline(stream, createWriteStream(path));
  } catch (error) {
    await rm(path, { force: true });
    throw uploadError(error);
  }
  return { path, remove: () => rm(path, { force: true }) };
}

/**
 * Sends a stored file as a download: its sniffed type, its (cleaned) name as the attachment, never sniffed
 * again by the browser — the one way evidence files leave the server.
 */
export function sendDownload(
  reply: FastifyReply,
  file: { contentType: string; fileName: string; content: Uint8Array },
): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .send(Buffer.from(file.content));
}
