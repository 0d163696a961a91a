import { useMemo } from 'react';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/useT.ts';

/**
 * Figures of the measures in the reader's number format: yuan (whole when whole: a line is 4,000, not
 * 4,000.00), ratios as percentages, counts, and indices as plain decimals. Missing values show as a dash.
 */
export function useMeasureFormat() {
  const { lang } = useI18n();
  return useMemo(() => {
    const dash = '—';
    return {
      count: (n: number) => formatNumber(n, lang),
      yuan: (n: number | null | undefined) =>
        n === null || n === undefined ? dash : formatNumber(n, lang, Number.isInteger(n) ? 0 : 2),
      /** A share (0.0312) as a percentage (3.12%). */
      percent: (ratio: number | null | undefined, digits = 2) =>
        ratio === null || ratio === undefined ? dash : `${formatNumber(ratio * 100, lang, digits)}%`,
      /** An index that is not a share of people (P1, P2, Watts, M0) as a decimal. */
      index: (n: number | null | undefined, digits = 4) =>
        n === null || n === undefined ? dash : formatNumber(n, lang, digits),
      multiplier: (n: number) => `×${formatNumber(n, lang, Number.isInteger(n * 10) ? 1 : 2)}`,
    };
  }, [lang]);
}
