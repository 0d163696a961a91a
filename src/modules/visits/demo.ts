import type { Db } from '../../db/types.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';

/**
 * The demo county's year of presence and visits (second step of src/cli/demo-casework.ts), set-based so a
 * county of thousands of households takes seconds: every work-team member checks in on most working days of
 * the year before today (the deployment's calendar: weekends off, holidays off, 调休 days on), and every paired
 * household is visited once a month by its cadre, all guarantees seen met. The ids made on "the phone" are
 * fixed (`demo-…`), so running the step again stores nothing twice.
 */
export async function seedDemoVisits(
  db: Db,
  actor: Actor,
  context: { county: string; today: string },
): Promise<string> {
  const county = context.county.slice(0, 6);
  return db.transaction(async (tx) => {
    const checkins = await tx.query(
      `INSERT INTO checkins (client_id, cadre_id, team_id, village_code, at, day, lat, lng, accuracy)
       SELECT 'demo-c' || m.id || '-' || to_char(d, 'YYYYMMDD'), m.cadre_id, t.id, t.village_code,
              (d + time '08:30' + (m.id % 40) * interval '1 minute') AT TIME ZONE 'Asia/Shanghai', d,
              34.8 + (hashtext(t.village_code) % 1000) / 10000.0, 118.0 + (hashtext(t.village_code) % 997) / 10000.0, 15
       FROM work_team_members m JOIN work_teams t ON t.id = m.team_id,
            generate_series($2::date - 365, $2::date - 1, interval '1 day') AS g (d0),
            LATERAL (SELECT g.d0::date AS d) dd(d)
       LEFT JOIN calendar_days cal ON cal.day = d
       WHERE left(t.village_code, 6) = $1
         AND d BETWEEN greatest(m.from_date, t.term_from) AND least(coalesce(m.to_date, t.term_to), t.term_to)
         AND coalesce(cal.workday, extract(isodow FROM d) < 6)
         -- about four days in five: a member is away now and then (training, the county's meetings)
         AND abs(hashtext(m.id || ':' || d)) % 5 <> 0
       ON CONFLICT (client_id) DO NOTHING RETURNING id`,
      [county, context.today],
    );
    const visits = await tx.query(
      `INSERT INTO visits (client_id, household_id, region_code, cadre_id, user_id, at, lat, lng, accuracy, notes, checks)
       SELECT 'demo-v' || p.id || '-' || to_char(mo, 'YYYYMM'), h.id, h.region_code, p.cadre_id, c.user_id,
              (mo::date + (h.id % 25)::int + time '10:00') AT TIME ZONE 'Asia/Shanghai',
              34.8 + (hashtext(h.region_code) % 1000) / 10000.0, 118.0 + (hashtext(h.region_code) % 997) / 10000.0, 20,
              '入户走访，了解生产生活情况',
              '{"food": true, "clothing": true, "education": true, "medical": true, "housing": true, "water": true}'
       FROM pairings p JOIN households h ON h.id = p.household_id JOIN cadres c ON c.id = p.cadre_id,
            generate_series(date_trunc('month', $2::date - 365), date_trunc('month', $2::date - 1), interval '1 month') AS mo
       WHERE h.county_code = $1 AND p.ended_at IS NULL
         AND mo::date + (h.id % 25)::int BETWEEN greatest(p.from_date, $2::date - 365) AND $2::date - 1
       ON CONFLICT (client_id) DO NOTHING RETURNING id`,
      [county, context.today],
    );
    await recordAudit(tx, actor, {
      action: 'demo.visits',
      entity: 'visit',
      entityId: null,
      regionCode: context.county,
      after: { checkins: checkins.length, visits: visits.length },
    });
    return `演示走访 / demo presence and visits: ${checkins.length} 次签到 check-ins, ${visits.length} 次走访 visits`;
  });
}
