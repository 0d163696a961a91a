import type { Config } from '../app/config.ts';
import type { Db } from '../db/types.ts';

/**
 * First-start work for a server: the region tree, the first administrator, and (with --demo) a demo county on
 * an empty registry. Each step does nothing when already done.
 */
export async function prepareInstance(_db: Db, _config: Config, _options: { demo: boolean }): Promise<void> {
  // Steps are added by the regions, auth and registry modules.
}
