/**
 * What the two console benches share (console-load.ts, console-list.ts): the real server with the built
 * console on a bench database, a county administrator, headless Chromium, and the probes the page carries
 * from its first byte (long tasks of the main thread, and every household-list request the console makes).
 */
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildWeb } from '../scripts/build-web.mjs';
import { loadConfig } from '../src/app/config.ts';
import type { App } from '../src/app/context.ts';
import { buildServer } from '../src/app/server.ts';
import type { Db } from '../src/db/types.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { generatePassword } from '../src/modules/auth/password.ts';
import { createUser } from '../src/modules/auth/users.ts';
import { launchBrowser } from '../test/e2e/support/browser.ts';

export interface ConsoleUser {
  username: string;
  password: string;
}

export interface RunningConsole {
  url: string;
  app: App;
  close: () => Promise<void>;
}

/**
 * The real server (buildServer, logger off, as `zhenfu serve` assembles it) on a free port of 127.0.0.1,
 * serving web/dist, which is built first when it is older than its sources.
 */
export async function startConsole(db: Db): Promise<RunningConsole> {
  await buildWeb({ quiet: true });
  const config = loadConfig({ LOG_LEVEL: 'silent', ZHENFU_DATA_DIR: '/nonexistent' });
  const app = await buildServer({ db, config, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { url, app, close: () => app.close() };
}

/** A county administrator of `county` (6 digits), who sees the county's households and personal data. */
export async function countyAdmin(db: Db, county: string): Promise<ConsoleUser> {
  const user = { username: 'bench_console', password: generatePassword() };
  await createUser(db, shellActor('bench'), {
    ...user,
    displayName: '压测 县管理员',
    grants: [{ role: 'county_admin', regionCode: `${county}000000` }],
  });
  return user;
}

/**
 * Headless Chromium as the e2e tests start it (Debian's /usr/bin/chromium with --headless --no-sandbox
 * --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run).
 */
export const launch = (): Promise<Browser> => launchBrowser();

/**
 * A desktop screen in Chinese, with an empty cache (a new context shares nothing with the ones before).
 * `headers` are sent with every request (the load bench asks for gzip with them).
 */
export async function freshContext(
  browser: Browser,
  headers: Record<string, string> = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 800 },
    locale: 'zh-CN',
    extraHTTPHeaders: headers,
  });
  await context.addInitScript(PROBES);
  return context;
}

/** What the probes record, read with `page.evaluate(() => window.__bench)`. */
export interface Probes {
  /** Long tasks of the main thread (over 50 ms): start and end in ms since the document's time origin. */
  longTasks: { start: number; end: number }[];
  /** Household-list requests of the console: the query string, when it was sent and when it answered. */
  lists: { query: string; sent: number; answered: number }[];
  /** The last user action that changes the list (an option chosen, Enter in the search). */
  changedAt: number;
  /** The click on the login button. */
  submittedAt: number;
}

/**
 * Runs in the page before its own scripts. A PerformanceObserver collects long tasks; fetch is wrapped (the
 * typed client takes globalThis.fetch when it is created, after this) to note each household-list request; a
 * capturing listener notes the moment the user chooses an option or presses Enter in the search box.
 */
const PROBES = `(() => {
  const bench = { longTasks: [], lists: [], changedAt: 0, submittedAt: 0 };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const sent = performance.now();
    const response = await original(input, init);
    if (url.includes('/api/v1/households?')) {
      bench.lists.push({ query: new URL(url, location.href).search, sent, answered: performance.now() });
    }
    return response;
  };
  document.addEventListener('click', (e) => {
    if (!(e.target instanceof Element)) return;
    if (e.target.closest('.ant-select-item-option')) bench.changedAt = performance.now();
    if (e.target.closest('button[type=submit]')) bench.submittedAt = performance.now();
  }, true);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.target instanceof Element && e.target.closest('.zf-search')) bench.changedAt = performance.now();
  }, true);
})();`;

export function probes(page: Page): Promise<Probes> {
  return page.evaluate(() => (window as unknown as { __bench: Probes }).__bench);
}

/** Logs in through the login page, as a person does. */
export async function logIn(page: Page, user: ConsoleUser): Promise<void> {
  await page.locator('input[autocomplete=username]').fill(user.username);
  await page.locator('input[type=password]').fill(user.password);
  await page.locator('button[type=submit]').click();
}

/**
 * The page's clock (ms since its time origin) at the first animation frame in which `predicate` holds: the
 * frame that shows the state, measured inside the page, not after a round trip to this process.
 */
export async function frameWhen(page: Page, predicate: string, timeout = 120_000): Promise<number> {
  const handle = await page.waitForFunction(`(${predicate}) ? performance.now() : false`, undefined, {
    polling: 'raf',
    timeout,
  });
  return (await handle.jsonValue()) as number;
}

/** Rows of the desktop household table are on the screen and the table is not loading. */
export const LIST_SHOWN = `document.querySelectorAll('.zf-household-table tbody tr.ant-table-row').length > 0
  && !document.querySelector('.zf-household-table .ant-spin-spinning')`;
