import type { Message } from '../../app/errors.ts';
import { UNIT_KINDS, UNIT_LEVELS, type TeamRole } from './schemas.ts';

/**
 * The organisation as a workbook: the sheets and columns the export writes and the import reads back, in one
 * place so the two cannot drift apart. Row 1 holds the Chinese headers (the import also takes the English
 * ones), row 2 the English headers as a note (skipped by the import), the records from row 3. Columns marked
 * `out` are written for the reader and ignored by the import (a village's name); a team member with a date of
 * leaving is the team's history, which the import leaves alone.
 *
 * The natural keys that make a re-import idempotent (documented in docs/ARCHITECTURE.md):
 * - unit: region code + name (units are unique by it);
 * - Party branch: village code + name (a branch's name is unique in its village);
 * - cadre: name + phone (empty phone equals empty phone) among the cadres the importer keeps — what the
 *   registry import and the demo match responsible cadres by; no ID number is ever asked of a cadre;
 * - work team: village code + term start; its members by their cadre's key;
 * - pairing: cadre key + household number (an open pairing of that household).
 */
export interface SheetColumn {
  key: ColumnKey;
  zh: string;
  en: string;
  required?: boolean;
  /** Written by the export for the reader; the import ignores it. */
  out?: boolean;
}

export interface SheetSpec {
  name: string;
  en: string;
  columns: readonly SheetColumn[];
}

const col = (key: ColumnKey, zh: string, en: string, more: Partial<SheetColumn> = {}): SheetColumn => ({
  key,
  zh,
  en,
  ...more,
});
const req = { required: true };

export const SHEETS = {
  units: {
    name: '单位',
    en: 'units',
    columns: [
      col('regionCode', '行政区划代码', 'region code', req),
      col('name', '单位名称', 'unit name', req),
      col('level', '单位级别', 'level', req),
      col('kind', '单位类型', 'kind', req),
    ],
  },
  branches: {
    name: '党支部',
    en: 'Party branches',
    columns: [
      col('villageCode', '村代码', 'village code', req),
      col('villageName', '村名称', 'village name', { out: true }),
      col('name', '支部名称', 'branch name', req),
      col('secretaryName', '书记', 'secretary'),
      col('membersCount', '党员数', 'members', req),
    ],
  },
  teams: {
    name: '工作队',
    en: 'work teams',
    columns: [
      col('villageCode', '村代码', 'village code', req),
      col('villageName', '村名称', 'village name', { out: true }),
      col('sendingUnit', '派出单位', 'sending unit'),
      col('termFrom', '任期开始', 'term from', req),
      col('termTo', '任期结束', 'term to', req),
      col('memberName', '队员姓名', 'member name', req),
      col('memberPhone', '队员电话', 'member phone'),
      col('role', '角色', 'role', req),
      col('from', '加入日期', 'joined'),
      col('to', '离队日期', 'left'),
    ],
  },
  cadres: {
    name: '干部',
    en: 'cadres',
    columns: [
      col('regionCode', '行政区划代码', 'region code', req),
      col('name', '姓名', 'name', req),
      col('unit', '单位', 'unit'),
      col('post', '职务', 'post'),
      col('phone', '电话', 'phone'),
    ],
  },
  pairings: {
    name: '结对',
    en: 'pairings',
    columns: [
      col('cadreName', '干部姓名', 'cadre name', req),
      col('cadrePhone', '干部电话', 'cadre phone'),
      col('householdNo', '户编号', 'household number', req),
      col('from', '结对开始日期', 'from', req),
    ],
  },
} as const satisfies Record<string, SheetSpec>;

export type SheetKey = keyof typeof SHEETS;
/** The order the import reads the sheets in: what a later sheet names is written first. */
export const SHEET_ORDER: readonly SheetKey[] = ['units', 'branches', 'cadres', 'teams', 'pairings'];

/** The sheet of notes: the region, the day, and whether the phones in the file are masked. */
export const NOTES_SHEET = '说明';
/** The workbook's marker of masked phones (the import refuses such a file as a whole, like the registry's). */
export const MASKED_NOTE = '本文件个人信息已脱敏 / personal data masked in this file';

/** Labels of the coded columns, written in Chinese; the import takes the label or the code. */
export const LEVEL_LABELS: Record<(typeof UNIT_LEVELS)[number], string> = {
  central: '中央',
  province: '省级',
  city: '市级',
  county: '县级',
  town: '乡镇级',
  village: '村级',
};
export const KIND_LABELS: Record<(typeof UNIT_KINDS)[number], string> = {
  party_government: '党政机关',
  state_enterprise: '国有企业',
  institution: '事业单位',
  other: '其他',
};
export const ROLE_LABELS: Record<TeamRole, string> = {
  leader: '队长',
  first_secretary: '第一书记',
  member: '队员',
};

/** A label or code of `labels` back to its code; an unknown value is given back for the contract to refuse. */
export function codeOf(labels: Record<string, string>, value: string): string {
  const found = Object.entries(labels).find(([code, label]) => value === label || value === code);
  return found ? found[0] : value;
}
export const roleOf = (value: string) => codeOf(ROLE_LABELS, value) as TeamRole;

/** A refused row of the import: the sheet's name, the row as Excel numbers it, the column, both languages. */
export interface ImportIssue {
  sheet: string;
  row: number;
  field?: string;
  code: string;
  message: Message;
}

export interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportIssue[];
}

/** The import's day and clock (the server's, app.clock). */
export interface ImportClock {
  today: string;
  now: Date;
}

type ColumnKey =
  | 'regionCode'
  | 'villageCode'
  | 'villageName'
  | 'name'
  | 'level'
  | 'kind'
  | 'secretaryName'
  | 'membersCount'
  | 'sendingUnit'
  | 'termFrom'
  | 'termTo'
  | 'memberName'
  | 'memberPhone'
  | 'role'
  | 'from'
  | 'to'
  | 'unit'
  | 'post'
  | 'phone'
  | 'cadreName'
  | 'cadrePhone'
  | 'householdNo';

/** A row of a sheet by column key; the import reads only its own sheet's columns. */
export type Row = Record<ColumnKey, string | null>;
