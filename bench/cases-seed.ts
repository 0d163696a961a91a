/**
 * The cases benches' data, in SQL: a county's households (support/fill.ts, with members) made ready to exit
 * — poor in 2020, income above the line (4,000), every guarantee met, a safe house — except a share `fail`
 * (three quarters by income below the line, the rest by food not secure), and one exit case each, either just
 * proposed or waiting at county review with its four earlier events and its village notice run and ended.
 */
import type { Db } from '../src/db/types.ts';
import { recordAudit } from '../src/modules/audit/audit.ts';
import { shellActor } from '../src/modules/auth/actor.ts';

const EARLIER_STEPS = `(VALUES
  ('verify', 'proposed', 'verified', date '2026-05-02', '{}'::jsonb),
  ('sign', 'verified', 'signed', date '2026-05-03', '{"signature":{"documentNo":"QZ-1","date":"2026-05-03"}}'),
  ('post_notice', 'signed', 'village_notice', date '2026-05-04', '{}'),
  ('end_notice', 'village_notice', 'county_review', date '2026-05-11', '{}')
) AS s (action, from_stage, to_stage, date, inputs)`;

export async function seedExitCases(
  db: Db,
  county: string,
  options: { stage: 'proposed' | 'county_review'; fail: number },
): Promise<void> {
  const atReview = options.stage === 'county_review';
  await db.transaction(async (tx) => {
    await tx.query(`UPDATE households SET housing_rating = 'A', identified_year = 2016`);
    await tx.query(
      `UPDATE household_years SET status = '01', household_type = '01',
         wage_income = CASE WHEN (household_id * 0.6180339887) % 1 < $1 * 0.75 THEN 600 ELSE 24000 END,
         business_income = 0, property_income = 0, transfer_income = 1200, business_costs = 600,
         food_secure = NOT ((household_id * 0.6180339887) % 1 BETWEEN $1 * 0.75 AND $1)
       WHERE year = 2020`,
      [options.fail],
    );
    await tx.query(
      `INSERT INTO cases (type, household_id, region_code, county_code, year, stage, reason, opened_on,
                          stage_since)
       SELECT 'exit', h.id, h.region_code, h.county_code, 2020, $1, '年度脱贫退出', '2026-05-01', $2
       FROM households h ORDER BY h.id`,
      [options.stage, atReview ? '2026-05-11' : '2026-05-01'],
    );
    if (atReview) {
      await tx.query(
        `INSERT INTO case_events (case_id, action, from_stage, to_stage, actor, actor_role, actor_region, date,
                                  inputs)
         SELECT c.id, s.action, s.from_stage, s.to_stage, 'bench', 'village_cadre', c.region_code, s.date, s.inputs
         FROM cases c CROSS JOIN ${EARLIER_STEPS}`,
      );
      await tx.query(
        `INSERT INTO notices (serial, case_id, level, region_code, title, body, posted_on, period_days, ends_on,
                              ended_on)
         SELECT left(c.region_code, 6) || '-2026-B' || lpad(c.id::text, 7, '0'), c.id, 'village', c.region_code,
                '脱贫退出公示', '{}', '2026-05-04', 7, '2026-05-11', '2026-05-11'
         FROM cases c`,
      );
    }
    await recordAudit(tx, shellActor('bench'), {
      action: 'bench.cases',
      entity: 'case',
      entityId: null,
      regionCode: `${county}000000`,
    });
  });
}
