import type { Db } from '../../db/types.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';

/**
 * The demo county's year of presence and visits (second step of src/cli/demo-casework.ts), set-based so a
 * county of thousands of households takes seconds: every work-team member checks in on most working days of
 * the year before today (the deployment's calendar: weekends off, holidays off, 调休 days on), and every paired
 * household is visited once a month by its cadre, all guarantees seen met. The ids made on "the phone" are
 * fixed (`demo-…`), so running the step again stores nothing twice. Each is its cadre's (`cadre_id`); what a
 * cadre with a login did also costs them in the burden meter, as the API's writes do (check-ins all pre-filled
 * by the phone; a visit's notes typed, its checks pre-filled where they match the household's facts).
 */
/** The Monday (China time) of an instant's week, as burden/record.ts weekOf reckons it. */
const WEEK = (at: string) => `date_trunc('week', ${at} AT TIME ZONE 'Asia/Shanghai')::date`;

export async function seedDemoVisits(
  db: Db,
  actor: Actor,
  context: { county: string; today: string },
): Promise<string> {
  const county = context.county.slice(0, 6);
  return db.transaction(async (tx) => {
    const [{ checkins } = { checkins: 0 }] = await tx.query<{ checkins: number }>(
      `WITH made AS (
         INSERT INTO checkins (client_id, cadre_id, team_id, village_code, at, day, lat, lng, accuracy)
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
         ON CONFLICT (client_id) DO NOTHING RETURNING cadre_id, village_code, at),
       metered AS (
         INSERT INTO burden_entries (user_id, username, region_code, action, typed, prefilled, at, week)
         SELECT u.id, u.username, k.village_code, 'checkin.create', 0, 5, k.at, ${WEEK('k.at')}
         FROM made k JOIN cadres c ON c.id = k.cadre_id JOIN users u ON u.id = c.user_id)
       SELECT count(*)::int AS checkins FROM made`,
      [county, context.today],
    );
    // Every check seen met: one the household's latest facts hold otherwise was typed, the rest pre-filled.
    const [{ visits } = { visits: 0 }] = await tx.query<{ visits: number }>(
      `WITH made AS (
         INSERT INTO visits (client_id, household_id, region_code, cadre_id, user_id, at, lat, lng, accuracy, notes, checks)
         SELECT 'demo-v' || p.id || '-' || to_char(mo, 'YYYYMM'), h.id, h.region_code, p.cadre_id, c.user_id,
                (mo::date + (h.id % 25)::int + time '10:00') AT TIME ZONE 'Asia/Shanghai',
                34.8 + (hashtext(h.region_code) % 1000) / 10000.0, 118.0 + (hashtext(h.region_code) % 997) / 10000.0, 20,
                '入户走访，了解生产生活情况',
                '{"food": true, "clothing": true, "education": true, "medical": true, "housing": true, "water": true}'
         FROM pairings p JOIN households h ON h.id = p.household_id JOIN cadres c ON c.id = p.cadre_id,
              generate_series(date_trunc('month', $2::date - 365), date_trunc('month', $2::date - 1), interval '1 month') AS mo
         WHERE h.county_code = $1 AND p.ended_at IS NULL
           AND mo::date + (h.id % 25)::int BETWEEN greatest(p.from_date, $2::date - 365) AND $2::date - 1
         ON CONFLICT (client_id) DO NOTHING RETURNING household_id, region_code, user_id, at),
       metered AS (
         INSERT INTO burden_entries (user_id, username, region_code, action, typed, prefilled, at, week)
         SELECT u.id, u.username, v.region_code, 'visit.create', 1 + f.changed, 11 - f.changed, v.at, ${WEEK('v.at')}
         FROM made v JOIN users u ON u.id = v.user_id
         CROSS JOIN LATERAL (
           SELECT coalesce((SELECT (y.food_secure IS FALSE)::int + (y.clothing_secure IS FALSE)::int
                                   + (y.education_secure IS FALSE)::int + (y.medical_secure IS FALSE)::int
                                   + (y.housing_secure IS FALSE)::int + (y.water_secure IS FALSE)::int
                            FROM household_years y WHERE y.household_id = v.household_id
                            ORDER BY y.year DESC LIMIT 1), 0) AS changed) f)
       SELECT count(*)::int AS visits FROM made`,
      [county, context.today],
    );
    await recordAudit(tx, actor, {
      action: 'demo.visits',
      entity: 'visit',
      entityId: null,
      regionCode: context.county,
      after: { checkins, visits },
    });
    return `演示走访 / demo presence and visits: ${checkins} 次签到 check-ins, ${visits} 次走访 visits`;
  });
}
