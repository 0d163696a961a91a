import type { App } from '../../src/app/context.ts';
import type { Role } from '../../src/modules/auth/actor.ts';
import { canManageSite, canWriteArticles } from '../../src/modules/auth/policies.ts';
import type { Probe } from './access-probes.ts';
import { A_COUNTY, B_COUNTY, type World } from './access-world.ts';
import { ensureSite } from './inspection-fixtures.ts';

/**
 * The self-inspection's route in the access matrix (test/access-matrix.test.ts): a site in county A and one
 * in county B. Wiring: `await addInspectionWorld(app, world)` after buildWorld, `...INSPECTION_PROBES` in
 * PROBES (access-probes.ts).
 */
const worlds = new WeakMap<World, { inside: number; outside: number }>();

export async function addInspectionWorld(app: App, w: World): Promise<void> {
  const inside = await ensureSite(app.db, A_COUNTY, '兰陵县人民政府');
  const outside = await ensureSite(app.db, B_COUNTY, '外县网站');
  worlds.set(w, { inside: inside.siteId, outside: outside.siteId });
}

/** Who reads a site: those who write its articles or manage it; to anyone else it does not exist. */
const readsSites = (role: Role) => {
  const actor = {
    userId: null,
    username: role,
    source: 'api' as const,
    grants: [{ role, regionCode: A_COUNTY }],
    requestId: null,
  };
  return canWriteArticles(actor, A_COUNTY) || canManageSite(actor, A_COUNTY);
};

export const INSPECTION_PROBES: Record<string, (w: World, role: Role) => Promise<Probe[]>> = {
  'GET /api/v1/portal/inspection': async (w, role) => {
    const sites = worlds.get(w);
    if (!sites) throw new Error('call addInspectionWorld(app, world) in beforeAll');
    const url = (id: number) => ({ method: 'GET', url: `/api/v1/portal/inspection?siteId=${id}` });
    return [
      {
        target: 'inside',
        expect: readsSites(role) ? 'ok' : 'hidden',
        request: url(sites.inside),
        write: false,
      },
      { target: 'outside', expect: 'hidden', request: url(sites.outside), write: false },
    ];
  },
};
