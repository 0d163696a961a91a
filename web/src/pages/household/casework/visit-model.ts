import type { Visit } from './api.ts';

/** The 两不愁三保障 items and drinking water, in the order a visit checks them. */
export const CHECKS = ['food', 'clothing', 'education', 'medical', 'housing', 'water'] as const;

/** The visits a card shows before "show all": the latest, enough to see the rhythm of a year's visits. */
export const VISITS_SHOWN = 5;

/**
 * What a visit's checks say at a glance: every item checked and met is one word ("all met"), so the visits where
 * something was not met stand out with each item, met in green and not met in red.
 */
export function checkSummary(checks: Visit['checks']): 'none' | 'allMet' | 'some' {
  const seen = CHECKS.filter((c) => checks[c] !== undefined);
  if (seen.length === 0) return 'none';
  return seen.length === CHECKS.length && seen.every((c) => checks[c]) ? 'allMet' : 'some';
}

/**
 * How far a photo's own time and place (its EXIF) are from the visit, in whole minutes and metres, when the
 * photo says; null when it says nothing.
 */
export function photoNote(p: Visit['photos'][number]): { minutes: number; meters: number } | null {
  if (p.timeGapSeconds === null && p.distanceM === null) return null;
  return {
    minutes: Math.round(Math.abs(p.timeGapSeconds ?? 0) / 60),
    meters: Math.round(p.distanceM ?? 0),
  };
}
