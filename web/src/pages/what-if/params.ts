/**
 * The proposal being tried lives in the URL (`/r/371324/what-if?year=2020&line=4500&m=1.6`), like every
 * other choice of the console: a reload shows the same result, a link shares it, and drilling down into a
 * child region tries the same proposal there.
 */
export interface Proposal {
  line: number | undefined;
  multiplier: number | undefined;
}

function positive(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

export function readProposal(search: URLSearchParams): Proposal {
  return { line: positive(search.get('line')), multiplier: positive(search.get('m')) };
}

/** The search with the proposal set (the other parameters, such as the year, kept). */
export function withProposal(search: URLSearchParams, proposal: Proposal): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [key, value] of [
    ['line', proposal.line],
    ['m', proposal.multiplier],
  ] as const) {
    if (value === undefined) next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/** Whether anything is proposed at all (without it nothing runs). */
export function isProposed(proposal: Proposal): boolean {
  return proposal.line !== undefined || proposal.multiplier !== undefined;
}
