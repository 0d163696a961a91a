/**
 * The registry's code tables (代码表): sex, relation to head, poverty causes and the rest, each code with
 * a Chinese and an English label. The table ships beside this file as codes.csv (columns list,code,zh,en)
 * and is read once when the module loads; a malformed file stops the process at start-up, not at first use.
 */
import { readFileSync } from 'node:fs';

import { CODE_LISTS, type CodeList } from './code-lists.ts';

export { CODE_LISTS, type CodeList };

export interface CodeEntry {
  code: string;
  zh: string;
  en: string;
}

interface ListIndex {
  entries: readonly Readonly<CodeEntry>[];
  byCode: ReadonlyMap<string, Readonly<CodeEntry>>;
  /** Normalised code, zh label and en label → code. */
  byKey: ReadonlyMap<string, string>;
  /** Width of the codes when all are digits of one width; spreadsheets drop their leading zeros. */
  digitWidth: number | undefined;
}

const HEADER = 'list,code,zh,en';
const DIGITS = /^\d+$/;

const INDEX: ReadonlyMap<CodeList, ListIndex> = buildIndex(
  readFileSync(new URL('./codes.csv', import.meta.url), 'utf8'),
);

/** The entries of one list, in file order. */
export function codeEntries(list: CodeList): readonly Readonly<CodeEntry>[] {
  return listIndex(list).entries;
}

/** True when `code` is exactly one of the list's codes (no trimming, no case folding). */
export function isCode(list: CodeList, code: string): boolean {
  return listIndex(list).byCode.has(code);
}

export function codeLabel(list: CodeList, code: string, lang: 'zh' | 'en'): string | undefined {
  return listIndex(list).byCode.get(code)?.[lang];
}

/**
 * Turns what a person typed or a spreadsheet held into a code of the list: the code itself, its Chinese
 * label or its English label, ignoring surrounding whitespace and letter case. A number, or digits, shorter
 * than the list's code width is left-padded with zeros, because Excel stores 01 as 1; a longer one is not
 * shortened, since that is no spreadsheet artefact but a different code. Returns undefined when nothing
 * matches.
 */
export function resolveCode(list: CodeList, input: string | number): string | undefined {
  const index = listIndex(list);
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isSafeInteger(input) || input < 0) return undefined;
    text = String(input);
  } else {
    text = normaliseKey(input);
  }
  if (text === '') return undefined;
  const found = index.byKey.get(text);
  if (found !== undefined) return found;
  const width = index.digitWidth;
  if (width === undefined || !DIGITS.test(text) || text.length >= width) return undefined;
  return index.byKey.get(text.padStart(width, '0'));
}

/** All lists with fresh copies of their entries, for publishing through the API. */
export function codeTable(): Record<CodeList, CodeEntry[]> {
  const table = {} as Record<CodeList, CodeEntry[]>;
  for (const list of CODE_LISTS) {
    table[list] = listIndex(list).entries.map((entry) => ({ ...entry }));
  }
  return table;
}

function listIndex(list: CodeList): ListIndex {
  const index = INDEX.get(list);
  if (!index) throw new RangeError(`未知代码表 / unknown code list: ${String(list)}`);
  return index;
}

function normaliseKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

function isCodeList(value: string): value is CodeList {
  return (CODE_LISTS as readonly string[]).includes(value);
}

function parseRows(text: string): Map<CodeList, CodeEntry[]> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== HEADER) throw new Error(`codes.csv: header must be "${HEADER}", found "${lines[0]}"`);
  const rows = new Map<CodeList, CodeEntry[]>();
  lines.forEach((line, i) => {
    if (i === 0 || line.trim() === '') return;
    const where = `codes.csv line ${i + 1}`;
    // The file has no quoted fields, so a plain split is a faithful parse; anything else is a broken file.
    const fields = line.split(',');
    const [list, code, zh, en] = fields;
    if (fields.length !== 4 || !list || !code || !zh || !en) {
      throw new Error(`${where}: expected 4 non-empty fields list,code,zh,en: "${line}"`);
    }
    if (!isCodeList(list)) throw new Error(`${where}: list "${list}" is missing from CODE_LISTS`);
    const entries = rows.get(list) ?? [];
    entries.push({ code, zh, en });
    rows.set(list, entries);
  });
  return rows;
}

function buildIndex(text: string): Map<CodeList, ListIndex> {
  const rows = parseRows(text);
  const index = new Map<CodeList, ListIndex>();
  for (const list of CODE_LISTS) {
    const entries = rows.get(list);
    if (!entries) throw new Error(`codes.csv: list "${list}" has no rows`);
    index.set(list, indexList(list, entries));
  }
  return index;
}

function indexList(list: CodeList, rows: CodeEntry[]): ListIndex {
  const entries = Object.freeze(rows.map((row) => Object.freeze({ ...row })));
  const byCode = new Map<string, Readonly<CodeEntry>>();
  const byKey = new Map<string, string>();
  for (const entry of entries) {
    if (byCode.has(entry.code)) throw new Error(`codes.csv: ${list} has code "${entry.code}" twice`);
    byCode.set(entry.code, entry);
    // A key naming two different codes would make resolveCode guess, so the file must not contain one.
    for (const key of [entry.code, entry.zh, entry.en].map(normaliseKey)) {
      const other = byKey.get(key);
      if (other !== undefined && other !== entry.code) {
        throw new Error(`codes.csv: in ${list}, "${key}" names both ${other} and ${entry.code}`);
      }
      byKey.set(key, entry.code);
    }
  }
  const widths = new Set(entries.map((entry) => (DIGITS.test(entry.code) ? entry.code.length : -1)));
  const [width] = widths;
  const digitWidth = widths.size === 1 && width !== undefined && width > 0 ? width : undefined;
  return { entries, byCode, byKey, digitWidth };
}
