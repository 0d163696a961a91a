import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import { ApiError } from '../../api/errors.ts';
import type { paths } from '../../api/schema';

export type Job = paths['/api/v1/jobs/{id}']['get']['responses'][200]['content']['application/json'];

/** One bad row of an import as the job's summary gives it (message is "中文 / English"). */
export interface ImportErrorRow {
  row: number;
  column: string;
  household_no: string;
  code: string;
  message: string;
}

export interface ImportSummary {
  households: { imported: number; updated: number; unchanged: number; rejected: number };
  members: { imported: number; updated: number; rejected: number };
  errors: ImportErrorRow[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The job's result when it is an import summary; undefined for anything else. */
export function readSummary(result: unknown): ImportSummary | undefined {
  if (!isRecord(result) || !isRecord(result.households) || !isRecord(result.members)) return undefined;
  return {
    households: result.households as ImportSummary['households'],
    members: result.members as ImportSummary['members'],
    errors: Array.isArray(result.errors) ? (result.errors as ImportErrorRow[]) : [],
  };
}

/** A "中文 / English" message in the reader's language; a message in one language only is shown as given. */
export function pickBilingual(message: string, lang: 'zh' | 'en'): string {
  const at = message.indexOf(' / ');
  if (at < 0 || !/[\u4e00-\u9fff]/.test(message.slice(0, at))) return message;
  return lang === 'zh' ? message.slice(0, at) : message.slice(at + 3);
}

/** Progress of a job in percent (0 while the file is read and the total is not known). */
export function percentOf(job: Pick<Job, 'status' | 'progress'>): number {
  if (job.status === 'done') return 100;
  const { done, total } = job.progress;
  return total > 0 ? Math.min(99, Math.floor((done * 100) / total)) : 0;
}

interface Upload {
  file: File;
  year: number;
  /** Set once the user confirmed a year new to their regions (after the server's IMPORT_NEW_YEAR). */
  confirmNewYear?: boolean;
}

/**
 * The server's answer to an import into a year in which the user's regions have no households yet (while
 * they have some in other years): the console asks, then sends again with confirmNewYear. The rule lives on
 * the server only, so the console, the API and the command line cannot disagree about what is new.
 */
export function isNewYear(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'IMPORT_NEW_YEAR';
}

/** Uploads the file; the server answers with the job that imports it. */
export function useUpload() {
  return useMutation({
    mutationFn: async ({ file, year, confirmNewYear }: Upload) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(
        api.POST('/api/v1/imports', {
          params: { query: confirmNewYear ? { year, confirmNewYear: 'true' } : { year } },
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      );
    },
  });
}

/** Follows a job every half second until it is done or failed. */
export function useJob(id: number | undefined) {
  return useQuery({
    queryKey: ['jobs', id ?? null],
    enabled: id !== undefined,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/jobs/{id}', { params: { path: { id: id ?? 0 } }, signal })),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' ? false : 500;
    },
    staleTime: 0,
  });
}

export const importUrls = {
  template: '/api/v1/imports/template.xlsx',
  errors: (jobId: number, format: 'csv' | 'xlsx') => `/api/v1/imports/${jobId}/errors.${format}`,
};
