import type { App } from '../../src/app/context.ts';
import { auditedWrite, type LoggedIn } from './auth.ts';

/** Fixtures of the assistance and projects tests: a paired cadre's pairing written as the organisation would. */
export async function pairWith(app: App, who: LoggedIn, householdId: number, region: string): Promise<void> {
  await auditedWrite(
    app.db,
    `WITH c AS (INSERT INTO cadres (region_code, name, user_id) VALUES ($1, '测试干部', $2)
                ON CONFLICT (user_id) DO UPDATE SET name = excluded.name RETURNING id)
     INSERT INTO pairings (cadre_id, household_id, from_date) SELECT id, $3, '2026-01-01' FROM c`,
    [region, who.userId, householdId],
  );
}

export function call(app: App, who: LoggedIn, method: string, url: string, payload?: object) {
  return app.inject({
    method: method as 'GET',
    url,
    headers: { cookie: who.cookie },
    ...(payload === undefined ? {} : { payload }),
  });
}
