/**
 * Times on the portal are China's (Asia/Shanghai), whatever the server's zone: `发布时间：2026-06-30 10:00:00`
 * as on the seed page, dates in lists as `2026-06-30`.
 */
const DATE_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** 2026-06-30 10:00:00 */
export function chinaDateTime(at: Date): string {
  return DATE_TIME.format(at);
}

/** 2026-06-30 */
export function chinaDate(at: Date): string {
  return chinaDateTime(at).slice(0, 10);
}
