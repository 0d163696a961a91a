import type { App } from '../../src/app/context.ts';
import type { Actor } from '../../src/modules/auth/actor.ts';
import { canManageSite, canWriteArticles } from '../../src/modules/auth/policies.ts';
import { A_COUNTY, B_COUNTY, type World } from './access-world.ts';
import { ensureSite } from './inspection-fixtures.ts';
import { get, pair, seen, worldSlot, type Probes } from './probe-kit.ts';

/**
 * The self-inspection's route in the access matrix (test/access-matrix.test.ts): a site in county A and one
 * in county B. Wiring: `await addInspectionWorld(app, world)` after buildWorld, `...INSPECTION_PROBES` in
 * PROBES (access-probes.ts).
 */
const sites = worldSlot<{ inside: number; outside: number }>('addInspectionWorld');

export async function addInspectionWorld(app: App, w: World): Promise<void> {
  const inside = await ensureSite(app.db, A_COUNTY, '兰陵县人民政府');
  const outside = await ensureSite(app.db, B_COUNTY, '外县网站');
  sites.set(w, { inside: inside.siteId, outside: outside.siteId });
}

/** Who reads a site: those who write its articles or manage it; to anyone else it does not exist. */
const readsSites = (actor: Actor, region: string) =>
  canWriteArticles(actor, region) || canManageSite(actor, region);

export const INSPECTION_PROBES: Probes = {
  'GET /api/v1/portal/inspection': async (w, role) =>
    pair(
      seen(role, A_COUNTY, readsSites),
      (id) => get(`/api/v1/portal/inspection?siteId=${id}`),
      sites.get(w),
    ),
};
