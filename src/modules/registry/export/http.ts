import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { FileFormat } from '../import/readers.ts';
import { downloadHeaders, openTableWriter, type TableWriter } from './writers.ts';

/**
 * Sends a table as a download while it is being written: the response streams from the first row, so a large
 * export never sits in memory. Check everything that can refuse the request before calling this: once the
 * first bytes are out, a failure can only cut the download short.
 */
export function sendTable(
  reply: FastifyReply,
  file: { format: FileFormat; name: string; sheet: string },
  write: (out: TableWriter) => Promise<unknown>,
  headers: Record<string, string> = {},
): FastifyReply {
  const body = new PassThrough();
  const out = openTableWriter(file.format, body, file.sheet);
  write(out)
    .then(() => out.end())
    .catch((error: unknown) => {
      reply.log.error({ err: error }, 'download failed while streaming');
      body.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  return reply.headers({ ...downloadHeaders(file.format, file.name), ...headers }).send(body);
}
