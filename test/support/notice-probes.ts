import type { App } from '../../src/app/context.ts';
import { canWriteRegistry } from '../../src/modules/auth/policies.ts';
import { shellActor } from '../../src/modules/auth/actor.ts';
import { raiseStaffObjection } from '../../src/modules/cases/objections.ts';
import { A_COUNTY, A_VILLAGE, B_COUNTY, B_VILLAGE, OUTSIDE_HEAD, type World } from './access-world.ts';
import { caseOf, householdCase, noticeFor } from './notice-fixtures.ts';
import { allowed, get, hidden, inside, pair, send, worldSlot, type Probes } from './probe-kit.ts';

/**
 * The notices' and objections' routes in the access matrix (test/access-matrix.test.ts) and the masking test.
 * Wiring, for whoever merges: in access-matrix.test.ts, `await addNoticeWorld(app, world)` after buildWorld
 * and `...NOTICE_PROBES` in PROBES (access-probes.ts); in masking.test.ts, `await seedNotice(app, …)` in
 * beforeAll and `...noticeReads(serial, region)` in its reads.
 */
interface NoticeWorld {
  app: App;
  inside: { caseId: number; serial: string };
  outside: { caseId: number; serial: string };
}

const notices = worldSlot<NoticeWorld>('addNoticeWorld');
const shell = shellActor('test');

/** A case with a running village notice in county A and one in county B (whose head is a marker of B). */
export async function addNoticeWorld(app: App, w: World): Promise<void> {
  const inside = await householdCase(app, A_VILLAGE);
  const outside = await householdCase(app, B_VILLAGE, { headName: OUTSIDE_HEAD });
  const [a, b] = [await noticeFor(app, inside.caseId), await noticeFor(app, outside.caseId)];
  notices.set(w, {
    app,
    inside: { caseId: inside.caseId, serial: a.serial },
    outside: { caseId: outside.caseId, serial: b.serial },
  });
}

/** A fresh objection on the case's running notice, for a probe that answers it. */
async function objectionOn(nw: NoticeWorld, caseId: number): Promise<number> {
  const o = await nw.app.db.transaction((tx) =>
    raiseStaffObjection(tx, shell, caseId, { content: '探测异议' }, '2026-06-30'),
  );
  return o.id;
}

function bySerial(suffix: string) {
  return async (w: World) => pair('ok', (n) => get(`/api/v1/notices/${n.serial}${suffix}`), notices.get(w));
}

export const NOTICE_PROBES: Probes = {
  'GET /api/v1/notices': async () => [
    inside(get(`/api/v1/notices?regionCode=${A_VILLAGE}`)),
    hidden(get(`/api/v1/notices?regionCode=${B_COUNTY}`)),
  ],
  'GET /api/v1/notices/{serial}': bySerial(''),
  'GET /api/v1/notices/{serial}.html': bySerial('.html'),
  'GET /api/v1/notices/{serial}.pdf': bySerial('.pdf'),
  // Anyone who may read the case and writes there records an objection; a read-only role is refused.
  'POST /api/v1/cases/{id}/objections': async (w, role) =>
    pair(
      allowed(role, A_VILLAGE, canWriteRegistry),
      (n) => send('POST', `/api/v1/cases/${n.caseId}/objections`, { content: '探测' }),
      notices.get(w),
      true,
    ),
  // A village notice's objection is the village cadre's to answer; every other role is refused.
  'POST /api/v1/objections/{id}/answer': async (w, role) => {
    const nw = notices.get(w);
    const answer = (id: number) =>
      send('POST', `/api/v1/objections/${id}/answer`, { outcome: 'dismissed', answer: '不属实', version: 1 });
    const rows = {
      inside: await objectionOn(nw, nw.inside.caseId),
      outside: await objectionOn(nw, nw.outside.caseId),
    };
    return pair(role === 'village_cadre' ? 'ok' : 'refused', answer, rows, true);
  },
  // The portal: public by design, so only county A's notices are asked for (B's would carry its markers).
  'GET /api/public/notices': async () => [inside(get(`/api/public/notices?regionCode=${A_COUNTY}`))],
  'GET /api/public/notices/{serial}': async (w) => [
    inside(get(`/api/public/notices/${notices.get(w).inside.serial}`)),
  ],
  'POST /api/public/notices/{serial}/objections': async (w, role) => [
    inside(
      {
        method: 'POST',
        url: `/api/public/notices/${notices.get(w).inside.serial}/objections`,
        payload: { content: '公众异议' },
        // One address per role: the rate limit counts per address and notice.
        remoteAddress: `10.9.0.${role.length}`,
      },
      'ok',
      true,
    ),
  ],
};

/** The seeded household's exit case with a running village notice, for the masking test; returns the serial. */
export async function seedNotice(app: App, householdId: number, village: string): Promise<string> {
  const caseId = await caseOf(app, householdId, village, { type: 'exit', reason: '收入稳定超过标准' });
  return (await noticeFor(app, caseId)).serial;
}

/** The masking test's reads of the notices' GET routes (route as openapi.json names it, and the URL). */
export function noticeReads(serial: string, region: string): { route: string; url: string }[] {
  return [
    { route: '/api/v1/notices', url: `/api/v1/notices?regionCode=${region}` },
    { route: '/api/v1/notices/{serial}', url: `/api/v1/notices/${serial}` },
    { route: '/api/v1/notices/{serial}.html', url: `/api/v1/notices/${serial}.html` },
    { route: '/api/v1/notices/{serial}.pdf', url: `/api/v1/notices/${serial}.pdf` },
    { route: '/api/public/notices', url: `/api/public/notices?regionCode=${region}` },
    { route: '/api/public/notices/{serial}', url: `/api/public/notices/${serial}` },
  ];
}
