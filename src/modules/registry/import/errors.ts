import { DomainError, type Message } from '../../../app/errors.ts';
import { scrubText } from '../../privacy/present.ts';
import type { ImportColumn } from './columns.ts';

/** One bad row of an import, as the summary and the error report give it. */
export interface ImportError {
  /** The row of the file, counting the header as row 1 (in a spreadsheet: the sheet's row number). */
  row: number;
  /** The column's header as the file has it. */
  column: string;
  household_no: string;
  code: string;
  /** "中文 / English" */
  message: string;
}

/**
 * The text of a bad row's message. A message may quote the cell (a code that is not one), and the cell may
 * hold an ID number or a phone put in the wrong column: the report and the job's result never echo them.
 */
export function bilingual(message: Message): string {
  return scrubText(`${message.zh} / ${message.en}`);
}

/** Problems of the file as a whole: nothing is imported, and the shell command exits with status 2. */
export class UnreadableFileError extends DomainError {
  constructor(code: string, message: Message, details: Record<string, unknown> = {}) {
    super('invalid', code, message, details);
    this.name = 'UnreadableFileError';
  }
}

export function missingColumns(missing: readonly ImportColumn[]): UnreadableFileError {
  const names = missing.map((c) => `${c.zh} ${c.name}`);
  return new UnreadableFileError(
    'IMPORT_MISSING_COLUMNS',
    {
      zh: `文件缺少必需的列：${names.join('、')}`,
      en: `The file lacks required columns: ${names.join(', ')}`,
    },
    { missing: missing.map((c) => c.name) },
  );
}

export function duplicateColumns(headers: readonly string[]): UnreadableFileError {
  return new UnreadableFileError(
    'IMPORT_DUPLICATE_COLUMNS',
    { zh: `同一列出现了两次：${headers.join('、')}`, en: `A column appears twice: ${headers.join(', ')}` },
    { duplicates: [...headers] },
  );
}

/** The reader's own words (a library's English) stay in the English text and the details, not the Chinese. */
export function unreadable(reason: string): UnreadableFileError {
  return new UnreadableFileError(
    'IMPORT_FILE_UNREADABLE',
    {
      zh: '无法读取文件：文件已损坏，或不是有效的 CSV / Excel 文件',
      en: `The file cannot be read: ${reason}`,
    },
    { reason },
  );
}

export function unknownFormat(name: string): UnreadableFileError {
  return new UnreadableFileError(
    'IMPORT_FILE_FORMAT',
    { zh: `只能导入 .csv 或 .xlsx 文件：${name}`, en: `Only .csv and .xlsx files can be imported: ${name}` },
    { file: name },
  );
}

/**
 * The first row of an export masked for its reader (written by export.ts, recognised by the import). Its ID
 * numbers have stars in them: imported, every row would be a bad ID number, where one reason says it all.
 */
export const MASKED_MARKER = '本文件个人信息已脱敏 / personal data masked in this file';

export function maskedExport(): UnreadableFileError {
  return new UnreadableFileError('IMPORT_MASKED_EXPORT', {
    zh: '此文件为脱敏导出，不能导入；请由有权查看个人信息的账号导出',
    en: 'This file is a masked export and cannot be imported; export it with an account that may see personal data',
  });
}

/** The import's own rules; the field rules come from validate.ts with the API's messages. */
export const IMPORT_MESSAGES = {
  HOUSEHOLD_NO: {
    zh: '户编号须为1至40位字母、数字或连字符',
    en: 'A household number has 1 to 40 letters, digits or hyphens',
  },
  REGION_CODE: { zh: '行政区划代码须为12位村级代码', en: 'The region code must be a 12-digit village code' },
  UNKNOWN_REGION: { zh: '行政区划代码不存在', en: 'No region has this code' },
  NOT_A_VILLAGE: { zh: '行政区划代码不是村级代码', en: 'The region code is not a village' },
  REGION_OUT_OF_SCOPE: {
    zh: '无权在该地区登记（不在您的管辖范围内）',
    en: 'You may not register households in this region',
  },
  HOUSEHOLD_OUT_OF_SCOPE: {
    zh: '该户编号已被您无权修改的户使用',
    en: 'This household number belongs to a household you may not change',
  },
  DUPLICATE_IN_FILE: {
    zh: '同一证件号码出现在文件中的不同户',
    en: 'The same ID number appears in different households of the file',
  },
} satisfies Record<string, Message>;

export function householdMismatch(label: { zh: string; en: string }, firstRow: number): Message {
  return {
    zh: `${label.zh}与本户第${firstRow}行不一致（同一户各行的户信息须相同）`,
    en: `${label.en} differs from row ${firstRow} of the same household (household columns must agree)`,
  };
}
