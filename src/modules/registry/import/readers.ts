import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { loadExcelJs } from '../exceljs.ts';
import { csvRecords } from './csv-records.ts';
import { unknownFormat, unreadable } from './errors.ts';
import type { SourceRow } from './pipeline.ts';
import type { Cell } from './values.ts';

/**
 * Reading import files as streams of rows (the first one the header), never the whole file at once.
 * CSV: UTF-8 (with or without BOM) or, when the bytes are not UTF-8, GB18030 — what Excel writes on a Chinese
 * Windows. XLSX: the first worksheet, through exceljs's streaming reader; row numbers are the sheet's (empty
 * rows are not given by the reader at all).
 */
export type FileFormat = 'csv' | 'xlsx';

export function formatOf(fileName: string): FileFormat {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  throw unknownFormat(fileName);
}

export function readTable(path: string, format: FileFormat): AsyncIterable<SourceRow> {
  return format === 'csv' ? readCsv(path) : readXlsx(path);
}

async function detectEncoding(path: string): Promise<{ encoding: string; skip: number }> {
  const handle = await open(path, 'r').catch((e: unknown) => {
    throw unreadable(e instanceof Error ? e.message : String(e));
  });
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
    try {
      // stream: true tolerates a character cut at the end of the sample.
      new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
      return { encoding: 'utf-8', skip: 0 };
    } catch {
      return { encoding: 'gb18030', skip: 0 };
    }
  } finally {
    await handle.close();
  }
}

async function* decoded(path: string): AsyncGenerator<string> {
  const { encoding, skip } = await detectEncoding(path);
  const decoder = new TextDecoder(encoding);
  for await (const chunk of createReadStream(path, { start: skip, highWaterMark: 1 << 20 })) {
    yield decoder.decode(chunk as Buffer, { stream: true });
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

async function* readCsv(path: string): AsyncGenerator<SourceRow> {
  let rowNo = 0;
  try {
    for await (const cells of csvRecords(decoded(path))) {
      rowNo += 1;
      yield { rowNo, cells };
    }
  } catch (error) {
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('CSV_')) {
      throw unreadable(`第${rowNo + 1}行 / row ${rowNo + 1}: ${error.message}`);
    }
    throw error;
  }
}

/** A spreadsheet cell as text, number, boolean or date (formulas give their result, rich text its text). */
export function cellValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  )
    return value;
  if (typeof value === 'object') {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellValue(v.result);
    if (typeof v.text === 'string') return v.text;
    if (v.error !== undefined) return null;
  }
  return null;
}

async function* readXlsx(path: string): AsyncGenerator<SourceRow> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        yield { rowNo: row.number, cells: values.slice(1).map(cellValue) };
      }
      return;
    }
  } catch (error) {
    if (error instanceof Error && !('kind' in error)) throw unreadable(error.message);
    throw error;
  }
}
