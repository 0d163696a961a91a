import type { FieldIssue, Message } from '../../../app/errors.ts';
import { isCode } from '../codes.ts';
import { validateFacts, validateHouseholdFields, validateMember, type Values } from '../validate.ts';
import type { ImportColumn } from './columns.ts';
import { IMPORT_MESSAGES } from './errors.ts';
import { completeIncome, parseCell, type Cell } from './values.ts';

/**
 * Row by row, as the file is read: every cell turned into the registry's value and every rule that needs only
 * the row itself checked (ID numbers, codes, numbers, required fields, sex against the ID). The rules across
 * rows (one head, household columns agreeing, the same person twice) are checked per household later.
 *
 * The household's columns repeat on each of its rows, and its rows usually follow each other: the household
 * part of a row whose household cells are those of the row before is not parsed and checked again.
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
  /** Normalised values of the household's columns (shared by the rows that repeat them). */
  household: Values;
  /** Normalised values of the member's columns; a value with an issue is undefined. */
  member: Values;
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

interface HouseholdPart {
  key: string;
  regionCode: string | null;
  values: Values;
  issues: RowIssue[];
  sig: string;
}

const text = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell).trim());

/**
 * An ID number Excel turned into a number: a number cell, the scientific notation it shows (3.71324E+17), or
 * the 18 digits it keeps when only 15 were significant (the last three 000). The number lost digits that no
 * one can restore from the file, so the row's error says how to keep Excel from doing it again.
 */
const SCIENTIFIC = /^\d(\.\d+)?e\+?\d+$/i;
const ROUNDED = /^\d{15}000$/;
export function excelMadeNumber(cell: Cell): boolean {
  if (typeof cell === 'number') return true;
  const value = text(cell);
  return SCIENTIFIC.test(value) || ROUNDED.test(value);
}

function withTextHint(message: Message): Message {
  return {
    zh: `${message.zh}（请将证件号码列设置为文本格式后重新录入）`,
    en: `${message.en} (format the ID column as text and enter it again)`,
  };
}

export class RowNormaliser {
  private readonly householdAt: number[] = [];
  private readonly memberAt: number[] = [];
  private readonly yearColumns: ImportColumn[];
  private readonly householdNoAt: number;
  private readonly regionAt: number;
  private readonly idAt: number;
  private last: HouseholdPart | undefined;

  /** `present`: the file's columns, in the order of the cells given to row(). */
  constructor(
    private readonly present: readonly ImportColumn[],
    private readonly today: string,
  ) {
    this.householdNoAt = present.findIndex((c) => c.key === 'householdNo');
    this.regionAt = present.findIndex((c) => c.key === 'regionCode');
    this.idAt = present.findIndex((c) => c.key === 'idNumber');
    present.forEach((c, i) => {
      if (c.key === 'householdNo' || c.key === 'regionCode') return;
      (c.level === 'member' ? this.memberAt : this.householdAt).push(i);
    });
    this.yearColumns = present.filter((c) => c.level === 'year');
  }

  row(cells: readonly Cell[], rowNo: number): NormalisedRow {
    const householdNo = text(cells[this.householdNoAt]);
    const part = this.householdPart(cells);
    const issues: RowIssue[] = [...part.issues];
    if (householdNo === '') {
      issues.push({
        key: 'householdNo',
        code: 'REQUIRED',
        message: { zh: '户编号不能为空', en: 'household number is required' },
      });
    } else if (!HOUSEHOLD_NO.test(householdNo)) {
      issues.push({ key: 'householdNo', code: 'HOUSEHOLD_NO', message: IMPORT_MESSAGES.HOUSEHOLD_NO });
    }
    const member: Values = {};
    for (const i of this.memberAt) member[this.present[i]!.key] = parseCell(this.present[i]!, cells[i]);
    const fieldIssues: FieldIssue[] = [];
    if (typeof member.sex === 'string' && !isCode('sex', member.sex)) {
      fieldIssues.push({
        field: 'sex',
        code: 'UNKNOWN_CODE',
        message: { zh: `性别代码无效：${member.sex}`, en: `Unknown sex code: ${member.sex}` },
      });
      member.sex = undefined;
    }
    const person = validateMember(member, '', this.today, fieldIssues);
    const idCell = cells[this.idAt];
    for (const f of fieldIssues) {
      const hint = f.field === 'idNumber' && excelMadeNumber(idCell);
      issues.push({ key: f.field, code: f.code, message: hint ? withTextHint(f.message) : f.message });
      member[f.field] = undefined;
    }
    if (person) member.idNumber = person.idNumber;
    return {
      rowNo,
      householdNo,
      regionCode: part.regionCode,
      householdSig: part.sig,
      issues,
      household: part.values,
      member,
      sex: person?.sex ?? null,
      birthDate: person?.birthDate ?? null,
    };
  }

  private householdPart(cells: readonly Cell[]): HouseholdPart {
    let key = text(cells[this.regionAt]);
    for (const i of this.householdAt) key += `\u0001${text(cells[i])}`;
    if (this.last?.key === key) return this.last;

    const issues: RowIssue[] = [];
    let regionCode: string | null = text(cells[this.regionAt]);
    if (regionCode === '') {
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
    const household: Values = {};
    const year: Values = {};
    const values: Values = {};
    for (const i of this.householdAt) {
      const column = this.present[i]!;
      const value = parseCell(column, cells[i]);
      (column.level === 'year' ? year : household)[column.key] = value;
      values[column.key] = value;
    }
    completeIncome(this.yearColumns, year);
    Object.assign(values, year);
    const fieldIssues: FieldIssue[] = [];
    validateFacts(year, '', fieldIssues);
    validateHouseholdFields(household, '', fieldIssues, this.today);
    for (const f of fieldIssues) {
      issues.push({ key: f.field, code: f.code, message: f.message });
      values[f.field] = undefined;
    }
    this.last = { key, regionCode, values, issues, sig: signature(key) };
    return this.last;
  }
}
