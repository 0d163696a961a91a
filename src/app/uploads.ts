import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** An uploaded file saved under the data directory (the readers stream from a path), removed when done. */
export async function saveUpload(
  dataDir: string,
  stream: Readable,
  extension: string,
): Promise<{ path: string; remove: () => Promise<void> }> {
  const dir = join(dataDir, 'uploads');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${randomUUID()}.${extension}`);
  await pipeline(stream, createWriteStream(path));
  return { path, remove: () => rm(path, { force: true }) };
}
