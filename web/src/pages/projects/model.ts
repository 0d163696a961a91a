/** Fund sources in the order of the disclosure (中央, 省级, 市级, 县级, 其他). */
export const FUND_SOURCES = ['central', 'provincial', 'city', 'county', 'other'] as const;
export type FundSource = (typeof FUND_SOURCES)[number];
export type Funds = Record<FundSource, number>;

/** Yuan to fen, so sums of amounts with two decimals are exact. */
function fen(yuan: number | null | undefined): number {
  return yuan === null || yuan === undefined || !Number.isFinite(yuan) ? 0 : Math.round(yuan * 100);
}

/** The total of a project's funds as the form holds them (a source left empty counts as none), in yuan. */
export function fundTotal(funds: Partial<Record<FundSource, number | null>> | undefined): number {
  return FUND_SOURCES.reduce((sum, source) => sum + fen(funds?.[source]), 0) / 100;
}

/** Paid so far from each source, in yuan. */
export function paidBySource(disbursements: readonly { source: string; amount: number }[]): Funds {
  const paid = Object.fromEntries(FUND_SOURCES.map((s) => [s, 0])) as Funds;
  for (const d of disbursements) {
    if ((FUND_SOURCES as readonly string[]).includes(d.source)) paid[d.source as FundSource] += fen(d.amount);
  }
  for (const s of FUND_SOURCES) paid[s] /= 100;
  return paid;
}

/** What is still to be paid of the total (never below zero: an overpayment is the server's to refuse). */
export function remaining(total: number, disbursed: number): number {
  return Math.max(0, fen(total) - fen(disbursed)) / 100;
}

/** The share paid, 0–100, rounded down so 99.99 % never shows as done. */
export function paidPercent(total: number, disbursed: number): number {
  if (fen(total) <= 0) return 0;
  return Math.min(100, Math.floor((fen(disbursed) * 100) / fen(total)));
}

/** The project's funds as the request sends them: every source, empty ones as 0. */
export function fundsBody(funds: Partial<Record<FundSource, number | null>> | undefined): Funds {
  return Object.fromEntries(FUND_SOURCES.map((s) => [s, fen(funds?.[s]) / 100])) as Funds;
}
