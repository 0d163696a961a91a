/**
 * The cadres of bench/casework-load.ts, in a child process (support/child.ts): every user at once after one
 * start gate, `rounds` requests each of one phase — their households, a new visit with a photo, or the health
 * baseline — each timed from send to the last byte. One untimed request per user first, so the figures are of
 * a warm server (its pool's connections open, its statements prepared), not of its first second.
 */
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

function request(job: ClientJob, u: CadreLogin, i: number, r: number): Promise<Response> {
  if (job.phase === 'health') return fetch(`${job.url}/api/health`);
  if (job.phase === 'mine')
    return fetch(`${job.url}/api/v1/my/households`, { headers: { cookie: u.cookie } });
  return fetch(`${job.url}/api/v1/visits`, {
    method: 'POST',
    headers: { cookie: u.cookie, 'content-type': 'application/json' },
    body: JSON.stringify({
      clientId: `bench-${i}-${r}-${process.pid}`,
      householdId: u.households[Math.abs(r) % u.households.length],
      at: '2026-06-30T09:30:00+08:00',
      position: { lat: 34.85, lng: 118.05, accuracy: 12 },
      checks: { food: true, clothing: true, education: true, medical: true, housing: true, water: true },
      notes: '压测走访',
      photos: [{ data: JPEG }],
    }),
  });
}

async function run(job: ClientJob): Promise<ClientRun> {
  const times: number[] = [];
  let failed = 0;
  // The warm-up request of each user: round -1, never counted.
  await Promise.all(job.users.map(async (u, i) => (await request(job, u, i, -1)).text()));
  const one = async (u: CadreLogin, i: number, r: number) => {
    const start = performance.now();
    const res = await request(job, u, i, r);
    await res.text();
    times.push(performance.now() - start);
    if (res.status >= 300) failed += 1;
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
