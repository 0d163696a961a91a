import type { Queryable } from '../../../db/types.ts';
import type { TableWriter } from '../export/writers.ts';
import type { ImportError } from './errors.ts';

/** The bad rows of an import run, read from import_errors page by page in row order (flat memory). */
export async function* runErrors(q: Queryable, runId: number): AsyncGenerator<ImportError> {
  let after = { row: 0, seq: -1 };
  for (;;) {
    const page = await q.query<ImportError & { seq: number }>(
      `SELECT row_no AS "row", column_name AS "column", household_no, code, message, seq FROM import_errors
       WHERE run_id = $1 AND (row_no, seq) > ($2, $3) ORDER BY row_no, seq LIMIT $4`,
      [runId, after.row, after.seq, PAGE],
    );
    for (const e of page)
      yield { row: e.row, column: e.column, household_no: e.household_no, code: e.code, message: e.message };
    const last = page.at(-1);
    if (!last || page.length < PAGE) return;
    after = { row: last.row, seq: last.seq };
  }
}

const PAGE = 5000;

export const REPORT_HEADER = [
  '行号 row',
  '列 column',
  '户编号 household_no',
  '错误代码 code',
  '说明 message',
];

/** The downloadable report (CSV or XLSX); returns the number of bad rows. */
export async function writeErrorReport(q: Queryable, runId: number, out: TableWriter): Promise<number> {
  await out.row(REPORT_HEADER);
  let count = 0;
  for await (const e of runErrors(q, runId)) {
    await out.row([e.row, e.column, e.household_no, e.code, e.message]);
    count += 1;
  }
  return count;
}

/** What the audit row of a report download records: the number of bad-row entries, the job's region. */
export async function errorReportFacts(
  q: Queryable,
  runId: number,
): Promise<{ errorRows: number; regionCode: string | null }> {
  const [row] = await q.query<{ errorRows: number; regionCode: string | null }>(
    `SELECT (SELECT count(*)::int FROM import_errors WHERE run_id = r.id) AS "errorRows",
            j.region_code AS "regionCode"
     FROM import_runs r LEFT JOIN jobs j ON j.id = r.job_id WHERE r.id = $1`,
    [runId],
  );
  return { errorRows: row?.errorRows ?? 0, regionCode: row?.regionCode ?? null };
}

/** The latest run of an import job (a job cut off by a crash runs again: the last run is the one that counts). */
export async function runOfJob(q: Queryable, jobId: number): Promise<number | undefined> {
  const rows = await q.query<{ id: number }>(
    'SELECT id FROM import_runs WHERE job_id = $1 ORDER BY id DESC LIMIT 1',
    [jobId],
  );
  return rows[0] ? Number(rows[0].id) : undefined;
}
