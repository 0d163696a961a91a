/**
 * The console's first load (issue #3, "Speed"): what a browser with an empty cache downloads and how long
 * until the console answers, from the login page to the household list.
 *
 *   npx tsx bench/console-load.ts [--households 20000] [--runs 3] [--quiet 500]
 *
 * Builds a fresh in-memory PGlite as a first start does (migrations; the regions of the demo county 371324
 * with its ancestors, towns and villages; the demo county generated through the ordinary import), creates a
 * county administrator, builds web/dist when it is stale and starts the real server. Then, for each run, a new
 * Chromium context (empty cache) opens /login, logs in through the form and lands on the household list.
 *
 * Two phases, each reported with its bytes and its time to interactive:
 * - **login page**: from the navigation's start to the login form shown and the main thread quiet;
 * - **console**: from the click on 登录 to the first rows of the household list shown and the main thread quiet.
 *
 * Time to interactive, as measured here: the later of (a) the first animation frame that shows the target
 * (read inside the page, by requestAnimationFrame) and (b) the end of the last long task (over 50 ms, from a
 * PerformanceObserver installed before the page's scripts) before a window of `--quiet` ms with no long task
 * and no request in flight. It is Lighthouse's idea of TTI with a shorter quiet window (a 5 s window would
 * mostly measure waiting).
 *
 * Bytes: every response of the phase, body as it came over the wire (encoded; Playwright's
 * responseBodySize, from the network events) and decoded. Each run is done twice: asking for gzip only
 * (Accept-Encoding: gzip, deflate, the figure the issue asks for) and as Chromium asks by itself (br first;
 * the server sends its pre-compressed .br then). Figures are printed, never asserted; the last line is JSON.
 */
import type { Page, Response } from 'playwright-core';
import { consoleAddress } from '../src/app/static.ts';
import { DEMO_DEFAULTS, generateDemoCounty } from '../src/modules/registry/demo/generate.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import {
  countyAdmin,
  freshContext,
  frameWhen,
  launch,
  LIST_SHOWN,
  logIn,
  probes,
  startConsole,
  type ConsoleUser,
} from './console-support.ts';
import { numberOption } from './support/args.ts';
import { openBenchDb } from './support/db.ts';
import { line, loadAverage, machine, median, round } from './support/report.ts';

const HOUSEHOLDS = numberOption('households', DEMO_DEFAULTS.households);
const RUNS = numberOption('runs', 3);
const QUIET_MS = numberOption('quiet', 500);
const COUNTY = DEMO_DEFAULTS.county;

const ENCODINGS = {
  gzip: { 'accept-encoding': 'gzip, deflate' },
  browser: {},
} as const;
type Encoding = keyof typeof ENCODINGS;

interface Transfer {
  requests: number;
  /** Bodies as sent (compressed where the server compressed). */
  encoded: number;
  decoded: number;
  /** Encoded bytes by kind: scripts, styles, the HTML page, API answers, anything else. */
  byKind: Record<string, number>;
  /** The API paths asked, in order (the console's calls of the phase). */
  api: string[];
  encodings: string[];
}

function kindOf(url: string): string {
  const path = new URL(url).pathname;
  if (path.startsWith('/api/')) return 'api';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path === '/' || path.endsWith('.html') || !path.includes('.')) return 'html';
  return 'other';
}

/** Collects the responses of a page from now on; `total` sums the ones finished so far. */
function recordResponses(page: Page) {
  let seen: Response[] = [];
  let inFlight = 0;
  page.on('request', () => (inFlight += 1));
  page.on('requestfinished', () => (inFlight -= 1));
  page.on('requestfailed', () => (inFlight -= 1));
  page.on('response', (r) => seen.push(r));
  return {
    inFlight: () => inFlight,
    /** Sums the responses since the last call (each phase gets its own). */
    async take(): Promise<Transfer> {
      const batch = seen;
      seen = [];
      const transfer: Transfer = { requests: 0, encoded: 0, decoded: 0, byKind: {}, api: [], encodings: [] };
      for (const response of batch) {
        const sizes = await response.request().sizes();
        const body = await response.body().catch(() => Buffer.alloc(0));
        const kind = kindOf(response.url());
        transfer.requests += 1;
        transfer.encoded += sizes.responseBodySize;
        transfer.decoded += body.length;
        transfer.byKind[kind] = (transfer.byKind[kind] ?? 0) + sizes.responseBodySize;
        if (kind === 'api') transfer.api.push(new URL(response.url()).pathname.replace('/api/v1', ''));
        const encoding = (await response.headerValue('content-encoding')) ?? 'identity';
        if (kind !== 'api' && !transfer.encodings.includes(encoding)) transfer.encodings.push(encoding);
      }
      return transfer;
    },
  };
}

/**
 * Waits for a quiet main thread (no long task and no request for QUIET_MS) and returns the time to
 * interactive: the later of the frame that showed the target and the end of the last long task.
 */
async function interactiveAt(page: Page, shownAt: number, inFlight: () => number): Promise<number> {
  for (;;) {
    const { now, lastEnd } = await page.evaluate(() => {
      const tasks = (window as unknown as { __bench: { longTasks: { end: number }[] } }).__bench.longTasks;
      return { now: performance.now(), lastEnd: Math.max(0, ...tasks.map((t) => t.end)) };
    });
    const quietSince = Math.max(shownAt, lastEnd);
    if (inFlight() === 0 && now - quietSince >= QUIET_MS) return quietSince;
    await page.waitForTimeout(50);
  }
}

