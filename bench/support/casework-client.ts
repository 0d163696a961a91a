/**
 * The cadres of bench/casework-load.ts, in a child process (support/child.ts): every user at once after one
 * start gate, `rounds` requests each of one phase — their households, a new visit with a photo, or the health
 * baseline — each timed from send to the last byte. One untimed request per user first, so the figures are of
 * a warm server (its pool's connections open, its statements prepared), not of its first second.
 */
import http from 'node:http';
import { answerOnce } from './child.ts';

export interface CadreLogin {
  cookie: string;
  households: number[];
}

export interface ClientJob {
  url: string;
  users: CadreLogin[];
  rounds: number;
  phase: 'mine' | 'visit' | 'health';
}

export interface ClientRun {
  times: number[];
  failed: number;
  seconds: number;
  /** CPU ms of this load generator during the timed requests (it shares the cores with the server). */
  cpuMs: number;
}

const JPEG =
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=';

/**
 * The phones' requests over kept-alive sockets of node:http: fetch cost the load generator about three times
 * the CPU per request, taken from the server it shares the cores with (the phones are elsewhere in a county).
 * Resolves with the status once the last byte of the answer is read.
 */
const agent = new http.Agent({ keepAlive: true });

function send(url: string, method: string, headers: Record<string, string>, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent }, (res) => {
      res.on('error', reject).on('end', () => resolve(res.statusCode ?? 0));
      res.resume();
    });
    req.on('error', reject).end(body);
  });
}

function request(job: ClientJob, u: CadreLogin, i: number, r: number): Promise<number> {
  if (job.phase === 'health') return send(`${job.url}/api/health`, 'GET', {});
  if (job.phase === 'mine') return send(`${job.url}/api/v1/my/households`, 'GET', { cookie: u.cookie });
  const body = JSON.stringify({
    clientId: `bench-${i}-${r}-${process.pid}`,
    householdId: u.households[Math.abs(r) % u.households.length],
    at: '2026-06-30T09:30:00+08:00',
    position: { lat: 34.85, lng: 118.05, accuracy: 12 },
    checks: { food: true, clothing: true, education: true, medical: true, housing: true, water: true },
    notes: '压测走访',
    photos: [{ data: JPEG }],
  });
  return send(
    `${job.url}/api/v1/visits`,
    'POST',
    { cookie: u.cookie, 'content-type': 'application/json' },
    body,
  );
}

async function run(job: ClientJob): Promise<ClientRun> {
  const times: number[] = [];
  let failed = 0;
  // The warm-up request of each user: round -1, never counted.
  await Promise.all(job.users.map((u, i) => request(job, u, i, -1)));
  const one = async (u: CadreLogin, i: number, r: number) => {
    const start = performance.now();
    const status = await request(job, u, i, r);
    times.push(performance.now() - start);
    if (status >= 300) failed += 1;
  };
  const start = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    job.users.map(async (u, i) => {
      for (let r = 0; r < job.rounds; r += 1) await one(u, i, r);
    }),
  );
  const used = process.cpuUsage(cpu);
  return {
    times,
    failed,
    seconds: (performance.now() - start) / 1000,
    cpuMs: (used.user + used.system) / 1000,
  };
}

answerOnce(run);
