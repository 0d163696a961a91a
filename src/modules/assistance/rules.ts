import { fieldRules, type FieldIssue } from '../../app/errors.ts';
import { addDays } from '../cases/timers.ts';
import { isCalendarDate } from '../registry/dates.ts';
import type { MeasureCategory } from './schemas.ts';

/**
 * 开发式帮扶: the measures that build a household's own means of earning — a business (industry), a job
 * (employment, a public-welfare job), the credit to start one (micro-credit) and the skills for one (other
 * education: vocational training, 雨露计划) — as against the protective ones (保障式: social protection,
 * assistance, health, schooling, housing, water…) that keep a household above the line without changing what it
 * earns. The policy after 2020 is to raise the share of development-type measures, so the flag is what the
 * statistics count; a clerk may still set it otherwise for a measure the category misjudges.
 */
const DEVELOPMENT: ReadonlySet<MeasureCategory> = new Set<MeasureCategory>([
  'industry',
  'employment',
  'micro_credit',
  'welfare_job',
  'other_education',
]);

export const isDevelopmentCategory = (category: MeasureCategory): boolean => DEVELOPMENT.has(category);

/** How far ahead a measure may be recorded: a planned start within the year to come, not a wish list. */
export const PLANNED_START_DAYS = 365;

/**
 * The dates of a measure: real days; the start no more than PLANNED_START_DAYS after today (a measure decided
 * and about to begin is recorded once, when it is decided); the end not before the start. The year of the
 * measure not after next year. 422 with each field named.
 */
export function checkMeasureDates(
  m: { year: number; startOn: string; endOn: string | null },
  today: string,
): void {
  const issues: FieldIssue[] = [];
  const latest = addDays(today, PLANNED_START_DAYS);
  if (!isCalendarDate(m.startOn))
    issues.push({
      field: 'startOn',
      code: 'DATE_NOT_A_DAY',
      message: { zh: '开始日期不是有效的日期', en: 'The start is not a real calendar day' },
    });
  else if (m.startOn > latest)
    issues.push({
      field: 'startOn',
      code: 'START_TOO_FAR',
      message: {
        zh: `开始日期最晚为一年内（${latest}）`,
        en: `The start may be planned at most a year ahead (${latest})`,
      },
    });
  if (m.endOn !== null && !isCalendarDate(m.endOn))
    issues.push({
      field: 'endOn',
      code: 'DATE_NOT_A_DAY',
      message: { zh: '结束日期不是有效的日期', en: 'The end is not a real calendar day' },
    });
  else if (m.endOn !== null && m.endOn < m.startOn)
    issues.push({
      field: 'endOn',
      code: 'END_BEFORE_START',
      message: { zh: '结束日期不能早于开始日期', en: 'The end cannot be before the start' },
    });
  const nextYear = Number(today.slice(0, 4)) + 1;
  if (m.year > nextYear)
    issues.push({
      field: 'year',
      code: 'YEAR_IN_FUTURE',
      message: { zh: `年度不能晚于 ${nextYear}`, en: `The year cannot be after ${nextYear}` },
    });
  if (issues.length > 0) throw fieldRules(issues[0]!.code, issues);
}
