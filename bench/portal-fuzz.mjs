// 10,000 fuzzed public requests against the portal (issue 12, "Speed and safety"): the generators of
// test/support/portal-fuzz.ts (forms, query strings, odd paths, odd headers) sent over HTTP, counted by status;
// any 5xx fails the run (exit 1). Then every public page (the sitemap's, the homes, searches, the complaint
// pages) is read and scanned for live markup (`<script`, `onerror=`, `javascript:`), and — when this process
// started the server — so are the stored public rows (article bodies, published replies, footers).
//
//   node bench/portal-fuzz.mjs [--requests 10000] [--seed 12] [--concurrency 16] [--households 300]
//   node bench/portal-fuzz.mjs --url http://127.0.0.1:3000     (a running server; no database scan)
//
// On 127.0.0.1 requests leave from 127.0.0.2–254 in turn, so the per-address limits let most of them reach
// validation and storage (a 429 is still a right answer).
import { Buffer } from 'node:buffer';
import { request as httpRequest } from 'node:http';
import { register } from 'tsx/esm/api';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};

function send(base, req, localAddress) {
  const url = new URL(base);
  return new Promise((resolve) => {
    const r = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: req.method,
        path: req.path,
        // A connection per request: a request the server refuses mid-way leaves nothing for the next one.
        agent: false,
        headers:
          req.body === undefined
            ? req.headers
            : { ...req.headers, 'content-length': Buffer.byteLength(req.body) },
        ...(localAddress ? { localAddress } : {}),
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            type: res.headers['content-type'] ?? '',
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', (e) => resolve({ status: 0, error: e.code ?? String(e) }));
      },
    );
    r.on('error', (e) => resolve({ status: 0, error: e.code ?? String(e) }));
    r.setTimeout(30_000, () => r.destroy(new Error('timeout')));
    if (req.body !== undefined) r.write(req.body);
    r.end();
  });
}

/**
 * Sites, columns, articles and notices of the running portal, read as a visitor would: the sitemap, and the
 * links of the home pages and column lists (two levels from `/`).
 */
async function discover(base) {
  const text = async (path) => {
    const res = await send(base, { method: 'GET', path, headers: {} });
    return res.status === 200 ? res.body : '';
  };
  const sitemap = await text('/sitemap.xml');
  const pages = new Set([
    '/',
    ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
  ]);
  for (let depth = 0; depth < 2; depth += 1)
    for (const page of [...pages].filter((p) => p === '/' || /^\/s\/\d+\/(c\/[^/]+\/)?$/.test(p)))
      for (const m of (await text(page)).matchAll(/href="(\/(?:s|media)\/[^"?#]*)"/g)) pages.add(m[1]);
  const found = (re) => [...new Set([...pages].flatMap((p) => [...p.matchAll(re)].map((m) => m[1])))];
  const notices = JSON.parse((await text('/api/public/notices?limit=50')) || '{"items":[]}').items.map(
    (n) => n.serial,
  );
  return {
    target: {
      sites: found(/^\/s\/(\d{6,9})\//g),
      columns: found(/\/c\/([a-z][a-z0-9-]*)\//g),
      articles: found(/\/a\/(\d+)/g).map(Number),
      notices: [...new Set([...notices, ...found(/\/notices\/([^/]+)/g)])],
    },
    pages: [...pages],
  };
}

async function main() {
  register();
  const fc = (await import('fast-check')).default;
  const { fuzzRequest } = await import('../test/support/portal-fuzz.ts');
  const { unsafeMarkup: live } = await import('../test/support/crawl.ts');
  const requests = Number(arg('requests', '10000'));
  const seed = Number(arg('seed', '12'));
  const concurrency = Number(arg('concurrency', '16'));
  let server;
  let base = arg('url');
  if (!base) {
    const { startPortalServer } = await import('./support/portal-server.ts');
    server = await startPortalServer({ households: Number(arg('households', '300')) });
    base = server.url;
  }
  const loopback = ['127.0.0.1', 'localhost'].includes(new URL(base).hostname);
  const { target, pages } = await discover(base);
  console.log(
    `portal fuzz against ${base}: ${target.sites.length} sites, ${target.columns.length} column slugs, ` +
      `${target.articles.length} articles, ${target.notices.length} notices; ${requests} requests, seed ${seed}`,
  );
  const samples = fc.sample(fuzzRequest(target), { numRuns: requests, seed });
  const byStatus = new Map();
  const failures = [];
  let next = 0;
  const started = Date.now();
  async function worker() {
    while (next < samples.length) {
      const i = next++;
      const req = samples[i];
      const res = await send(base, req, loopback ? `127.0.0.${2 + (i % 253)}` : undefined);
      const key = res.status === 0 ? `transport ${res.error}` : String(res.status);
      byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
      const markup = (res.type ?? '').startsWith('text/html') ? live(res.body) : [];
      if (res.status >= 500 || markup.length)
        failures.push(`${res.status} ${req.method} ${req.path.slice(0, 160)} ${markup.join(' ')}`);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (Date.now() - started) / 1000;
  const statuses = Object.fromEntries([...byStatus].sort());
  console.log(
    `sent ${samples.length} in ${seconds.toFixed(1)} s; answers by status: ${JSON.stringify(statuses)}`,
  );

  // Every public page again, now that the fuzzer has had its go at the forms.
  const scanned = [...pages, '/'];
  for (const site of target.sites)
    scanned.push(`/s/${site}/`, `/s/${site}/search?q=%3Cscript%3E`, `/s/${site}/complaints/new`);
  let pageFindings = 0;
  for (const path of new Set(scanned)) {
    const res = await send(base, { method: 'GET', path, headers: {} });
    const markup = live(res.body ?? '');
    if (res.status >= 500 || markup.length) {
      pageFindings += 1;
      failures.push(`scan ${res.status} ${path} ${markup.join(' ')}`);
    }
  }
  console.log(`scanned ${new Set(scanned).size} public pages: ${pageFindings} with live markup or a 5xx`);
  let stored = 'not scanned (a server of another process)';
  if (server) {
    const rows = await server.db.query(
      `SELECT 'article ' || id AS what, body_html AS html FROM portal_articles
       UNION ALL SELECT 'reply ' || id, coalesce(public_reply, '') FROM complaints WHERE published
       UNION ALL SELECT 'site ' || id, footer::text FROM portal_sites`,
    );
    const bad = rows.filter((r) => live(r.html).length);
    for (const r of bad) failures.push(`stored ${r.what}`);
    const [counts] = await server.db.query(
      `SELECT (SELECT count(*)::int FROM complaints) AS complaints, (SELECT count(*)::int FROM objections) AS objections`,
    );
    stored = `${rows.length} rows, ${bad.length} with live markup; stored by the run: ${counts.complaints} complaints, ${counts.objections} objections`;
  }
  console.log(`stored public rows: ${stored}`);
  for (const f of failures.slice(0, 20)) console.log(`FAIL ${f}`);
  const fiveXX = Object.entries(statuses)
    .filter(([s]) => Number(s) >= 500)
    .reduce((n, [, c]) => n + c, 0);
  console.log(
    JSON.stringify({
      bench: 'portal-fuzz',
      requests: samples.length,
      seed,
      seconds,
      statuses,
      fiveXX,
      failures: failures.length,
    }),
  );
  await server?.close();
  process.exitCode = failures.length ? 1 : 0;
}

await main();
