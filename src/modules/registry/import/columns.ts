import type { CodeList } from '../codes.ts';
import {
  HOUSEHOLD_FIELDS,
  MEMBER_FIELDS,
  YEAR_FIELDS,
  type FieldKind,
  type FieldSpec,
  type PersonalKind,
} from '../fields.ts';

/**
 * The columns of the import/export file, derived from the field lists (fields.ts): the English alias of a
 * column is its FieldSpec.column, the Chinese header its FieldSpec.zh. Three columns are not fields of their
 * own: 户编号 household_no, 行政区划代码 region_code and 性别 sex (sex is checked against the ID number).
 *
 * 联系电话 phone is the member's phone; the household's phone is not a column of its own but is taken from the
 * head's row (see docs/import-format.md).
 */
export type ColumnLevel = 'household' | 'year' | 'member';

export interface ImportColumn {
  /** The key of the value in the registry's records (FieldSpec.key, or householdNo / regionCode / sex). */
  key: string;
  /** The English alias, also the SQL column name: FieldSpec.column. */
  name: string;
  zh: string;
  en: string;
  level: ColumnLevel;
  kind: FieldKind;
  list?: CodeList;
  personal?: PersonalKind;
  required: boolean;
}

const HOUSEHOLD_NO: ImportColumn = {
  key: 'householdNo',
  name: 'household_no',
  zh: '户编号',
  en: 'household number',
  level: 'household',
  kind: 'text',
  required: true,
};
const REGION_CODE: ImportColumn = {
  key: 'regionCode',
  name: 'region_code',
  zh: '行政区划代码',
  en: 'village code (12 digits)',
  level: 'household',
  kind: 'text',
  required: true,
};
const SEX: ImportColumn = {
  key: 'sex',
  name: 'sex',
  zh: '性别',
  en: 'sex',
  level: 'member',
  kind: 'code',
  list: 'sex',
  required: false,
};

/** Columns a file must have; the rest are optional (an absent column leaves its value as it is). */
const REQUIRED = new Set([
  'household_no',
  'region_code',
  'name',
  'id_number',
  'relation',
  'household_type',
  'status',
  'main_cause',
]);

/** The order of the standard format (issue #2): these columns come first in exports and the template. */
const STANDARD_ORDER = [
  'household_no', 'region_code', 'name', 'id_number', 'relation', 'sex', 'education', 'student_status', 'health',
  'labour', 'household_type', 'status', 'main_cause', 'wage_income', 'business_income', 'property_income',
  'transfer_income', 'business_costs', 'phone',
]; // prettier-ignore

function fromSpec(spec: FieldSpec, level: ColumnLevel): ImportColumn {
  return {
    key: spec.key,
    name: spec.column,
    zh: spec.zh,
    en: spec.en,
    level,
    kind: spec.kind,
    ...(spec.list ? { list: spec.list } : {}),
    ...(spec.personal ? { personal: spec.personal } : {}),
    required: REQUIRED.has(spec.column),
  };
}

function buildColumns(): readonly ImportColumn[] {
  const all = [
    HOUSEHOLD_NO,
    REGION_CODE,
    SEX,
    ...MEMBER_FIELDS.map((s) => fromSpec(s, 'member')),
    // The household phone comes from the head's row: 联系电话 is the member's column.
    ...HOUSEHOLD_FIELDS.filter((s) => s.key !== 'phone').map((s) => fromSpec(s, 'household')),
    ...YEAR_FIELDS.map((s) => fromSpec(s, 'year')),
  ];
  const rank = (c: ImportColumn) => {
    const i = STANDARD_ORDER.indexOf(c.name);
    return i < 0 ? STANDARD_ORDER.length : i;
  };
  // A stable sort keeps the field-list order among the optional columns.
  return all
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map((x) => x.c);
}

/** Every column the import accepts, standard ones first. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = buildColumns();

export const COLUMN_BY_KEY: ReadonlyMap<string, ImportColumn> = new Map(
  IMPORT_COLUMNS.map((c) => [c.key, c]),
);

/** Case, surrounding spaces and full-width spaces do not matter in a header. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/\u3000/g, ' ')
    .trim()
    .toLowerCase();
}

const BY_HEADER: ReadonlyMap<string, ImportColumn> = (() => {
  const map = new Map<string, ImportColumn>();
  for (const c of IMPORT_COLUMNS) {
    for (const h of [c.zh, c.name]) {
      const key = normaliseHeader(h);
      const other = map.get(key);
      if (other && other !== c)
        throw new Error(`import column header "${h}" names both ${other.name} and ${c.name}`);
      map.set(key, c);
    }
  }
  return map;
})();

export interface HeaderMatch {
  /** The column of each position of the file's header (undefined: ignored). */
  columns: (ImportColumn | undefined)[];
  /** The header text as the file has it, per column key, for error reports. */
  headerOf: Map<string, string>;
  missing: ImportColumn[];
  duplicates: string[];
  ignored: string[];
}

/** Matches a file's header row to the import columns (Chinese header or English alias). */
export function matchHeaders(headers: readonly unknown[]): HeaderMatch {
  const columns: (ImportColumn | undefined)[] = [];
  const headerOf = new Map<string, string>();
  const duplicates: string[] = [];
  const ignored: string[] = [];
  for (const raw of headers) {
    const text =
      typeof raw === 'string' || typeof raw === 'number'
        ? String(raw)
            .replace(/^\uFEFF/, '')
            .trim()
        : '';
    const column = BY_HEADER.get(normaliseHeader(text));
    if (!column) {
      if (text !== '') ignored.push(text);
      columns.push(undefined);
      continue;
    }
    if (headerOf.has(column.key)) {
      duplicates.push(text);
      columns.push(undefined);
      continue;
    }
    headerOf.set(column.key, text);
    columns.push(column);
  }
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !headerOf.has(c.key));
  return { columns, headerOf, missing, duplicates, ignored };
}

/** The SQL type a column's normalised value is staged as. */
export function sqlType(kind: FieldKind): string {
  switch (kind) {
    case 'text':
    case 'code':
      return 'text';
    case 'codes':
      return 'text[]';
    case 'integer':
      return 'integer';
    case 'decimal':
    case 'money':
      return 'numeric';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
  }
}
