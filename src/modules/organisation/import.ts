import { stat } from 'node:fs/promises';
import { DomainError, ruleViolation, type FieldIssue, type Message } from '../../app/errors.ts';
import type { Worksheet } from 'exceljs';
import type { Db } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { scrubDeep } from '../privacy/present.ts';
import { loadExcelJs } from '../registry/exceljs.ts';
import { maskedExport } from '../registry/import/errors.ts';
import { cellValue } from '../registry/import/readers.ts';
import { cellText } from '../registry/import/values.ts';
import { ROW_WRITERS, type Outcome } from './import-rows.ts';
import {
  MASKED_NOTE,
  NOTES_SHEET,
  SHEET_ORDER,
  SHEETS,
  type ImportClock,
  type ImportIssue,
  type ImportOutcome,
  type Row,
  type SheetKey,
  type SheetSpec,
} from './workbook.ts';

/**
 * The organisation's workbook read back (workbook.ts). The file as a whole is checked first — an XLSX, at
 * least one known sheet, every sheet with its required columns, not a masked export, not too many rows — and
 * refused whole (422, nothing written) when it fails. Then each record is written by the organisation's own
 * commands, in its own transaction (import-rows.ts): a refused row is reported with its sheet, its row as
 * Excel numbers it, its column and the reason in both languages, and nothing of it is written; the others are.
 */
export const MAX_IMPORT_ROWS = 20_000;
/**
 * The workbook is read whole into memory (it is small: a county's organisation is a few thousand rows), so its
 * size is capped far below the registry's streamed files.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const fileError = (code: string, message: Message, details: Record<string, unknown> = {}) =>
  ruleViolation(code, message, details);

interface ReadSheet {
  key: SheetKey;
  spec: SheetSpec;
  rows: { rowNo: number; values: Row }[];
}

function readSheet(key: SheetKey, sheet: Worksheet): ReadSheet {
  const spec: SheetSpec = SHEETS[key];
  const lines: { rowNo: number; cells: string[] }[] = [];
  sheet.eachRow((row) => {
    const values = Array.isArray(row.values) ? (row.values as unknown[]).slice(1) : [];
    lines.push({ rowNo: row.number, cells: values.map((v) => cellText(cellValue(v))) });
  });
  const header = lines[0]?.cells ?? [];
  const positions = spec.columns.map((c) => header.findIndex((h) => h === c.zh || h === c.en));
  const missing = spec.columns.filter((c, i) => c.required && positions[i] === -1);
  if (missing.length > 0)
    throw fileError(
      'ORG_IMPORT_MISSING_COLUMNS',
      {
        zh: `“${spec.name}”表缺少必需的列：${missing.map((c) => c.zh).join('、')}`,
        en: `The sheet ${spec.name} (${spec.en}) lacks required columns: ${missing.map((c) => c.en).join(', ')}`,
      },
      { sheet: spec.name, missing: missing.map((c) => c.key) },
    );
  const englishHeader = spec.columns.map((c) => c.en);
  const rows = lines
    .slice(1)
    .filter((l) => l.cells.some((c) => c !== ''))
    // The export's second row is the English header, a note for the reader.
    .filter((l) => !positions.every((p, i) => p === -1 || l.cells[p] === englishHeader[i]))
    .map((l) => ({
      rowNo: l.rowNo,
      values: Object.fromEntries(
        spec.columns.map((c, i) => {
          const text = positions[i] === -1 ? '' : (l.cells[positions[i]!] ?? '');
          return [c.key, text === '' ? null : text];
        }),
      ) as Row,
    }));
  return { key, spec, rows };
}

/** Reads and checks the whole workbook before anything is written. */
async function readWorkbook(path: string): Promise<ReadSheet[]> {
  const { size } = await stat(path);
  if (size > MAX_IMPORT_BYTES)
    throw new DomainError(
      'too_large',
      'ORG_IMPORT_TOO_LARGE',
      {
        zh: `文件过大（上限 ${MAX_IMPORT_BYTES / 1024 / 1024} MB）`,
        en: `The file is too large (at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB)`,
      },
      { bytes: size, max: MAX_IMPORT_BYTES },
    );
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw fileError(
      'ORG_IMPORT_NOT_XLSX',
      {
        zh: '无法读取文件：请上传由本系统导出或按其格式填写的 Excel（.xlsx）文件',
        en: `The file is not a readable Excel (.xlsx) workbook: ${error instanceof Error ? error.message : String(error)}`,
      },
      {},
    );
  }
  const notes = workbook.getWorksheet(NOTES_SHEET);
  let masked = false;
  notes?.eachRow((row) => {
    if ((row.values as unknown[]).some((v) => cellText(cellValue(v)) === MASKED_NOTE)) masked = true;
  });
  if (masked) {
    const refusal = maskedExport();
    throw fileError(refusal.code, refusal.messages);
  }
  const sheets = SHEET_ORDER.flatMap((key) => {
    const sheet = workbook.getWorksheet(SHEETS[key].name) ?? workbook.getWorksheet(SHEETS[key].en);
    return sheet ? [readSheet(key, sheet)] : [];
  });
  if (sheets.length === 0)
    throw fileError('ORG_IMPORT_NO_SHEETS', {
      zh: `文件中没有可导入的表（${SHEET_ORDER.map((k) => SHEETS[k].name).join('、')}）`,
      en: `The workbook has none of the sheets ${SHEET_ORDER.map((k) => SHEETS[k].en).join(', ')}`,
    });
  const total = sheets.reduce((n, s) => n + s.rows.length, 0);
  if (total > MAX_IMPORT_ROWS)
    throw fileError(
      'ORG_IMPORT_TOO_MANY_ROWS',
      {
        zh: `文件行数过多（${total}），一次最多导入 ${MAX_IMPORT_ROWS} 行`,
        en: `The workbook has ${total} rows; at most ${MAX_IMPORT_ROWS} are imported at once`,
      },
      { rows: total, max: MAX_IMPORT_ROWS },
    );
  return sheets;
}

