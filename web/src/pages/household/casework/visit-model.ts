import type { Visit } from './api.ts';

/** The 两不愁三保障 items and drinking water, in the order a visit checks them. */
export const CHECKS = ['food', 'clothing', 'education', 'medical', 'housing', 'water'] as const;

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
