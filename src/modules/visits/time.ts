import { fieldRules } from '../../app/errors.ts';

/** A phone's clock runs a little ahead of the server's now and then; beyond this an instant is in the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** `at` (an instant the phone gave) as a Date, or 422 when it lies in the future of the server's clock. */
export function pastInstant(field: string, at: string, now: Date): Date {
  const when = new Date(at);
  if (when.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw fieldRules('FUTURE_TIME', [
      {
        field,
        code: 'FUTURE_TIME',
        message: { zh: '时间不能晚于现在', en: 'The time cannot be in the future' },
      },
    ]);
  return when;
}

/** The day of an instant in the villages' time (China, UTC+8): what a check-in counts for. */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Metres between two positions (haversine): a photo's place against the visit's. */
export function distanceMetres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}
