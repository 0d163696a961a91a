import { DomainError, type FieldIssue } from '../../app/errors.ts';
import { counted, noun, nouns, WERE } from '../../app/plural.ts';

/**
 * The rules of poverty standards, free of the database: what a valid line is, and when a line may change.
 * "Today" is always passed in, so the rules can be tested for any date.
 */
export const YEAR_MIN = 2013;
export const YEAR_MAX = 2100;
/** 监测范围: after 2020 about 1.5 × the line (e.g. 4,000 × 1.5 = 6,000 yuan in 2021), set per province and year. */
export const DEFAULT_MONITORING_MULTIPLIER = 1.5;
export const MULTIPLIER_MIN = 1;
export const MULTIPLIER_MAX = 3;
/** Far above any line ever set; catches a mistyped figure (an extra zero or two). */
export const LINE_MAX = 1_000_000;
export const REASON_MAX = 500;

export interface StandardChange {
  year: number;
  /** Two digits, or null for the national line. */
  province: string | null;
  line: number;
  monitoringMultiplier: number;
  reason: string;
}

/** The upper end of the monitoring range, in yuan (fen precision). */
export function monitoringLine(line: number, multiplier: number): number {
  return Math.round(line * multiplier * 100) / 100;
}

const hasAtMostTwoDecimals = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;

/** Every problem of a change, each naming its field, in Chinese and English. */
export function validateStandardChange(change: StandardChange): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, code: string, zh: string, en: string) =>
    issues.push({ field, code, message: { zh, en } });
  const { year, province, line, monitoringMultiplier: multiplier } = change;
  if (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX)
    add(
      'year',
      'YEAR_RANGE',
      `年度应为 ${YEAR_MIN} 到 ${YEAR_MAX} 之间的整数`,
      `year must be a whole number from ${YEAR_MIN} to ${YEAR_MAX}`,
    );
  if (province !== null && !/^\d{2}$/.test(province))
    add(
      'province',
      'PROVINCE_CODE',
      '省份应为两位数字代码（如 37）',
      'province must be a 2-digit code (e.g. 37)',
    );
  // At least one fen: a smaller positive line passes the two-decimals test yet is stored as 0.00.
  if (!Number.isFinite(line) || line < 0.01 || line > LINE_MAX || !hasAtMostTwoDecimals(line))
    add(
      'line',
      'LINE_RANGE',
      `贫困线应大于 0 元、不超过 ${LINE_MAX} 元，最多两位小数`,
      `line must be more than 0 and at most ${LINE_MAX} yuan, with at most two decimals`,
    );
  if (
    !Number.isFinite(multiplier) ||
    multiplier < MULTIPLIER_MIN ||
    multiplier > MULTIPLIER_MAX ||
    !hasAtMostTwoDecimals(multiplier)
  )
    add(
      'monitoringMultiplier',
      'MULTIPLIER_RANGE',
      `监测范围倍数应在 ${MULTIPLIER_MIN} 到 ${MULTIPLIER_MAX} 之间，最多两位小数`,
      `monitoringMultiplier must be from ${MULTIPLIER_MIN} to ${MULTIPLIER_MAX}, with at most two decimals`,
    );
  const reason = change.reason.trim();
  if (reason.length === 0 || reason.length > REASON_MAX)
    add(
      'reason',
      'REASON_REQUIRED',
      `须说明调整理由（不超过 ${REASON_MAX} 字）`,
      `reason is required (at most ${REASON_MAX} characters)`,
    );
  return issues;
}

export interface ChangeContext {
  year: number;
  /** YYYY-MM-DD, injected (never the clock inside this function). */
  today: string;
  /** Whether a line is already in force for the scope and year (for a province: its own or the national one). */
  inForce: boolean;
  /** Households identified under the line in force for the scope and year. */
  householdsIdentified: number;
}

/**
 * Why a change may not be made, or undefined. The past is never rewritten: a line in force for a year already
 * gone stays as it is (a year never configured may still be filled in — nothing was measured against it), and
 * neither may a line change under households already identified by it.
 */
export function refuseChange(ctx: ChangeContext): DomainError | undefined {
  const thisYear = Number(ctx.today.slice(0, 4));
  if (ctx.inForce && ctx.year < thisYear) {
    return new DomainError(
      'rule',
      'STANDARD_PAST_YEAR',
      {
        zh: `${ctx.year} 年已经过去，该年的贫困标准不能再修改（历史不可改写）`,
        en: `${ctx.year} is past: its poverty standard can no longer be changed (the past is never rewritten)`,
      },
      { year: ctx.year },
    );
  }
  if (ctx.householdsIdentified > 0) {
    return new DomainError(
      'conflict',
      'STANDARD_IN_USE',
      {
        zh: `已有 ${ctx.householdsIdentified} 户按 ${ctx.year} 年的贫困标准识别，该标准不能再修改`,
        en: `${counted(ctx.householdsIdentified, nouns.household)} ${noun(ctx.householdsIdentified, WERE)} identified under the ${ctx.year} poverty standard; it can no longer be changed`,
      },
      { year: ctx.year, households: ctx.householdsIdentified },
    );
  }
  return undefined;
}
