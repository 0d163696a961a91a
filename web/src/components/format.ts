import dayjs from 'dayjs';
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

/** A server timestamp as local date and time. */
export function formatTime(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD HH:mm');
}