interface Phase {
  shownMs: number;
  interactiveMs: number;
  longTasks: number;
  longTaskMs: number;
  transfer: Transfer;
}

async function oneRun(
  encoding: Encoding,
  user: ConsoleUser,
  url: string,
  browser: Awaited<ReturnType<typeof launch>>,
) {
  const context = await freshContext(browser, ENCODINGS[encoding]);
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const responses = recordResponses(page);
  try {
    await page.goto(consoleAddress(url, '/login'));
    const loginShown = await frameWhen(
      page,
      `document.querySelector('button[type=submit]') && !document.querySelector('button[type=submit]').disabled`,
    );
    const loginReady = await interactiveAt(page, loginShown, responses.inFlight);
    const before = await probes(page);
    const login: Phase = {
      shownMs: loginShown,
      interactiveMs: loginReady,
      longTasks: before.longTasks.length,
      longTaskMs: before.longTasks.reduce((sum, t) => sum + t.end - t.start, 0),
      transfer: await responses.take(),
    };

    await logIn(page, user);
    const listShown = await frameWhen(page, LIST_SHOWN);
    const listReady = await interactiveAt(page, listShown, responses.inFlight);
    const after = await probes(page);
    const tasks = after.longTasks.filter((t) => t.start >= after.submittedAt);
    const consolePhase: Phase = {
      shownMs: listShown - after.submittedAt,
      interactiveMs: listReady - after.submittedAt,
      longTasks: tasks.length,
      longTaskMs: tasks.reduce((sum, t) => sum + t.end - t.start, 0),
      transfer: await responses.take(),
    };
    return { login, console: consolePhase };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function describe(label: string, phase: Phase): string {
  const t = phase.transfer;
  const kinds = Object.entries(t.byKind)
    .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
    .join(', ');
  return (
    `${label}: shown ${Math.round(phase.shownMs)} ms, interactive ${Math.round(phase.interactiveMs)} ms ` +
    `(${phase.longTasks} long tasks, ${Math.round(phase.longTaskMs)} ms); ${t.requests} requests, ` +
    `${kb(t.encoded)} transferred (${kb(t.decoded)} decoded; ${kinds}; ${t.encodings.join('/') || '-'}); ` +
    `API: ${t.api.join(' ')}`
  );
}

const bench = await openBenchDb('pglite');
const loadAtStart = loadAverage();
line(`${bench.version}; load average ${loadAtStart}`);
const started = performance.now();
await loadRegions(bench.db, { county: COUNTY });
const demo = await generateDemoCounty(bench.db, shellActor('bench', 'demo'), {
  ...DEMO_DEFAULTS,
  households: HOUSEHOLDS,
});
line(
  `demo county ${COUNTY}: ${demo.households.imported} households, ${demo.members.imported} members in ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s; load average ${loadAverage()}`,
);
const user = await countyAdmin(bench.db, COUNTY);
const server = await startConsole(bench.db);
const browser = await launch();
const results: Record<Encoding, Awaited<ReturnType<typeof oneRun>>[]> = { gzip: [], browser: [] };
try {
  line(`Chromium ${browser.version()}; server ${server.url}`);
  for (let n = 1; n <= RUNS; n += 1) {
    for (const encoding of Object.keys(ENCODINGS) as Encoding[]) {
      const run = await oneRun(encoding, user, server.url, browser);
      results[encoding].push(run);
      line(`run ${n} ${encoding}: ${describe('login page', run.login)}`);
      line(`run ${n} ${encoding}: ${describe('console', run.console)}; load average ${loadAverage()}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  await bench.dispose();
}

const summary = Object.fromEntries(
  (Object.keys(results) as Encoding[]).map((encoding) => {
    const runs = results[encoding];
    const of = (pick: (r: (typeof runs)[number]) => number) => round(median(runs.map(pick)), 0);
    return [
      encoding,
      {
        transferredBytes: of((r) => r.login.transfer.encoded + r.console.transfer.encoded),
        decodedBytes: of((r) => r.login.transfer.decoded + r.console.transfer.decoded),
        requests: of((r) => r.login.transfer.requests + r.console.transfer.requests),
        loginInteractiveMs: of((r) => r.login.interactiveMs),
        consoleShownMs: of((r) => r.console.shownMs),
        consoleInteractiveMs: of((r) => r.console.interactiveMs),
      },
    ];
  }),
);
for (const [encoding, s] of Object.entries(summary)) {
  line(
    `median of ${RUNS} (${encoding}): first load ${kb(s.transferredBytes)} transferred (${kb(s.decodedBytes)} ` +
      `decoded) in ${s.requests} requests; login page interactive ${s.loginInteractiveMs} ms; after 登录 the ` +
      `list shown ${s.consoleShownMs} ms, interactive ${s.consoleInteractiveMs} ms`,
  );
}
line(
  JSON.stringify({
    bench: 'console-load',
    date: new Date().toISOString(),
    machine: machine(),
    households: demo.households.imported,
    quietMs: QUIET_MS,
    runs: RUNS,
    summary,
    results,
    loadAverage: { start: loadAtStart, end: loadAverage() },
  }),
);
