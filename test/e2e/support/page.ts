import type { BrowserContext, Page } from 'playwright-core';

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

/** Logs in through the login page and waits for the household list. */
export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /登\s*录|Log in/ }).click();
}
