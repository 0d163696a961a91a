// The portal's speed (issue 12, "Speed and safety"): the home page and an article page of the demo portal
// against a static file served by the same Fastify (the portal's CSS), under 50 concurrent clients with
// autocannon in a child process — cold (the first seconds after start, the page cache empty) and warm.
// Prints requests/s, p50 and p99 of each and the ratio page/static (the issue aims at ≥ 0.5).
//
//   node bench/portal.mjs [--connections 50] [--cold 3] [--duration 10] [--households 300]
//
// The server runs in this process on an in-memory PGlite; autocannon shares the machine's cores with it.
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

/** Worker mode: one autocannon run of one path, the result sent back to the parent. */
function cannonWorker() {
  const autocannon = createRequire(import.meta.url)('autocannon');
  process.once('message', ({ url, path, connections, duration }) => {
    autocannon({ url: url + path, connections, duration }, (error, r) => {
      if (error) return process.send({ error: String(error) });
      process.send({
        result: {
          rps: r.requests.average,
          requests: r.requests.total,
          p50: r.latency.p50,
          p99: r.latency.p99,
          non2xx: r.non2xx,
          errors: r.errors,
        },
      });
    });
  });
}

function drive(url, path, connections, duration) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--cannon-worker'], { stdio: 'inherit' });
    child.once('message', (m) => {
      child.kill();
      if (m.error) reject(new Error(m.error));
      else resolve(m.result);
    });
    child.once('error', reject);
    child.send({ url, path, connections, duration });
  });
}

async function main() {
  register();
  const { startPortalServer } = await import('./support/portal-server.ts');
  const { clearRenderedPages } = await import('../src/modules/portal/site/cache.ts');
  const { styleHref } = await import('../src/modules/portal/site/assets.ts');
  const connections = arg('connections', 50);
  const coldSeconds = arg('cold', 3);
  const warmSeconds = arg('duration', 10);
  const started = Date.now();
  const server = await startPortalServer({ households: arg('households', 300) });
  const [article] = await server.db.query(
    `SELECT a.id::int AS id FROM portal_articles a JOIN portal_sites s ON s.id = a.site_id
     WHERE s.is_primary AND a.state = 'published' AND a.kind = 'article' ORDER BY a.published_at DESC LIMIT 1`,
  );
  const targets = {
    home: '/',
    article: `/s/371324/a/${article.id}`,
    static: styleHref,
  };
  console.log(
    `portal bench: ${server.label}, demo portal ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (const [name, path] of Object.entries(targets)) {
    const res = await globalThis.fetch(server.url + path);
    const bytes = (await res.arrayBuffer()).byteLength;
    console.log(
      `${name.padEnd(8)} ${path}  ${res.status}  ${bytes} bytes  cache-control: ${res.headers.get('cache-control')}`,
    );
  }
  const results = {};
  for (const phase of ['cold', 'warm']) {
    for (const [name, path] of Object.entries(targets)) {
      // Cold: the page cache emptied right before, as after a start; warm: after a run has filled it.
      if (phase === 'cold') clearRenderedPages();
      const r = await drive(server.url, path, connections, phase === 'cold' ? coldSeconds : warmSeconds);
      results[`${phase}.${name}`] = r;
      console.log(
        `${phase} ${name.padEnd(8)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms` +
          `  (${r.requests} requests, non-2xx ${r.non2xx}, errors ${r.errors})`,
      );
    }
    for (const page of ['home', 'article'])
      console.log(
        `${phase} ratio ${page}/static: ${(results[`${phase}.${page}`].rps / results[`${phase}.static`].rps).toFixed(2)}`,
      );
  }
  console.log(JSON.stringify({ bench: 'portal', connections, coldSeconds, warmSeconds, results }));
  await server.close();
}

if (process.argv.includes('--cannon-worker')) cannonWorker();
else await main();
