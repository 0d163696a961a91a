import type { Role } from '../../src/modules/auth/actor.ts';
import { canRead } from '../../src/modules/auth/policies.ts';
import { actorOf, type Probe } from './access-probes.ts';
import { A_VILLAGE, B_COUNTY, B_VILLAGE, type World } from './access-world.ts';

/**
 * The generated documents' and the burden page's routes in the access matrix (test/access-matrix.test.ts).
 * A handbook is a household read: the household of A to the registry's readers of A, hidden from everyone
 * else (a paired cadre of the matrix has no pairing) and county B's from all; a dossier and the burden sums are
 * region reads. Wiring: `...HANDBOOK_PROBES` in PROBES (access-probes.ts); the world needs nothing more.
 */
type Builder = (w: World, role: Role) => Promise<Probe[]>;

const get = (url: string) => ({ method: 'GET', url });
const reads = (role: Role) => canRead(actorOf(role), A_VILLAGE);
const probe = (target: Probe['target'], expect: Probe['expect'], url: string): Probe => ({
  target,
  expect,
  request: get(url),
  write: false,
});

const handbook =
  (format: string): Builder =>
  async (w, role) => [
    probe('inside', reads(role) ? 'ok' : 'hidden', `/api/v1/households/${w.inside.id}/handbook.${format}`),
    probe('outside', 'hidden', `/api/v1/households/${w.outside.id}/handbook.${format}`),
  ];

const dossier =
  (format: string): Builder =>
  async (_w, role) => [
    probe('inside', reads(role) ? 'ok' : 'hidden', `/api/v1/villages/${A_VILLAGE}/dossier.${format}`),
    probe('outside', 'hidden', `/api/v1/villages/${B_VILLAGE}/dossier.${format}`),
  ];

export const HANDBOOK_PROBES: Record<string, Builder> = {
  'GET /api/v1/households/{id}/handbook.pdf': handbook('pdf'),
  'GET /api/v1/households/{id}/handbook.xlsx': handbook('xlsx'),
  'GET /api/v1/villages/{code}/dossier.pdf': dossier('pdf'),
  'GET /api/v1/villages/{code}/dossier.xlsx': dossier('xlsx'),
  'GET /api/v1/burden': async (_w, role) => [
    probe('inside', reads(role) ? 'ok' : 'hidden', `/api/v1/burden?region=${A_VILLAGE}&by=village`),
    // Their own entries: anyone's, wherever they were made.
    probe('inside', 'ok', '/api/v1/burden?by=me'),
    probe('outside', 'hidden', `/api/v1/burden?region=${B_COUNTY}`),
  ],
};
