import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { useCallback } from 'react';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/useT.ts';

/** Yuan with two decimals in the reader's number format; empty for no value. */
export function useMoney(): (value: number | null | undefined) => string {
  const { lang } = useI18n();
  return useCallback(
    (value) => (value === null || value === undefined ? '' : formatNumber(value, lang, 2)),
    [lang],
  );
}

dayjs.extend(utc);

/**
 * China time, UTC+8 all year (no daylight saving since 1991): a county office's records — visits, check-ins,
 * problem events, the audit and history — are in its own time whatever zone the reader's machine is set to,
 * as the server reckons a check-in's day and a burden week.
 */
const CHINA_OFFSET_MINUTES = 8 * 60;

/** A server timestamp as date and time in China time. */
export function formatTime(iso: string): string {
  return dayjs(iso).utcOffset(CHINA_OFFSET_MINUTES).format('YYYY-MM-DD HH:mm');
}

/** The day (YYYY-MM-DD) in China of an instant, by default now: the day the server files it under. */
export function chinaDay(iso?: string): string {
  return dayjs(iso).utcOffset(CHINA_OFFSET_MINUTES).format('YYYY-MM-DD');
}