/** The refusal of a row as the issues of its columns (the column named as the sheet's header). */
function issuesOf(spec: SheetSpec, rowNo: number, error: DomainError): ImportIssue[] {
  const header = (field: string | undefined) => {
    const key = field?.split('.')[0];
    return spec.columns.find((c) => c.key === key)?.zh ?? field;
  };
  const fields: FieldIssue[] = error.fields.length
    ? error.fields
    : [
        {
          field: typeof error.details.field === 'string' ? error.details.field : '',
          code: error.code,
          message: error.messages,
        },
      ];
  return fields.map((f) => {
    const field = f.field === '' ? undefined : header(f.field);
    return scrubDeep({
      sheet: spec.name,
      row: rowNo,
      ...(field === undefined ? {} : { field }),
      code: f.code,
      message: f.message,
    });
  });
}

/** Imports the workbook at `path`; the writes are the importer's, recorded as the import's (source import). */
export async function importOrganisation(
  db: Db,
  actor: Actor,
  path: string,
  clock: ImportClock,
): Promise<ImportOutcome> {
  const sheets = await readWorkbook(path);
  const importer: Actor = { ...actor, source: 'import' };
  const outcome: ImportOutcome = { created: 0, updated: 0, unchanged: 0, errors: [] };
  const count = (o: Outcome) => {
    outcome[o] += 1;
  };
  for (const sheet of sheets) {
    const write = ROW_WRITERS[sheet.key];
    const refused = await write(db, importer, sheet.rows, clock, count);
    for (const r of refused) {
      if (!(r.error instanceof DomainError)) throw r.error;
      outcome.errors.push(...issuesOf(sheet.spec, r.rowNo, r.error));
    }
  }
  // By sheet (in the order they are read), then row.
  const order = new Map<string, number>(SHEET_ORDER.map((k, i) => [SHEETS[k].name, i]));
  outcome.errors.sort((a, b) => order.get(a.sheet)! - order.get(b.sheet)! || a.row - b.row);
  return outcome;
}
