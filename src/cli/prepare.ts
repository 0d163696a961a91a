import type { Config } from '../app/config.ts';
import type { Db } from '../db/types.ts';
import { ensureRegions } from '../modules/regions/load.ts';
import { startProgress, type Progress } from './progress.ts';
import { adminLoginNotice, ensureAdmin } from '../modules/auth/bootstrap.ts';
import { demoOnEmptyRegistry } from './demo.ts';
import { DEMO_DEFAULTS } from '../modules/registry/demo/generate.ts';
import { demoCaseworkOnEmpty } from './demo-casework.ts';
import { demoPortalOnEmpty } from './demo-portal.ts';

/** Loads the whole region tree when none is in place (see ensureRegions), with a progress display. */
export async function ensureRegionTree(db: Db): Promise<number> {
  // Assigned in the callback, so typed by hand: control flow would narrow a plain `let` to undefined.
  let progress = undefined as Progress | undefined;
  try {
    const { loaded } = await ensureRegions(db, (done, total) => {
      progress ??= startProgress('载入行政区划 / loading regions', total);
      progress.update(done, total);
    });
    return loaded;
  } finally {
    progress?.stop();
  }
}

export interface PrepareResult {
  /** Lines for the operator, printed next to the server's address (e.g. the first login). */
  notices: string[];
}

/**
 * First-start work for a server: the region tree, the first administrator, and (with --demo) a demo county on
 * an empty registry and the demo portal where there is no site. Each step does nothing when already done.
 */
export async function prepareInstance(
  db: Db,
  config: Config,
  options: { demo: boolean },
): Promise<PrepareResult> {
  // Steps are added by the regions, auth and registry modules.
  await ensureRegionTree(db);
  const notices: string[] = [];
  const adminNotice = adminLoginNotice(await ensureAdmin(db, config));
  if (adminNotice) notices.push(adminNotice);
  // Last: the demo county needs the regions loaded above.
  const demoNotice = options.demo ? await demoOnEmptyRegistry(db) : undefined;
  if (demoNotice) notices.push(demoNotice);
  // The portal's demo also on a registry made before the portal existed: any data directory without a site.
  const portalNotice = options.demo ? await demoPortalOnEmpty(db) : undefined;
  if (portalNotice) notices.push(portalNotice);
  // The people and casework of the demo county, on a registry without any cadre (also one made before them).
  const { county, year } = DEMO_DEFAULTS;
  const caseworkNotice = options.demo ? await demoCaseworkOnEmpty(db, { county, year }) : undefined;
  if (caseworkNotice) notices.push(caseworkNotice);
  return { notices };
}
