import { HOUSEHOLD_TYPES, notApplicable, type Standing } from '../../../../src/modules/cases/applicable.ts';
import type { CaseType } from './api.ts';

export type { Standing };

/**
 * The procedures a household may start, by its standing in the year shown: the server's own rule (applicable.ts:
 * identification for a household without a status, exit for a poor or returned one, return for an exited one,
 * monitoring for one neither poor nor monitored, risk elimination for a monitored one), less the types it
 * already has open (the server refuses a second with CASE_EXISTS).
 */
export function startableTypes(standing: Standing, openTypes: readonly string[]): CaseType[] {
  return HOUSEHOLD_TYPES.filter(
    (type) => notApplicable(type, standing) === null && !openTypes.includes(type),
  );
}
