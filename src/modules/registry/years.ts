import { fieldRules } from '../../app/errors.ts';

/**
 * "Past years stay past": the facts of a year are what was true that year. A closed year changes only by an
 * explicit correction of that year, with a reason, on record in the history and the audit. This is the one
 * definition of a closed year; a later "working year" setting changes it here.
 *
 * `today` (YYYY-MM-DD) is the server's day (app.clock), passed in like every date rule (see dates.ts).
 */
export function isClosedYear(year: number, today: string): boolean {
  return year < Number(today.slice(0, 4));
}

/** The last day of a year: a year's size counts the members present at its end (docs/glossary.md). */
export function yearEnd(year: number): string {
  return `${year}-12-31`;
}

/** The year a YYYY-MM-DD date falls in. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** A correction of a closed year, as the history and the audit keep it. */
export interface Correction {
  year: number;
  reason: string;
}

/**
 * The correction a write to `year`'s facts amounts to: undefined for an open year, the year with its reason for
 * a closed one — and a 422 naming `field` when a closed year is written without a reason (blank counts as none).
 */
export function correctionOf(
  year: number,
  reason: string | undefined,
  today: string,
  field = 'reason',
): Correction | undefined {
  if (!isClosedYear(year, today)) return undefined;
  const given = reason?.trim() ?? '';
  if (given === '')
    throw fieldRules('CORRECTION_REASON_REQUIRED', [
      {
        field,
        code: 'CORRECTION_REASON_REQUIRED',
        message: {
          zh: `${year}年已结束，更正该年度的数据须填写更正原因`,
          en: `${year} is a closed year: correcting its data needs a reason`,
        },
      },
    ]);
  return { year, reason: given };
}
