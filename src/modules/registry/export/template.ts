import { codeEntries } from '../codes.ts';
import { IMPORT_COLUMNS, type ImportColumn } from '../import/columns.ts';
import type { FileFormat } from '../import/readers.ts';
import { exportHeader } from './export.ts';
import type { TableWriter } from './writers.ts';

/**
 * The import template: the header row of the format (Chinese headers, standard columns first). The XLSX
 * template has a second sheet explaining every column: its English alias, whether it belongs to the household
 * (same on each of its rows) or the member, whether it is required, and the values it takes.
 */
const LEVEL = {
  household: '户 household',
  year: '户（年度）household, yearly',
  member: '成员 member',
} as const;

function values(c: ImportColumn): string {
  const codes = c.list
    ? codeEntries(c.list)
        .map((e) => `${e.code} ${e.zh}`)
        .join('；')
    : '';
  switch (c.kind) {
    case 'code':
      return `代码或中文名称 code or label: ${codes}`;
    case 'codes':
      return `一个或多个，以顿号分隔 one or more, separated by 、: ${codes}`;
    case 'boolean':
      return '是 / 否';
    case 'integer':
      return '整数 whole number';
    case 'decimal':
    case 'money':
      return '数字（两位小数）number (2 decimals)';
    case 'date':
      return '日期 date YYYY-MM-DD';
    case 'text':
      if (c.key === 'regionCode') return '12位村级代码 12-digit village code';
      if (c.key === 'idNumber') return '18位居民身份证号码 18-character resident ID number';
      return '文本 text';
  }
}

export async function writeTemplate(out: TableWriter, format: FileFormat): Promise<void> {
  await out.row(exportHeader());
  if (format !== 'xlsx') return;
  await out.sheet('填写说明 notes');
  await out.row(['列名 header', '英文别名 alias', '归属 level', '必填 required', '取值 values']);
  for (const c of IMPORT_COLUMNS) {
    await out.row([c.zh, c.name, LEVEL[c.level], c.required ? '是 yes' : '否 no', values(c)]);
  }
}
