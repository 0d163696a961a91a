import type { FieldSpec } from '../registry/fields.ts';
import { codeLabel, type CodeList } from '../registry/codes.ts';

/**
 * A generated document (帮扶手册, 一村一档) as data: a title and sections, each a list of labelled facts or a
 * table. The PDF and the XLSX are two renderings of the same book (render-pdf.ts, render-xlsx.ts), so they
 * cannot say different things. Documents are in Chinese, like the notices: they are filed and printed.
 */
export type Cell = string | number | null;

export type Section =
  | { title: string; facts: [string, Cell][] }
  | {
      title: string;
      headers: string[];
      rows: Cell[][];
      /** The columns the PDF prints (A4 holds some eight); the XLSX has them all. Default: all. */
      printed?: number[];
      /** Relative widths of the printed columns. Default: equal. */
      weights?: number[];
    };

export interface Book {
  title: string;
  /** Under the title: the household number, the village's path. */
  subtitle: string;
  /** The day it was generated (the server's clock). */
  generatedOn: string;
  sections: Section[];
}

export const label = (list: CodeList, code: string | null | undefined): string =>
  code === null || code === undefined || code === '' ? '' : (codeLabel(list, code, 'zh') ?? code);

export const yesNo = (value: boolean | null | undefined): string =>
  value === null || value === undefined ? '' : value ? '是' : '否';

/** A registry field's value as the document shows it: codes as their Chinese labels, booleans as 是/否. */
export function fieldText(spec: FieldSpec, value: unknown): Cell {
  if (value === null || value === undefined || value === '') return null;
  switch (spec.kind) {
    case 'code':
      return label(spec.list!, value as string);
    case 'codes':
      return (value as string[]).map((v) => label(spec.list!, v)).join('、') || null;
    case 'boolean':
      return yesNo(Boolean(value));
    case 'integer':
    case 'decimal':
    case 'money':
      return Number(value);
    case 'text':
    case 'date':
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** An instant as China's wall clock, YYYY-MM-DD HH:MM (visits are made and read in China). */
export function chinaTime(at: string | Date): string {
  const china = new Date(new Date(at).getTime() + 8 * 3600_000);
  return china.toISOString().slice(0, 16).replace('T', ' ');
}
