// Screenshots of the console's main pages in zh-CN and en-US at desktop (1366×800) and phone (375×800) width,
// into test-results/screenshots/ (git-ignored), against a real server with a small demo county.
//   node web/scripts/screenshots.mjs [--households 300]
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { buildWeb } = await import('../../scripts/build-web.mjs');
const { startConsoleServer } = await import('../../test/e2e/support/console-server.ts');
const { launchBrowser } = await import('../../test/e2e/support/browser.ts');
const { makeIdNumber } = await import('../../src/modules/registry/id-number.ts');

const OUT = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const countArg = process.argv.indexOf('--households');
const households = countArg > 0 ? Number(process.argv[countArg + 1]) : 300;
const LANGS = ['zh-CN', 'en-US'];
const SIZES = [
  { name: 'desktop', width: 1366, height: 800 },
  { name: 'phone', width: 375, height: 800 },
];

await mkdir(OUT, { recursive: true });
const TMP = await mkdtemp(join(tmpdir(), 'zhenfu-shots-'));
await buildWeb({ quiet: true });
const server = await startConsoleServer({ demoHouseholds: households });
const browser = await launchBrowser();
/** @type {string[]} */
const taken = [];
try {
  for (const lang of LANGS) {
    for (const size of SIZES) {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        deviceScaleFactor: size.name === 'phone' ? 2 : 1,
        isMobile: size.name === 'phone',
        hasTouch: size.name === 'phone',
      });
      await context.addInitScript((l) => localStorage.setItem('zhenfu.lang', l), lang);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      /** @param {string} name @param {boolean} [fullPage] */
      const shot = async (name, fullPage = false) => {
        const path = `${OUT}${name}-${lang}-${size.name}.png`;
        await page.waitForTimeout(300);
        await page.screenshot({ path, fullPage });
        taken.push(path);
      };

      await page.goto(`${server.url}/login`);
      await page.locator('.zf-login-card').waitFor();
      await shot('1-login');

      await page.locator('#username, input[autocomplete=username]').fill(server.user.username);
      await page.locator('input[type=password]').fill(server.user.password);
      await page.locator('button[type=submit]').click();
      await page.waitForURL(/households/);
      const item =
        size.name === 'phone' ? '.zf-household-card' : '.zf-household-table tbody tr.ant-table-row';
      await page.locator(item).first().waitFor();
      await shot('2-households');

      await page.locator('.zf-page-nav .ant-segmented-item').first().click();
      await page.locator('.zf-charts canvas').first().waitFor();
      await page.waitForTimeout(800);
      await shot('2-dashboard', true);
      await page.locator('.zf-page-nav .ant-segmented-item').nth(1).click();
      await page.locator(item).first().waitFor();

      if (size.name === 'desktop') {
        await page.locator('.zf-tree .ant-tree-title').nth(3).click();
        await page.locator(item).first().waitFor();
        await page.locator('.ant-breadcrumb .zf-crumb-current').hover();
        await page.waitForTimeout(500);
        await shot('3-drilldown');
      } else {
        await page.locator('.zf-header-button').click();
        await page.locator('.ant-drawer .ant-tree-title').first().waitFor();
        await shot('3-region-drawer');
        await page.keyboard.press('Escape');
      }

      // Import: a small file with two bad rows (a wrong ID check character, an unknown cause).
      const [{ code: village } = { code: '' }] = await server.db.query(
        "SELECT code FROM regions WHERE code LIKE '371324%' AND code NOT LIKE '%000' ORDER BY code LIMIT 1",
      );
      const n = taken.length;
      const good = makeIdNumber('371324', '1971-05-06', 400 + n * 2, '1');
      const bad = makeIdNumber('371324', '1972-07-08', 402 + n * 2, '1');
      const csv = [
        '户编号,行政区划代码,姓名,证件号码,与户主关系,户类型,户状态,主要致贫原因',
        `SHOT${n}A,${village},郑好人,${good},户主,一般贫困户,未脱贫,因病`,
        `SHOT${n}B,${village},钱错号,${bad.slice(0, -1)}${bad.endsWith('0') ? '1' : '0'},户主,一般贫困户,未脱贫,因学`,
        `SHOT${n}C,${village},孙无因,${makeIdNumber('371324', '1973-01-02', 404 + n * 2, '2')},户主,一般贫困户,未脱贫,不存在的原因`,
      ].join('\n');
      const file = join(TMP, `import-${n}.csv`);
      await writeFile(file, `${csv}\n`);
      await page.locator('.zf-page-nav .ant-segmented-item').nth(2).click();
      await page.locator('#zf-import-year').fill('2020');
      await page.locator('.zf-import-form input[type=file]').setInputFiles(file);
      await page.locator('.zf-import-start').click();
      await page.locator('.zf-import-summary').waitFor();
      await shot('9-import', true);
      await page.locator('.zf-page-nav .ant-segmented-item').nth(1).click();
      await page.locator(item).first().waitFor();

      await page.locator(item).first().click();
      await page.locator('.zf-household-head').waitFor();
      await shot('4-household', true);
      await page.getByRole('tab').nth(1).click();
      await shot('5-members', true);
      await page.getByRole('tab').nth(0).click();

      await page.locator('.zf-household-title .ant-btn-primary').click();
      const wage = page.locator('#household-edit_facts_wageIncome');
      await wage.fill('200000000');
      await page.locator('.ant-drawer-footer .ant-btn-primary').click();
      await page.locator('#household-edit_facts_wageIncome_help').waitFor();
      await shot('6-edit-error');
      await wage.fill(String(12000 + taken.length));
      await page.locator('.ant-drawer-footer .ant-btn-primary').click();
      await page.locator('.ant-drawer-right').waitFor({ state: 'detached' });
      await page.getByRole('tab').nth(2).click();
      await page.locator('.zf-change').first().waitFor();
      await shot('7-history', true);
      await page.getByRole('tab').nth(3).click();
      await page.locator('.zf-changes').first().waitFor();
      await shot('8-audit', true);
      await context.close();
    }
  }
} finally {
  await rm(TMP, { recursive: true, force: true });
  await browser.close();
  await server.close();
}
process.stdout.write(`${taken.length} screenshots in ${OUT}\n${taken.map((p) => `  ${p}`).join('\n')}\n`);
