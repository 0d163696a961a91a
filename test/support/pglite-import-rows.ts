import type { Db } from '../../src/db/types.ts';
import { demoRows, type DemoRow } from '../../src/modules/registry/demo/households.ts';
import type { ImportOptions } from '../../src/modules/registry/import/pipeline.ts';

/** The import that test/pglite-crash.test.ts cuts off: the same rows and options in the child and the test. */
export const IMPORT_CRASH = {
  households: 9,
  stopIn: 3,
  options: { year: 2024, today: '2024-12-31', batchSize: 2 } satisfies ImportOptions,
} as const;

/** The demo county's first households over the villages of 371324 loaded in `db`. */
export async function* importCrashRows(db: Db): AsyncGenerator<DemoRow> {
  const villages = await db.query<{ code: string }>(
    `SELECT code FROM regions WHERE level = 5 AND code LIKE '371324%' ORDER BY code`,
  );
  yield* demoRows(
    villages.map((v) => v.code),
    { households: IMPORT_CRASH.households, seed: 1, year: IMPORT_CRASH.options.year },
  );
}
