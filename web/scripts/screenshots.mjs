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
// A system administrator (who may set the national line) and a household of 2020 to assess.
const admin = await server.addUser([{ role: 'system_admin', regionCode: '000000000000' }]);
const [{ id: assessed } = { id: 0 }] = await server.db.query(
  'SELECT household_id AS id FROM household_years WHERE year = 2020 ORDER BY household_id LIMIT 1',
);
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
      page.on('pageerror', (error) => process.stderr.write(`${lang} ${size.name}: ${error.message}\n`));
      try {
        /** @param {string} name @param {boolean} [fullPage] */
        const shot = async (name, fullPage = false) => {
          const path = `${OUT}${name}-${lang}-${size.name}.png`;
          await page.waitForTimeout(300);
          await page.screenshot({ path, fullPage });
          taken.push(path);
        };

        await page.goto(server.consoleAt(`/login`));
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
        await page.locator('.zf-charts .zf-chart svg').first().waitFor();
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

        /**
         * Chooses the option `index` of a select by keyboard: its list opens with an animation that makes
         * clicks on options flaky.
         * @param {string} selector
         * @param {number} index
         */
        const pick = async (selector, index) => {
          await page.locator(selector).focus();
          await page.keyboard.press('Enter');
          await page.waitForTimeout(300);
          for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
          await page.keyboard.press('Enter');
        };
        /**
         * Opens a tab of the household by its key; on a narrow screen the last tabs sit behind the "…" menu.
         * @param {string} key
         */
        const openTab = async (key) => {
          const tab = page.locator(`.zf-household-tabs .ant-tabs-tab[data-node-key="${key}"]`);
          const wrap = await page.locator('.zf-household-tabs .ant-tabs-nav-wrap').boundingBox();
          const box = await tab.boundingBox();
          if (wrap && box && box.x + box.width <= wrap.x + wrap.width + 1) {
            await tab.click();
            return;
          }
          await page.locator('.zf-household-tabs .ant-tabs-nav-more').click();
          await page.locator(`.ant-tabs-dropdown-menu-item[data-menu-id$="-${key}"]`).click();
        };
        await page.locator(item).first().click();
        await page.locator('.zf-household-head').waitFor();
        await shot('4-household', true);
        await openTab('members');
        await shot('5-members', true);
        await openTab('overview');

        await page.locator('.zf-household-title .ant-btn-primary').click();
        const wage = page.locator('#household-edit_facts_wageIncome');
        await wage.fill('200000000');
        await page.locator('.ant-drawer-footer .ant-btn-primary').click();
        await page.locator('#household-edit_facts_wageIncome_help').waitFor();
        await shot('6-edit-error');
        await wage.fill(String(12000 + taken.length));
        await page.locator('.ant-drawer-footer .ant-btn-primary').click();
        await page.locator('.ant-drawer-right').waitFor({ state: 'detached' });
        await openTab('history');
        await page.locator('.zf-change').first().waitFor();
        await shot('7-history', true);
        await openTab('audit');
        await page.locator('.zf-changes').first().waitFor();
        await shot('8-audit', true);

        // The member forms: add a person, change one, record how one leaves (the head: a successor is asked).
        const drawer = page.getByRole('dialog');
        const closeDrawer = async () => {
          await page.locator('.ant-drawer-footer .ant-btn').first().click();
          await drawer.waitFor({ state: 'detached' });
        };
        await openTab('members');
        await page.locator('.zf-members-head .ant-btn-primary').click();
        await drawer.waitFor();
        await page.locator('#member-add_member_name').fill('王小宝');
        await page.locator('#member-add_member_idNumber').fill('371324202401011230');
        await pick('#member-add_member_relation', 6);
        await page.locator('.ant-drawer-footer .ant-btn-primary').click();
        await page.locator('#member-add_member_idNumber_help').waitFor();
        await shot('10-add-member-error');
        await closeDrawer();
        await page.locator('.zf-member-actions .ant-btn').first().click();
        await drawer.waitFor();
        await shot('11-edit-member');
        await closeDrawer();
        await page.locator('.zf-member-actions .ant-btn').nth(1).click();
        await drawer.waitFor();
        await pick('#member-event_event', 0);
        await page.locator('#member-event_newHeadMemberId').waitFor();
        await shot('12-member-event');
        await closeDrawer();

        // A new household: the empty form, then the server's answer to a wrong ID number under its field.
        await page.locator('.zf-back').click();
        await page.locator('.zf-create').click();
        await page.locator('#household-new_householdNo').waitFor();
        await shot('13-create');
        await page.locator('#household-new_householdNo').fill(`SHOTNEW${taken.length}`);
        // The village: from a town its villages are listed at once; from the county, open the first town.
        await page.locator('#household-new_regionCode').click();
        await page.locator('.ant-select-tree-title').first().waitFor();
        const closed = page.locator('.ant-select-tree-switcher_close').first();
        if (await closed.count()) await closed.click();
        await page.locator('.ant-select-tree-treenode-leaf .ant-select-tree-title').first().click();
        await page.locator('#household-new_members_0_name').fill('郑新户');
        await page.locator('#household-new_members_0_idNumber').fill('371324197001011230');
        /** @type {[string, number][]} */
        const facts = [
          ['status', 0],
          ['householdType', 0],
          ['mainCause', 1],
        ];
        for (const [field, option] of facts) await pick(`#household-new_facts_${field}`, option);
        await page.locator('.zf-form-actions .ant-btn-primary').click();
        await page.locator('#household-new_members_0_idNumber_help').waitFor();
        await shot('14-create-error');

        // Measuring poverty: incidence and measures, the rural population, the standards, the what-if of a
        // higher line, a household's assessment (a manual one refused without evidence), and the line form of
        // a system administrator with the server's field error.
        await page.goto(server.consoleAt(`/r/371324/dashboard`));
        await page.locator('.zf-incidence-children tbody tr.ant-table-row').first().waitFor();
        await page.locator('.zf-measures .zf-chart svg').waitFor();
        await page.waitForTimeout(800);
        await shot('15-measures', true);
        await page.locator('.zf-population-open').click();
        await page.locator('.ant-drawer .zf-population-row').first().waitFor();
        await shot('16-population');
        await closeDrawer();
        await page.locator('.zf-page-nav .ant-segmented-item', { hasText: /贫困标准|Standards/ }).click();
        await page.locator('.zf-standard-lines tbody tr.ant-table-row').first().click();
        await page.locator('.zf-standard-history').first().waitFor();
        await shot('17-standards', true);
        await page.goto(server.consoleAt(`/r/371324/what-if?line=4500&m=1.6`));
        await page.locator('.zf-what-if-children tbody tr.ant-table-row').first().waitFor();
        await shot('18-what-if', true);
        await page.goto(server.consoleAt(`/r/371324/households/${assessed}`));
        await openTab('assessment');
        await page.locator('.zf-guarantees').waitFor();
        await shot('19-assessment', true);
        await page.locator('.zf-guarantee-assess').first().click();
        await page.locator('#assessment_secure .ant-radio-button-wrapper').nth(1).click();
        await page.locator('#assessment_reason').fill('入户核实');
        await page.locator('.ant-drawer-footer .ant-btn-primary').click();
        await page.locator('#assessment_file_help').waitFor();
        await shot('20-assessment-error');
        await closeDrawer();
        await page.request.post(`${server.url}/api/v1/auth/login`, { data: admin });
        await page.goto(server.consoleAt(`/r/371324/standards`));
        await page.locator('.zf-standard-new').click();
        await page.locator('#standard_line').fill('2000000');
        await page.locator('#standard_reason').fill('测试');
        await page.locator('.ant-drawer-footer .ant-btn-primary').click();
        await page.locator('#standard_line_help').waitFor();
        await shot('21-standard-form');
      } catch (error) {
        // Where the walk stopped, to see why.
        await page.screenshot({ path: `${OUT}failed-${lang}-${size.name}.png` });
        throw error;
      }
      await context.close();
    }
  }
} finally {
  await rm(TMP, { recursive: true, force: true });
  await browser.close();
  await server.close();
}
process.stdout.write(`${taken.length} screenshots in ${OUT}\n${taken.map((p) => `  ${p}`).join('\n')}\n`);
