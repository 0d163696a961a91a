// Renders the installable console's icons (web/public/pwa-*.png, apple-touch-icon.png) from web/public/icon.svg
// in Chromium, the browser the e2e tests use; run after changing the SVG and commit the PNGs:
//   node web/scripts/icons.mjs
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const PUBLIC = fileURLToPath(new URL('../public/', import.meta.url));
const svg = await readFile(`${PUBLIC}icon.svg`, 'utf8');
// A maskable icon may be cut to a circle: its mark shrunk into the safe zone on the same red.
const SIZES = [
  { file: 'pwa-192.png', size: 192, inset: 0 },
  { file: 'pwa-512.png', size: 512, inset: 0 },
  { file: 'pwa-maskable-512.png', size: 512, inset: 0.1 },
  { file: 'apple-touch-icon.png', size: 180, inset: 0 },
];

const browser = await chromium.launch({
  executablePath: process.env.ZHENFU_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless'],
});
try {
  for (const { file, size, inset } of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const pad = Math.round(size * inset);
    await page.setContent(
      `<body style="margin:0;background:#b71c1c"><div style="padding:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
    );
    await page.screenshot({ path: `${PUBLIC}${file}`, omitBackground: false });
    await page.close();
    process.stdout.write(`${file}\n`);
  }
} finally {
  await browser.close();
}
