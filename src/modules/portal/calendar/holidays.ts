import type { Tx } from '../../../db/types.ts';
import { recordAudit } from '../../audit/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import { shiftDate } from './working-days.ts';

export interface CalendarDay {
  day: string;
  workday: boolean;
  name: string;
}

const off = (from: string, to: string, name: string): CalendarDay[] => {
  const days: CalendarDay[] = [];
  for (let day = from; day <= to; day = shiftDate(day, 1)) days.push({ day, workday: false, name });
  return days;
};
const worked = (day: string, name: string): CalendarDay => ({ day, workday: true, name: `${name}调休上班` });

/**
 * The public holidays and 调休 working days of 2026, from the State Council General Office's notice on the
 * 2026 holidays (国务院办公厅关于2026年部分节假日安排的通知, 4 November 2025). The State Council publishes
 * each year's in November: an administrator checks these and enters the next year's in the console's
 * calendar (2027's are not loaded: not known when this was written).
 */
export const HOLIDAYS_2026: readonly CalendarDay[] = [
  ...off('2026-01-01', '2026-01-03', '元旦'),
  worked('2026-01-04', '元旦'),
  worked('2026-02-14', '春节'),
  ...off('2026-02-15', '2026-02-23', '春节'),
  worked('2026-02-28', '春节'),
  ...off('2026-04-04', '2026-04-06', '清明节'),
  ...off('2026-05-01', '2026-05-05', '劳动节'),
  worked('2026-05-09', '劳动节'),
  ...off('2026-06-19', '2026-06-21', '端午节'),
  worked('2026-09-20', '国庆节'),
  ...off('2026-09-25', '2026-09-27', '中秋节'),
  ...off('2026-10-01', '2026-10-07', '国庆节'),
  worked('2026-10-10', '国庆节'),
];

/**
 * Loads the known holidays (the demo does): days already set by an administrator are kept as they are, and
 * when every day is there nothing is written (a demo run again changes nothing).
 */
export async function loadHolidays(tx: Tx, actor: Actor, days: readonly CalendarDay[] = HOLIDAYS_2026) {
  const present = await tx.query<{ day: string }>(
    'SELECT day::text AS day FROM calendar_days WHERE day = ANY($1::date[])',
    [days.map((d) => d.day)],
  );
  const known = new Set(present.map((p) => p.day));
  const missing = days.filter((d) => !known.has(d.day));
  if (missing.length === 0) return 0;
  await tx.query(
    `INSERT INTO calendar_days (day, workday, name)
     SELECT * FROM unnest($1::date[], $2::boolean[], $3::text[]) ON CONFLICT (day) DO NOTHING`,
    [missing.map((d) => d.day), missing.map((d) => d.workday), missing.map((d) => d.name)],
  );
  await recordAudit(tx, actor, {
    action: 'calendar.load',
    entity: 'calendar',
    entityId: null,
    regionCode: null,
    after: { days: missing.map((d) => d.day) },
  });
  return missing.length;
}
