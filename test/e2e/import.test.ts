import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { makeIdNumber } from '../../src/modules/registry/id-number.ts';
import { launchBrowser } from './support/browser.ts';
import { COUNTY, startConsoleServer, type ConsoleServer } from './support/console-server.ts';
import { visit, watchedPage, watchTests, type WatchedPage } from './support/page.ts';

/**
 * Import and export in the browser: upload a CSV with one bad row, watch the job finish, read the summary and
 * the bad row, download the bad-row report; a file without the required columns is refused plainly; the
 * household list exports its filter as XLSX. Each test uploads a file of its own, with households no other
 * test uses.
 */
let server: ConsoleServer;
let browser: Browser;
let context: BrowserContext;
let watched: WatchedPage;
let page: Page;
let dir: string;

const HEADER = [
  '户编号',
  '行政区划代码',
  '姓名',
  '证件号码',
  '与户主关系',
  '户类型',
  '户状态',
  '主要致贫原因',
];

/** A wrong check character: the last one of a valid ID number, changed. */
function spoiled(id: string): string {
  const last = id.at(-1) === '0' ? '1' : '0';
  return id.slice(0, -1) + last;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  dir = await mkdtemp(join(tmpdir(), 'zhenfu-e2e-import-'));
  context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
  watched = await watchedPage(context);
  page = watched.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

watchTests(() => watched);

let files = 0;
/**
 * A CSV of two households new to the registry, the second with a wrong ID number; `tag` starts their
 * household numbers (row 2 is `${tag}1`, row 3 `${tag}2`).
 */
async function fileWithBadRow(tag: string): Promise<string> {
  files += 1;
  const village = server.households[0]!.regionCode;
  const good = makeIdNumber(COUNTY, '1971-05-06', 400 + files * 2, '1');
  const badId = spoiled(makeIdNumber(COUNTY, '1972-07-08', 500 + files * 2, '1'));
  const rows = [
    HEADER,
    [`${tag}1`, village, '郑好人', good, '户主', '一般贫困户', '未脱贫', '因病'],
    [`${tag}2`, village, '钱错号', badId, '户主', '一般贫困户', '未脱贫', '因学'],
  ];
  const file = join(dir, `导入-${tag}.csv`);
  await writeFile(file, rows.map((r) => r.join(',')).join('\n') + '\n');
  return file;
}

/** Opens the import page (logging in when needed), chooses the file and starts the import. */
async function startImport(file: string): Promise<void> {
  await visit(page, server.consoleAt(`/r/${COUNTY}/import?year=2020`), server.user);
  await expect.poll(() => page.locator('.zf-page-title').innerText()).toBe('导入户数据');
  await page.locator('.zf-import-form input[type=file]').setInputFiles(file);
  await page.locator('.zf-import-start').click();
}

/** Imports the file and waits for the job's summary (its progress bar run to 100 % first). */
async function importToSummary(file: string): Promise<void> {
  await startImport(file);
  await page.waitForURL(/job=\d+/);
  await page.locator('.zf-import-progress.ant-progress-status-success').waitFor();
  await page.locator('.zf-import-summary').waitFor();
}

describe('import and export in the console', () => {
  it('uploads a CSV, follows the job to its summary and shows the bad row', async () => {
    await importToSummary(await fileWithBadRow('IMPA'));
    const summary = page.locator('.zf-import-summary');
    const households = await summary.locator('.ant-descriptions').first().innerText();
    expect(households).toMatch(/新增\s*1/);
    expect(households).toMatch(/拒绝\s*1/);

    const errorRows = page.locator('.zf-import-errors tbody tr.ant-table-row');
    await expect.poll(() => errorRows.count()).toBeGreaterThan(0);
    const first = await errorRows.first().innerText();
    expect(first).toContain('IMPA2');
    expect(first).toContain('证件号码');
    // The message in the reader's language only.
    expect(first).not.toMatch(/ \/ [A-Z]/);
  });

  it('downloads the bad-row report with the bad row in it', async () => {
    await importToSummary(await fileWithBadRow('IMPB'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /错误报告 CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/errors\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toContain('IMPB2');
    // Row 3 of the file (the header is row 1), its household and the reason.
    expect(text).toMatch(/^3,证件号码,IMPB2,ID_CHECKSUM,/m);
    expect(text).not.toContain('IMPB1');
  });

  it('keeps the result across a reload (the job is in the URL)', async () => {
    await importToSummary(await fileWithBadRow('IMPC'));
    await page.reload();
    await page.locator('.zf-import-summary').waitFor();
    expect(await page.locator('.zf-import-errors tbody tr.ant-table-row').count()).toBeGreaterThan(0);
  });

  it('refuses a file without the required columns, saying which', async () => {
    const file = join(dir, 'missing.csv');
    await writeFile(file, '户编号,姓名\nX1,张三\n');
    await startImport(file);
    const alert = page.locator('.zf-import-job .ant-alert-error');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('缺少必需的列');
    expect(text).toContain('没有导入任何数据');
  });

  it('says plainly when the server cannot be reached', async () => {
    const offline = '**/api/v1/imports?**';
    await page.route(offline, (route) => route.abort('connectionrefused'));
    // Taken away even when the test fails, so the next test reaches the server.
    onTestFinished(() => page.unroute(offline));
    await startImport(await fileWithBadRow('IMPD'));
    await expect
      .poll(() => page.locator('.zf-import-form .ant-alert-error').innerText())
      .toContain('无法连接服务器');
  });

  it('shows the working year in the header and asks before importing into a year new to the county', async () => {
    // No year in the address: the page opens on the working year (the seeded 2020, the latest with data).
    await visit(page, server.consoleAt(`/r/${COUNTY}/import`), server.user);
    await expect
      .poll(() => page.locator('.zf-header .zf-working-year').innerText())
      .toMatch(/工作年度\s*2020/);
    expect(await page.locator('#zf-import-year').inputValue()).toBe('2020');
    await page.locator('#zf-import-year').fill('2019');
    await page.locator('.zf-import-form input[type=file]').setInputFiles(await fileWithBadRow('IMPY'));
    await page.locator('.zf-import-start').click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('导入到新的年度 2019');
    // Going back sends nothing: no job, no error under the form.
    await confirm.getByRole('button', { name: '返回修改年度' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(page.url()).not.toContain('job=');
    expect(await page.locator('.zf-import-form .ant-alert-error').count()).toBe(0);
    // Confirmed, the same file goes into 2019.
    await page.locator('.zf-import-start').click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '确认导入到 2019 年' }).click();
    await page.waitForURL(/job=\d+/);
    await page.locator('.zf-import-summary').waitFor();
    expect(await page.locator('.zf-import-summary .ant-descriptions').first().innerText()).toMatch(
      /新增\s*1/,
    );
  });

  it('lets a system administrator change the working year in the header, and the list follows', async () => {
    const admin = await server.addUser([{ role: 'system_admin', regionCode: '000000000000' }]);
    const own = await watchedPage(
      await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' }),
    );
    onTestFinished(() => own.page.context().close());
    await visit(own.page, server.consoleAt(`/r/${COUNTY}/households`), admin);
    const heading = own.page.getByText(/\d{4} 年度数据/);
    await expect.poll(() => heading.innerText()).toBe('2020 年度数据');
    await own.page.getByRole('combobox', { name: '工作年度' }).click();
    await own.page.locator('.ant-select-item-option', { hasText: /^2019$/ }).click();
    const confirm = own.page.locator('.ant-modal-confirm');
    expect(await confirm.innerText()).toContain('将工作年度改为 2019 年');
    await confirm.getByRole('button', { name: '确认修改' }).click();
    await expect.poll(() => heading.innerText()).toBe('2019 年度数据');
    // The county administrator sees it, read-only, on the next load; and back to 2020 for the tests after.
    expect(await server.api('GET', '/api/v1/settings/working-year')).toMatchObject({
      body: { year: 2019, canChange: false },
    });
    await own.page.getByRole('combobox', { name: '工作年度' }).click();
    await own.page.locator('.ant-select-item-option', { hasText: /^2020$/ }).click();
    await own.page.locator('.ant-modal-confirm').getByRole('button', { name: '确认修改' }).click();
    await expect.poll(() => heading.innerText()).toBe('2020 年度数据');
    expect(own.problems).toEqual([]);
  });

  it('exports the filtered household list as XLSX', async () => {
    await visit(page, server.consoleAt(`/r/${COUNTY}/households?year=2020&status=01`), server.user);
    await page.locator('.zf-household-table tbody tr.ant-table-row').first().waitFor();
    const button = page.locator('.zf-export');
    expect(await button.getAttribute('href')).toBe(
      `/api/v1/exports?region=${COUNTY}&year=2020&status=01&format=xlsx`,
    );
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = await readFile(await download.path());
    // An XLSX is a zip: it starts with PK.
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
