import { A_VILLAGE, B_COUNTY, B_VILLAGE } from './access-world.ts';
import { get, hidden, inside, pair, seen, type Probes } from './probe-kit.ts';

/**
 * The generated documents' and the burden page's routes in the access matrix (test/access-matrix.test.ts).
 * A handbook is a household read: the household of A to the registry's readers of A, hidden from everyone
 * else (a paired cadre of the matrix has no pairing) and county B's from all; a dossier and the burden sums are
 * region reads. Wiring: `...HANDBOOK_PROBES` in PROBES (access-probes.ts); the world needs nothing more.
 */
const handbook =
  (format: string): Probes[string] =>
  async (w, role) =>
    pair(seen(role, A_VILLAGE), (h) => get(`/api/v1/households/${h.id}/handbook.${format}`), w);

const dossier =
  (format: string): Probes[string] =>
  async (_w, role) =>
    pair(seen(role, A_VILLAGE), (v) => get(`/api/v1/villages/${v}/dossier.${format}`), {
      inside: A_VILLAGE,
      outside: B_VILLAGE,
    });

export const HANDBOOK_PROBES: Probes = {
  'GET /api/v1/households/{id}/handbook.pdf': handbook('pdf'),
  'GET /api/v1/households/{id}/handbook.xlsx': handbook('xlsx'),
  'GET /api/v1/villages/{code}/dossier.pdf': dossier('pdf'),
  'GET /api/v1/villages/{code}/dossier.xlsx': dossier('xlsx'),
  'GET /api/v1/burden': async (_w, role) => [
    inside(get(`/api/v1/burden?region=${A_VILLAGE}&by=village`), seen(role, A_VILLAGE)),
    // Their own entries: anyone's, wherever they were made.
    inside(get('/api/v1/burden?by=me')),
    hidden(get(`/api/v1/burden?region=${B_COUNTY}`)),
  ],
};
