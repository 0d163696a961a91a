import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (CI installs it with `apt-get install -y chromium fonts-noto-cjk`). */
export const CHROMIUM = process.env.ZHENFU_CHROMIUM ?? '/usr/bin/chromium';

export function chromiumMissing(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  return `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium fonts-noto-cjk\` (or set ZHENFU_CHROMIUM). The e2e tests need a real browser and do not pass without one.`;
}

export async function launchBrowser(): Promise<Browser> {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}
