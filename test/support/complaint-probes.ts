import type { App } from '../../src/app/context.ts';
import type { Role } from '../../src/modules/auth/actor.ts';
import { canHandleComplaints, canReadComplaints } from '../../src/modules/auth/policies.ts';
import { submitComplaint as submit } from '../../src/modules/portal/complaints/submit.ts';
import { A_TOWN, A_VILLAGE, B_VILLAGE, OUTSIDE_HEAD, type World } from './access-world.ts';
import { multipartForm } from './multipart.ts';
import { atHome, get, inside, pair, seen, send, worldSlot, type Probes, type Request } from './probe-kit.ts';

/**
 * The complaints', the calendar's and the human check's routes in the access matrix
 * (test/access-matrix.test.ts): a complaint of a village of county A (in its town's inbox) and one of county
 * B whose title is a marker of B. Wiring: `await addComplaintWorld(app, world)` after buildWorld and
 * `...COMPLAINT_PROBES` in PROBES (access-probes.ts).
 */
interface ComplaintWorld {
  app: App;
  inside: { id: number; trackingNo: string; queryCode: string; attachmentId: number };
  outside: { id: number; attachmentId: number };
}

const complaints = worldSlot<ComplaintWorld>('addComplaintWorld');
const PDF = Buffer.from('%PDF-1.4\n%probe\n');

async function complaint(app: App, regionCode: string, title: string) {
  const receipt = await app.db.transaction((tx) =>
    submit(
      tx,
      null,
      { title, content: '探测举报', regionCode, contact: '13800001111' },
      [{ fileName: 'scan.pdf', contentType: 'application/pdf', content: PDF }],
      '2026-06-30',
    ),
  );
  return withIds(app, receipt);
}

export async function addComplaintWorld(app: App, w: World): Promise<void> {
  const inside = await complaint(app, A_VILLAGE, '探测举报甲');
  const outside = await complaint(app, B_VILLAGE, `反映${OUTSIDE_HEAD}`);
  complaints.set(w, { app, inside, outside });
}

/** A deployment setting: only a country-wide administrator changes it, and no test user is one. */
const setting = (request: Request) => async () => [inside(request, 'refused', true)];

/** A complaint's read: its inbox's readers see it; to anyone else, and in county B, it does not exist. */
function byId(suffix: (c: { attachmentId: number }) => string) {
  return async (w: World, role: Role) =>
    pair(
      seen(role, A_TOWN, canReadComplaints),
      (c) => get(`/api/v1/complaints/${c.id}${suffix(c)}`),
      complaints.get(w),
    );
}

export const COMPLAINT_PROBES: Probes = {
  'GET /api/v1/complaints': async () => [inside(get('/api/v1/complaints'), 'filtered')],
  'GET /api/v1/complaints/{id}': byId(() => ''),
  'GET /api/v1/complaints/{id}/attachments/{attachmentId}': byId((c) => `/attachments/${c.attachmentId}`),
  // Each role acts on a fresh complaint (version 1): handlers accept it, a reader is refused.
  'POST /api/v1/complaints/{id}/actions': async (w, role) => {
    const cw = complaints.get(w);
    const fresh = await complaint(cw.app, A_VILLAGE, '探测办理');
    return pair(
      atHome(role, A_TOWN, canHandleComplaints, canReadComplaints),
      (c) => send('POST', `/api/v1/complaints/${c.id}/actions`, { action: 'accept', version: 1 }),
      { inside: fresh, outside: cw.outside },
      true,
    );
  },
  'GET /api/v1/settings/complaints': async () => [inside(get('/api/v1/settings/complaints'))],
  'PUT /api/v1/settings/complaints': setting(
    send('PUT', '/api/v1/settings/complaints', { deadlineWorkingDays: 10, reminderWorkingDays: 2 }),
  ),
  'GET /api/v1/calendar': async () => [inside(get('/api/v1/calendar?year=2026'))],
  'PUT /api/v1/calendar/{date}': setting(
    send('PUT', '/api/v1/calendar/2026-07-10', { workday: false, name: '探测' }),
  ),
  'DELETE /api/v1/calendar/{date}': setting({ method: 'DELETE', url: '/api/v1/calendar/2026-07-10' }),
  // The public routes: no login needed, and a session changes nothing. One address per role (the limits).
  'GET /api/public/human-check': async () => [inside(get('/api/public/human-check'))],
  'POST /api/public/complaints': async (_w, role) => {
    const form = multipartForm({ title: '公众举报', content: '探测', regionCode: A_VILLAGE }, [
      { field: 'attachments', fileName: 'a.pdf', content: PDF },
    ]);
    const request = {
      method: 'POST',
      url: '/api/public/complaints',
      payload: form.payload,
      headers: { 'content-type': form.contentType },
      remoteAddress: `10.6.0.${role.length}`,
    };
    return [inside(request, 'ok', true)];
  },
  'GET /api/public/complaints/{trackingNo}': async (w, role) => {
    const { trackingNo, queryCode } = complaints.get(w).inside;
    const request = {
      method: 'GET',
      url: `/api/public/complaints/${trackingNo}?code=${queryCode}`,
      remoteAddress: `10.6.1.${role.length}`,
    };
    return [inside(request)];
  },
};

/**
 * For the masking test: a complaint about the seeded village whose contact is the household's phone and whose
 * text names the head's ID number and the bank account; returns what the reads need.
 */
export async function seedMaskingComplaint(
  app: App,
  village: string,
  secrets: { phone: string; idNumber: string; bank: string },
) {
  const receipt = await app.db.transaction((tx) =>
    submit(
      tx,
      null,
      {
        title: '反映低保问题',
        content: `户主身份证 ${secrets.idNumber}，银行卡 ${secrets.bank}`,
        regionCode: village,
        contact: `电话 ${secrets.phone}`,
      },
      [{ fileName: `${secrets.idNumber}.pdf`, contentType: 'application/pdf', content: PDF }],
      '2026-06-30',
    ),
  );
  return withIds(app, receipt);
}

/** The masking test's reads of the complaints', the calendar's and the human check's GET routes. */
export function complaintReads(c: {
  id: number;
  attachmentId: number;
  trackingNo: string;
  queryCode: string;
}): { route: string; url: string }[] {
  return [
    { route: '/api/v1/complaints', url: '/api/v1/complaints' },
    { route: '/api/v1/complaints/{id}', url: `/api/v1/complaints/${c.id}` },
    {
      route: '/api/v1/complaints/{id}/attachments/{attachmentId}',
      url: `/api/v1/complaints/${c.id}/attachments/${c.attachmentId}`,
    },
    { route: '/api/v1/settings/complaints', url: '/api/v1/settings/complaints' },
    { route: '/api/v1/calendar', url: '/api/v1/calendar?year=2026' },
    { route: '/api/public/human-check', url: '/api/public/human-check' },
    {
      route: '/api/public/complaints/{trackingNo}',
      url: `/api/public/complaints/${c.trackingNo}?code=${c.queryCode}`,
    },
  ];
}

/** A receipt with the complaint's id and its first attachment's, as the staff routes name them. */
async function withIds<R extends { trackingNo: string }>(app: App, receipt: R) {
  const [row] = await app.db.query<{ id: number; attachmentId: number }>(
    `SELECT c.id, a.id AS "attachmentId" FROM complaints c JOIN complaint_attachments a ON a.complaint_id = c.id
     WHERE c.tracking_no = $1`,
    [receipt.trackingNo],
  );
  return { ...receipt, id: Number(row!.id), attachmentId: Number(row!.attachmentId) };
}
