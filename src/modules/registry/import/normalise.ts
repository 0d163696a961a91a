import type { FieldIssue, Message } from '../../../app/errors.ts';
import { isCode } from '../codes.ts';
import { validateFacts, validateHouseholdFields, validateMember, type Values } from '../validate.ts';
import type { ImportColumn } from './columns.ts';
import { IMPORT_MESSAGES } from './errors.ts';
import { parseCell, type Cell } from './values.ts';

/**
 * Row by row, as the file is read: every cell turned into the registry's value and every rule that needs only
 * the row itself checked (ID numbers, codes, numbers, required fields, sex against the ID). The rules across
 * rows (one head, household columns agreeing, the same person twice) are checked per household later.
 */
export interface RowIssue {
  /** The column key (ImportColumn.key). */
  key: string;
  code: string;
  message: Message;
}

export interface NormalisedRow {
  rowNo: number;
  householdNo: string;
  regionCode: string | null;
  /** A hash of the household's columns on this row: rows of one household must have the same. */
  householdSig: string;
  issues: RowIssue[];
  /** Normalised values by column key; a value with an issue is left out. */
  values: Values;
  sex: string | null;
  birthDate: string | null;
}

const HOUSEHOLD_NO = /^[0-9A-Za-z-]{1,40}$/;
const VILLAGE_CODE = /^\d{12}$/;

/** 53 bits of FNV-1a in two 32-bit halves: enough that two different rows of a household never collide. */
export function signature(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + ':' + ((b >>> 0) & 0x1fffff).toString(36);
}

export function normaliseRow(
  present: readonly ImportColumn[],
  cells: readonly Cell[],
  rowNo: number,
  today: string,
): NormalisedRow {
  const member: Values = {};
  const household: Values = {};
  const year: Values = {};
  let householdNo = '';
  let regionCode: string | null = null;
  const issues: RowIssue[] = [];
  const sig: unknown[] = [];

  for (let i = 0; i < present.length; i += 1) {
    const column = present[i]!;
    const cell = cells[i];
    if (column.key === 'householdNo') {
      householdNo = cell === null || cell === undefined ? '' : String(cell).trim();
      continue;
    }
    if (column.key === 'regionCode') {
      const code = cell === null || cell === undefined ? '' : String(cell).trim();
      regionCode = code;
      sig.push(code);
      continue;
    }
    const value = parseCell(column, cell);
    if (column.level === 'member') member[column.key] = value;
    else {
      (column.level === 'year' ? year : household)[column.key] = value;
      sig.push(value);
    }
  }

  if (householdNo === '')
    issues.push({
      key: 'householdNo',
      code: 'REQUIRED',
      message: { zh: '户编号不能为空', en: 'household number is required' },
    });
  else if (!HOUSEHOLD_NO.test(householdNo))
    issues.push({ key: 'householdNo', code: 'HOUSEHOLD_NO', message: IMPORT_MESSAGES.HOUSEHOLD_NO });
  if (regionCode === '' || regionCode === null) {
    issues.push({
      key: 'regionCode',
      code: 'REQUIRED',
      message: { zh: '行政区划代码不能为空', en: 'region code is required' },
    });
    regionCode = null;
  } else if (!VILLAGE_CODE.test(regionCode)) {
    issues.push({ key: 'regionCode', code: 'REGION_CODE', message: IMPORT_MESSAGES.REGION_CODE });
    regionCode = null;
  }

  const fieldIssues: FieldIssue[] = [];
  if (typeof member.sex === 'string' && !isCode('sex', member.sex)) {
    fieldIssues.push({
      field: 'sex',
      code: 'UNKNOWN_CODE',
      message: { zh: `性别代码无效：${member.sex}`, en: `Unknown sex code: ${member.sex}` },
    });
    delete member.sex;
  }
  const person = validateMember(member, '', today, fieldIssues);
  validateFacts(year, '', fieldIssues);
  validateHouseholdFields(household, '', fieldIssues);
  for (const f of fieldIssues) issues.push({ key: f.field, code: f.code, message: f.message });

  const values: Values = { ...household, ...year, ...member };
  for (const f of fieldIssues) delete values[f.field];
  if (person) values.idNumber = person.idNumber;
  delete values.sex;
  return {
    rowNo,
    householdNo,
    regionCode,
    householdSig: signature(JSON.stringify(sig)),
    issues,
    values,
    sex: person?.sex ?? null,
    birthDate: person?.birthDate ?? null,
  };
}
