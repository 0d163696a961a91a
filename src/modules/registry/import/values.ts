import { isCode, resolveCode } from '../codes.ts';
import type { ImportColumn } from './columns.ts';

/** A cell as a reader gives it: CSV gives text, a spreadsheet also numbers, booleans and dates. */
export type Cell = string | number | boolean | Date | null | undefined;

/**
 * What an empty cell means where the database needs a value: the default of the column. Everywhere else an
 * empty cell is "no value" (NULL) — an empty income cell too: unknown, not 0 yuan (see completeIncome).
 */
const EMPTY_DEFAULTS: Readonly<Record<string, unknown>> = {
  identificationStandard: '1',
  relocated: false,
  secondaryCauses: [],
  riskTypes: [],
};

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const CODE_SEPARATORS = /[,，;；、\s]+/;
const TRUE_WORDS = new Set(['true', 't', 'y']);
const FALSE_WORDS = new Set(['false', 'f', 'n']);

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

function emptyValue(column: ImportColumn): unknown {
  return EMPTY_DEFAULTS[column.key] ?? null;
}

/**
 * The income cells of one row, read as a clerk fills them in: when every one is empty the household's income
 * is unknown (NULL, counted apart by the measures); once one component is given, an empty one beside it means
 * none of that kind (0).
 */
export function completeIncome(columns: readonly ImportColumn[], values: Record<string, unknown>): void {
  const money = columns.filter((c) => c.kind === 'money');
  if (money.every((c) => values[c.key] === null)) return;
  for (const c of money) if (values[c.key] === null) values[c.key] = 0;
}

function parseNumber(cell: Cell, text: string, decimals: boolean): unknown {
  let n: number;
  if (typeof cell === 'number') n = cell;
  else {
    const plain = text.replace(/\s/g, '');
    const digits = GROUPED.test(plain) ? plain.replaceAll(',', '') : plain;
    if (!NUMBER.test(digits)) return text;
    n = Number(digits);
  }
  // Money and areas are stored with two decimals: rounding here keeps a re-import of the same value unchanged.
  return decimals && Number.isFinite(n) ? Math.round(n * 100) / 100 : n;
}

function parseBoolean(cell: Cell, text: string): unknown {
  if (typeof cell === 'boolean') return cell;
  const lower = text.toLowerCase();
  if (TRUE_WORDS.has(lower)) return true;
  if (FALSE_WORDS.has(lower)) return false;
  const code = resolveCode('yes_no', typeof cell === 'number' ? cell : text);
  return code === undefined ? text : code === '1';
}

/**
 * Turns a cell into the value the registry stores: a code from its code or label (and Excel's stripped zeros),
 * a number from text, yes/no into a boolean. What cannot be turned is returned as the text it was, so the
 * shared domain validation (validate.ts) reports it with the API's own message.
 */
export function parseCell(column: ImportColumn, cell: Cell): unknown {
  const text = cellText(cell);
  if (text === '') return emptyValue(column);
  switch (column.kind) {
    case 'text':
      return text;
    case 'code':
      // Most files hold the codes themselves: one lookup, before resolveCode's normalising of labels.
      if (isCode(column.list!, text)) return text;
      return resolveCode(column.list!, typeof cell === 'number' ? cell : text) ?? text;
    case 'codes': {
      const parts = text.split(CODE_SEPARATORS).filter((p) => p !== '');
      const codes = parts.map((p) => resolveCode(column.list!, p));
      return codes.every((c) => c !== undefined) ? [...new Set(codes)] : parts;
    }
    case 'integer':
      return parseNumber(cell, text, false);
    case 'decimal':
    case 'money':
      return parseNumber(cell, text, true);
    case 'boolean':
      return parseBoolean(cell, text);
    case 'date':
      // A spreadsheet's date cell was written YYYY-MM-DD by cellText; text is checked as the API's is.
      return text;
  }
}
