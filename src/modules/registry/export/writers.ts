import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { loadExcelJs } from '../exceljs.ts';
import type { FileFormat } from '../import/readers.ts';

/**
 * Streaming table writers (CSV with csv-stringify, XLSX with exceljs's streaming WorkbookWriter) for exports,
 * the template and the bad-row reports. Rows go out as they are written and the writer waits when the output
 * is full, so memory stays flat whatever the number of rows.
 */
export type OutCell = string | number | null;

export interface TableWriter {
  row(cells: readonly OutCell[]): Promise<void>;
  /** XLSX only: starts another worksheet (CSV has one table: further rows continue it). */
  sheet(name: string): Promise<void>;
  end(): Promise<void>;
}

async function drained(out: Writable): Promise<void> {
  if (out.writableNeedDrain) await once(out, 'drain');
}

function csvWriter(out: Writable): TableWriter {
  // The BOM makes Excel open the UTF-8 file with its Chinese intact.
  out.write('\uFEFF');
  const csv = stringify({ record_delimiter: 'windows' });
  csv.pipe(out);
  return {
    async row(cells) {
      if (!csv.write(cells.map((c) => (c === null ? '' : c)))) await once(csv, 'drain');
    },
    async sheet() {},
    async end() {
      csv.end();
      await finished(out, { readable: false });
    },
  };
}

function xlsxWriter(out: Writable, name: string): TableWriter {
  const opened = loadExcelJs().then((ExcelJS) => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: false,
      useSharedStrings: false,
    });
    return { workbook, sheet: workbook.addWorksheet(name) };
  });
  let rows = 0;
  return {
    async row(cells) {
      const book = await opened;
      // Strings stay strings: an ID number or a code like 01 must not turn into a number in Excel.
      book.sheet.addRow(cells.map((c) => (c === null ? null : c))).commit();
      rows += 1;
      if (rows % 1000 === 0) await drained(out);
    },
    async sheet(next) {
      const book = await opened;
      book.sheet.commit();
      book.sheet = book.workbook.addWorksheet(next);
    },
    async end() {
      const book = await opened;
      book.sheet.commit();
      await book.workbook.commit();
      await finished(out, { readable: false });
    },
  };
}

export function openTableWriter(format: FileFormat, out: Writable, sheetName: string): TableWriter {
  return format === 'csv' ? csvWriter(out) : xlsxWriter(out, sheetName);
}

/** Content type and a download name (RFC 5987, so Chinese names survive) for an HTTP response. */
export function downloadHeaders(format: FileFormat, fileName: string): Record<string, string> {
  const type =
    format === 'csv'
      ? 'text/csv; charset=utf-8'
      : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return {
    'content-type': type,
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  };
}
