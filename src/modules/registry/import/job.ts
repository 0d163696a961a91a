import { rm } from 'node:fs/promises';
import { z } from 'zod';
import { registerJobHandler } from '../../jobs/handlers.ts';
import { today } from '../commands/shared.ts';
import { importFile } from './file.ts';

/**
 * The background job of an upload: imports the stored file as the uploader, reporting households done as
 * progress. A job cut off by a crash runs again from the start of the file, which is safe: households already
 * written are found unchanged. The file is removed once the job has an outcome.
 */
export const IMPORT_JOB = 'registry.import';

/** The summary kept on the job holds this many errors; the report (errors.csv / .xlsx) has all of them. */
export const JOB_ERROR_LIMIT = 1000;

export const importPayload = z.object({
  path: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  year: z.number().int(),
  /** The date of the upload (YYYY-MM-DD); jobs queued before it was recorded take the day they run. */
  today: z.iso.date().optional(),
});

registerJobHandler(IMPORT_JOB, async (payload, ctx) => {
  const input = importPayload.parse(payload);
  let aborted = false;
  try {
    const outcome = await importFile(ctx.db, ctx.actor, input.path, {
      year: input.year,
      today: input.today ?? today(),
      format: input.format,
      source: 'api',
      jobId: ctx.jobId,
      errorLimit: JOB_ERROR_LIMIT,
      signal: ctx.signal,
      onProgress: (p) => ctx.progress(p.households, p.totalHouseholds),
    });
    return outcome.summary;
  } catch (error) {
    aborted = ctx.signal.aborted;
    throw error;
  } finally {
    if (!aborted) await rm(input.path, { force: true });
  }
});
