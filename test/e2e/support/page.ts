import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';
import { TEST_NOW } from '../../support/server.ts';

/**
 * How long a step may wait for the page. CI gives Chromium, the server and two other test workers two cores
 * between them, and a step that takes 1 s on a quiet machine has taken over 10 s there; a wait is not a
 * timing assertion, so it is generous (speed is measured by bench/console-*.ts).
 */
export const PAGE_WAIT = 30_000;

/**
 * A page that records what went wrong inside the browser (uncaught errors, console errors other than the
 * failed requests a test provokes on purpose), so a test can assert the console stayed healthy.
 */
export interface WatchedPage {
  page: Page;
  problems: string[];
}

export async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  // The browser lives on the test server's day (time flows on from there): a date the console proposes as
  // "today" must be today for the server too, which refuses dates in its future.
  await page.clock.install({ time: TEST_NOW });
  page.setDefaultTimeout(PAGE_WAIT);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A 401/404/409/400 the test provokes is logged by the browser as a failed resource; that is expected.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  return { page, problems };
}

/** Logs in through the login page (the caller waits for where it leads). */
export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /登\s*录|Log in/ }).click();
}

/**
 * Types a day into one of the console's date pickers (Ant Design's, not the browser's native field) and
 * confirms it with Enter, as a clerk who knows the date does. Enter also saves the form, as in any field.
 */
export async function typeDate(page: Page, selector: string, day: string): Promise<void> {
  const input = page.locator(selector);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

/**
 * Opens a page of the console as this user: when the session is missing (a first visit, or one a test
 * expired), the console sends the browser to the login page, which leads back here once logged in.
 */
export async function visit(page: Page, url: string, user: { username: string; password: string }) {
  await page.goto(url);
  // The console decides after its session check: the login card, or its own frame.
  const login = page.locator('.zf-login');
  await login.or(page.locator('.zf-app')).first().waitFor();
  if (await login.isVisible()) {
    await logIn(page, user.username, user.password);
    await page.locator('.zf-app').waitFor();
  }
}

/**
 * Watches every test of a file on this page: after each, the browser had no errors; when one fails, it says
 * what the page showed: the address, the form messages and alerts on screen, and a full-page screenshot (a
 * failure on CI is otherwise only a timeout with a selector).
 */
export function watchTests(current: () => WatchedPage | undefined): void {
  beforeEach(({ onTestFailed, task }) => {
    onTestFailed(() => explain(current()?.page, task.name));
  });
  afterEach(() => {
    const problems = current()?.problems.splice(0) ?? [];
    expect(problems, 'errors inside the browser').toEqual([]);
  });
}

async function explain(page: Page | undefined, test: string): Promise<void> {
  if (!page || page.isClosed()) return;
  const messages = await page
    .locator('.ant-form-item-explain-error, [role="alert"], .ant-message-notice, .ant-result')
    .allInnerTexts()
    .catch(() => []);
  const dir = join(tmpdir(), 'zhenfu-e2e-failures');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${test.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}.png`);
  const saved = await page
    .screenshot({ path: file, fullPage: true, timeout: 5_000 })
    .then(() => file)
    .catch((error: Error) => `not taken (${error.message.split('\n')[0]})`);
  console.error(
    [
      `[e2e] ${test}`,
      `  page: ${page.url()}`,
      `  on screen: ${messages.map((m) => m.replace(/\s+/g, ' ').trim()).join(' | ') || '(no message)'}`,
      `  screenshot: ${saved}`,
    ].join('\n'),
  );
}

/** A browser context `width` px wide, in Chinese: a phone (touch, 2× pixels) below 768 px. */
export function contextAt(browser: Browser, width: number, options: BrowserContextOptions = {}) {
  const phone = width < 768;
  return browser.newContext({
    viewport: { width, height: phone ? 800 : 900 },
    locale: 'zh-CN',
    ...(phone ? { deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {}),
    ...options,
  });
}

/** A watched page in a browser of its own for one user, logged in at `url` (a phone when `width` is 375). */
export async function pageAs(
  browser: Browser,
  url: string,
  user: { username: string; password: string },
  width: number,
): Promise<WatchedPage> {
  const watched = await watchedPage(await contextAt(browser, width));
  await visit(watched.page, url, user);
  return watched;
}

/** The dialog on screen (antd keeps closed ones in the page, hidden). */
export const visibleModal = (page: Page) => page.locator('.ant-modal:visible');

/** A button's name as antd shows it: two Chinese characters get a space between them (提 交). */
export const buttonName = (text: string) => new RegExp(`${[...text].join('\\s*')}$`);
