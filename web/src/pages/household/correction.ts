import { isClosedYear, yearOf } from '../../../../src/modules/registry/years.ts';

/**
 * A write to the facts of a closed year corrects that year, and the server wants a reason (更正原因). The forms
 * ask for it ahead with the server's own definition of a closed year (src/modules/registry/years.ts); the
 * server still decides, and its refusal names the field `reason`, shown under it.
 */
export function closedYear(year: number | undefined, today: string): number | undefined {
  return year !== undefined && isClosedYear(year, today) ? year : undefined;
}

/** The closed year an event dated `date` (YYYY-MM-DD) corrects, or undefined. */
export function correctedYear(date: string | undefined, today: string): number | undefined {
  return date && /^\d{4}-/.test(date) ? closedYear(yearOf(date), today) : undefined;
}

/** The reason as a body carries it: trimmed, and left out when blank. */
export function reasonPart(reason: unknown): { reason?: string } {
  const text = typeof reason === 'string' ? reason.trim() : '';
  return text ? { reason: text } : {};
}
