import { randomInt } from 'node:crypto';
import { makeIdNumber } from '../../src/modules/registry/id-number.ts';

/** Random unique test data, so tests never depend on each other. */
let counter = 0;

export function uniqueHouseholdNo(): string {
  counter += 1;
  return `T${Date.now().toString(36)}${randomInt(1e6).toString(36)}${counter}`.toUpperCase().slice(0, 40);
}

/** The numbers already given out in this test file: a person is in one household only, so none comes twice. */
const issued = new Set<string>();

/**
 * A valid resident ID number for a person of the given sex, born in `year` (random day and order code), never
 * one given before in this file (with the year fixed there are 168,000 of them: a few hundred people of one
 * year would meet the same number once in a few hundred files).
 */
export function idNumberFor(sex: '1' | '2', year = 1960 + randomInt(50), area = '371324'): string {
  for (;;) {
    const month = String(1 + randomInt(12)).padStart(2, '0');
    const day = String(1 + randomInt(28)).padStart(2, '0');
    const id = makeIdNumber(area, `${year}-${month}-${day}`, randomInt(500) * 2, sex);
    if (issued.has(id)) continue;
    issued.add(id);
    return id;
  }
}

export function memberInput(relation: string, sex: '1' | '2' = '1', birthYear?: number) {
  return {
    name: sex === '1' ? '张建国' : '李秀英',
    idNumber: idNumberFor(sex, birthYear),
    relation,
    education: '3',
    health: '1',
    labour: '1',
    medicalInsurance: true,
  };
}

/** The standing of a poor household identified before the system: seed it (seed.ts), the API refuses it. */
export const POOR_FACTS = { status: '01', householdType: '01', mainCause: '01' } as const;

/**
 * A household as the API registers it: an ordinary one (type 00, no status). Its standing comes from the
 * procedures; a test that starts from a poor household seeds poorHouseholdInput (seed.ts).
 */
export function householdInput(regionCode: string, overrides: Record<string, unknown> = {}) {
  return {
    householdNo: uniqueHouseholdNo(),
    regionCode,
    year: 2020,
    phone: '13812345678',
    facts: {
      householdType: '00',
      wageIncome: 6000,
      businessIncome: 3000,
      propertyIncome: 0,
      transferIncome: 1200,
      businessCosts: 1200,
    },
    members: [memberInput('01', '1', 1970), memberInput('02', '2', 1972), memberInput('03', '1', 2000)],
    ...overrides,
  };
}

/** A poor household (status 01, type 01, cause 01) with householdInput's members and income; for seedHousehold. */
export function poorHouseholdInput(regionCode: string, overrides: Record<string, unknown> = {}) {
  const input = householdInput(regionCode, overrides);
  return { ...input, facts: { ...input.facts, ...POOR_FACTS, ...(overrides.facts as object | undefined) } };
}
