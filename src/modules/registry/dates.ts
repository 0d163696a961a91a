import {
  fieldRules,
  invalidFields,
  type DomainError,
  type FieldIssue,
  type Message,
} from '../../app/errors.ts';

/**
 * "Dates are facts": every date a user gives is a real calendar day, not after today, and not before what it
 * follows (a person's birth, their joining a household); every year of facts or identification is not after
 * this year. One pure helper for every command, the import and the assessments, so they all say the same.
 * `today` (YYYY-MM-DD) always comes from the caller — the server's clock — never from `new Date()` here.
 *
 * These are refusals of facts that contradict the calendar or each other, so they answer 422 (kind 'rule');
 * the shape of a value (a number out of range, a missing field) stays a 400 like every other validation.
 */
export type DateIssueCode = 'DATE_NOT_A_DAY' | 'DATE_IN_FUTURE' | 'DATE_TOO_EARLY' | 'YEAR_IN_FUTURE';

const DATE_CODES: ReadonlySet<string> = new Set<DateIssueCode>([
  'DATE_NOT_A_DAY',
  'DATE_IN_FUTURE',
  'DATE_TOO_EARLY',
  'YEAR_IN_FUTURE',
]);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True for a real Gregorian day written YYYY-MM-DD (no 02-30, no 04-31, 02-29 only in leap years). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (daysInMonth[month - 1] ?? 0);
}

/** Something a date may not precede, e.g. `{ date: birthDate, what: { zh: '出生日期', en: 'the birth date' } }`. */
export interface Earliest {
  date: string;
  what: Message;
}

/**
 * The problem with a date a user gave for `field` (labelled `label`), or undefined when it is a fact. Of several
 * `earliest` bounds the latest one broken is named. Bounds are never echoed as dates: a birth date is personal
 * data that roles seeing masked ID numbers must not learn from an error.
 */
export function dateIssue(
  value: string,
  field: string,
  label: Message,
  today: string,
  earliest: readonly Earliest[] = [],
): FieldIssue | undefined {
  if (!isCalendarDate(value))
    return {
      field,
      code: 'DATE_NOT_A_DAY',
      message: {
        zh: `${label.zh}不是有效的日期（应为 YYYY-MM-DD 格式的真实日期）`,
        en: `${label.en} is not a real calendar day (YYYY-MM-DD)`,
      },
    };
  // ISO dates compare correctly as strings.
  if (value > today)
    return {
      field,
      code: 'DATE_IN_FUTURE',
      message: {
        zh: `${label.zh}不能晚于今天（${today}）`,
        en: `${label.en} cannot be after today (${today})`,
      },
    };
  // The latest bound broken (the first given of equal ones) is the one to name.
  const broken = earliest
    .filter((e) => value < e.date)
    .reduce<Earliest | undefined>((a, b) => (a === undefined || b.date > a.date ? b : a), undefined);
  if (broken)
    return {
      field,
      code: 'DATE_TOO_EARLY',
      message: {
        zh: `${label.zh}不能早于${broken.what.zh}`,
        en: `${label.en} cannot be before ${broken.what.en}`,
      },
    };
  return undefined;
}

/** The problem with a year of facts or identification, or undefined: a year after today's is not yet a fact. */
export function yearIssue(
  year: number,
  field: string,
  label: Message,
  today: string,
): FieldIssue | undefined {
  const thisYear = Number(today.slice(0, 4));
  if (year <= thisYear) return undefined;
  return {
    field,
    code: 'YEAR_IN_FUTURE',
    message: {
      zh: `${label.zh}不能晚于今年（${thisYear}年）`,
      en: `${label.en} cannot be after this year (${thisYear})`,
    },
  };
}

/** Adds each issue found (skipping the undefined) to `issues`. */
export function collect(issues: FieldIssue[], ...found: (FieldIssue | undefined)[]): void {
  for (const f of found) if (f) issues.push(f);
}

/**
 * The error for a list of issues: 422 when every one is a date rule, else the usual 400 listing them all (a
 * request with a malformed field is fixed first, and still learns about its dates in the same answer).
 */
export function refuseFields(issues: FieldIssue[]): DomainError {
  return issues.length > 0 && issues.every((i) => DATE_CODES.has(i.code))
    ? fieldRules('DATE_NOT_A_FACT', issues)
    : invalidFields(issues);
}

export const DATE_LABELS = {
  eventDate: { zh: '变动日期', en: 'event date' },
  birth: { zh: '该成员的出生日期', en: "the member's birth date" },
  joined: { zh: '该成员迁入本户的日期', en: 'the day the member joined the household' },
  year: { zh: '年度', en: 'year' },
} as const satisfies Record<string, Message>;
