/** The fund and project disclosure's arithmetic (资金项目公告公示): funds by source, their total, the names. */
import type { Disclosure, FundLine, FundSource } from './types.ts';

export const FUND_SOURCES: readonly FundSource[] = ['central', 'provincial', 'city', 'county', 'other'];

/** The disclosure as the form holds it: the beneficiaries' names as one text, a name per line or separator. */
export type DisclosureForm = Omit<Disclosure, 'beneficiaryNames'> & { beneficiaryNames?: string };

/**
 * The sum of the funds in yuan, counted in fen so that 0.1 + 0.2 is 0.30 and not 0.30000000000000004; an
 * empty or non-numeric amount counts as nothing.
 */
export function fundsTotal(funds: readonly Partial<FundLine>[]): number {
  const fen = funds.reduce((sum, line) => {
    const amount = Number(line.amount);
    return Number.isFinite(amount) ? sum + Math.round(amount * 100) : sum;
  }, 0);
  return fen / 100;
}

/** Sources named more than once: the server takes one line per source. */
export function repeatedSources(funds: readonly Partial<FundLine>[]): FundSource[] {
  const seen = new Set<FundSource>();
  const repeated = new Set<FundSource>();
  for (const line of funds) {
    if (!line.source) continue;
    if (seen.has(line.source)) repeated.add(line.source);
    seen.add(line.source);
  }
  return [...repeated];
}

const NAME_SEPARATORS = /[\s,，、;；]+/;

export function disclosureForm(disclosure: Disclosure): DisclosureForm {
  return { ...disclosure, beneficiaryNames: (disclosure.beneficiaryNames ?? []).join('、') };
}

/** The disclosure as sent: the total computed from the lines, names only where the rules allow them. */
export function disclosureBody(form: DisclosureForm): Disclosure {
  const { beneficiaryNames, ...rest } = form;
  const names = (beneficiaryNames ?? '').split(NAME_SEPARATORS).filter(Boolean);
  const funds = form.funds
    .filter((line) => line.source)
    .map((line) => ({ ...line, amount: Number(line.amount) || 0 }));
  return {
    ...rest,
    namesAllowed: form.namesAllowed === true,
    funds,
    total: fundsTotal(funds),
    ...(form.namesAllowed && names.length > 0 ? { beneficiaryNames: names } : {}),
  };
}

export function emptyDisclosure(): DisclosureForm {
  return {
    projectName: '',
    village: '',
    villageName: '',
    content: '',
    funds: [{ source: 'central', amount: 0 }],
    total: 0,
    periodFrom: '',
    periodTo: '',
    responsibleUnit: '',
    beneficiaryHouseholds: 0,
    namesAllowed: false,
    expectedBenefit: '',
    supervisionPhone: '',
  };
}
