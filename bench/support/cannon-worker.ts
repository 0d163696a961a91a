/** Child process of cannon.ts: receives CannonOptions, runs autocannon once, sends back a CannonResult. */
import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';
import { answerOnce } from './child.ts';
import type { Autocannon, AutocannonRequest, CannonOptions, CannonResult } from './cannon.ts';

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function run(options: CannonOptions): Promise<CannonResult> {
  const [lo, hi] = options.ids;
  const request: AutocannonRequest = {
    method: 'GET',
    setupRequest: (r) => ({ ...r, path: `${options.pathPrefix}${randomInt(lo, hi + 1)}` }),
  };
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.duration,
        ...(options.headers ? { headers: options.headers } : {}),
        requests: [request],
      },
      (error, r) => {
        if (error) return reject(error);
        resolve({
          requestsPerSecond: r.requests.average,
          requests: r.requests.total,
          p50Ms: r.latency.p50,
          p99Ms: r.latency.p99,
          averageMs: r.latency.average,
          maxMs: r.latency.max,
          non2xx: r.non2xx,
          errors: r.errors,
          timeouts: r.timeouts,
        });
      },
    );
  });
}

answerOnce(run);
