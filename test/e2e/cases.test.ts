import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { householdInput } from '../support/factories.ts';
import { seedHousehold } from '../support/seed.ts';
import { launchBrowser } from './support/browser.ts';
import { COUNTY, startConsoleServer, type ConsoleServer } from './support/console-server.ts';
import {
  buttonName as named,
  pageAs,
  visibleModal as modal,
  type WatchedPage,
  watchTests,
} from './support/page.ts';

/**
 * The procedures in the browser, each step by the role the table names, each in its own browser: a whole
 * identification of an ordinary household — the village cadre opens it and takes the village's steps (the
 * minutes uploaded as a file, the votes), the town official approves and ends the town notice, the county
 * administrator finds it in the inbox and registers the household; the notice prints in a new tab — and an
 * exit refused at verification because the household's income is below the line, the failing criterion named.
 * Steps are dated in the past (the test server's today is 2026-06-30), so every notice has run its period.
 */
let server: ConsoleServer;
let browser: Browser;

let current: WatchedPage | undefined;
let village: string;
let town: string;
type Login = { username: string; password: string };
let cadre: Login;
let official: Login;

const TOWN = `${COUNTY}106`;
const SHOTS = 'test-results/screenshots';
/** A small PDF, as a scanned minutes file would be (the server checks the file's own bytes). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

beforeAll(async () => {
  [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  const [first] = await server.db.query<{ code: string }>(
    `SELECT code FROM regions WHERE parent_code = $1 ORDER BY code LIMIT 1`,
    [`${TOWN}000`],
  );
  village = first!.code;
  town = `${TOWN}000`;
  cadre = await server.addUser([{ role: 'village_cadre', regionCode: village }]);
  official = await server.addUser([{ role: 'town_official', regionCode: town }]);
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

watchTests(() => current);

/** A browser of its own for one user (a phone when `width` is 375), logged in at `url`. */
async function as(user: Login, url: string, width = 1280): Promise<Page> {
  current = await pageAs(browser, server.consoleAt(url), user, width);
  return current.page;
}

/**
 * Types a day into a date picker of a modal and leaves it with Tab (Enter would send a form of one field, not
 * one of several: the modal's button sends every form alike).
 */
async function setDate(page: Page, selector: string, day: string): Promise<void> {
  const input = page.locator(selector);
  await input.click();
  await input.fill(day);
  await input.press('Tab');
  await expect.poll(() => input.inputValue()).toBe(day);
}

/** Picks an option of an antd select in the open modal by its text. */
async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.locator(field).click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: option,
    })
    .first()
    .click();
}

/** Takes a step from the case page: its button, what `fill` enters, the date, submit; waits for the stage. */
async function step(page: Page, action: string, date: string, stage: string, fill?: () => Promise<void>) {
  await page
    .locator('.zf-case-actions')
    .getByRole('button', { name: named(action) })
    .click();
  await modal(page).waitFor();
  await fill?.();
  await setDate(page, '#case-action_date', date);
  await modal(page)
    .getByRole('button', { name: named('提交') })
    .click();
  // The modal closes, or the server's refusal shows in it (said at once rather than after a timeout).
  const refusal = page.locator('.ant-modal:visible .zf-case-refusal');
  await expect
    .poll(async () => ((await refusal.count()) > 0 ? await refusal.innerText() : await modal(page).count()))
    .toBe(0);
  await expect.poll(() => page.locator('.zf-case-head').innerText()).toContain(stage);
}

/** Opens a case of `type` from the household page: the procedures tab, the start button, reason and date. */
async function start(page: Page, type: string, date: string): Promise<number> {
  await page.getByRole('tab', { name: /^程序$/ }).click();
  await page
    .locator('.zf-case-start')
    .getByRole('button', { name: named(type) })
    .click();
  await modal(page).waitFor();
  await page.locator('#case-start_year').fill('2020');
  await page.locator('#case-start_reason').fill('本人申请，家庭收入低');
  await setDate(page, '#case-start_date', date);
  await modal(page)
    .getByRole('button', { name: named('发起') })
    .click();
  await page.waitForURL(/\/cases\/\d+/);
  await page.locator('.zf-case-head').waitFor();
  return Number(/\/cases\/(\d+)/.exec(page.url())![1]);
}

describe('the procedures in the console', () => {
  it('a whole identification, step by step by the roles of the table', async () => {
    // An ordinary household (type 00, no status) registered through the API, income below the 2020 line.
    const created = await server.api(
      'POST',
      '/api/v1/households',
      householdInput(village, {
        facts: {
          householdType: '00',
          wageIncome: 6000,
          businessIncome: 3000,
          propertyIncome: 0,
          transferIncome: 1200,
          businessCosts: 1200,
          foodSecure: true,
          clothingSecure: true,
        },
        housingRating: 'A',
        safeWater: true,
      }),
    );
    expect(created.status).toBe(201);
    const householdId = (created.body as { id: number }).id;

    // The village cadre applies for the household and takes the village's steps.
    let page = await as(cadre, `/r/${village}/households/${householdId}`);
    const id = await start(page, '贫困户识别', '2026-05-01');
    await expect.poll(() => page.locator('.zf-case-head').innerText()).toContain('已申请');
    await step(page, '民主评议', '2026-05-03', '已民主评议', async () => {
      await modal(page).locator('input[type=file]').setInputFiles({
        name: '评议会议记录.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await modal(page).locator('.zf-evidence-name').waitFor();
      await page.locator('#case-action_votes_present').fill('9');
      await page.locator('#case-action_votes_for').fill('8');
      await page.locator('#case-action_votes_against').fill('1');
    });
    await step(page, '核实', '2026-05-05', '已核实', async () => {
      await choose(page, '#case-action_householdType', '一般贫困户');
      await choose(page, '#case-action_mainCause', '因病');
    });
    await step(page, '发布公示', '2026-05-06', '村级公示中');
    await step(page, '结束公示', '2026-05-14', '乡镇审核');
    // The village has no step left but withdrawing; the timeline holds its four steps and the upload.
    await expect
      .poll(() => page.locator('.zf-case-actions').getByRole('button').allInnerTexts())
      .toEqual([expect.stringMatching(named('撤回'))]);
    await expect.poll(() => page.locator('.zf-case-timeline').innerText()).toContain('评议会议记录.pdf');

    // The town official approves (posting the town notice) and ends it.
    page = await as(official, `/r/${TOWN}/cases/${id}`);
    await step(page, '乡镇审核通过', '2026-05-15', '乡镇公示中');
    await step(page, '结束公示', '2026-05-23', '县级审批');

    // The county administrator finds it in the inbox, under the county's stage, and registers the household.
    page = await as(server.user, `/r/${COUNTY}/cases`);
    await page.locator('.zf-workbar').getByText('县级审批').click();
    await expect.poll(() => page.locator('.zf-nav-cases').innerText()).toMatch(/\d/);
    await page.screenshot({ path: `${SHOTS}/cases-inbox-1280.png`, fullPage: true });
    await page
      .locator('.zf-case-table')
      .getByRole('link', { name: new RegExp(`#${id}$`) })
      .click();
    await step(page, '县级审批通过', '2026-05-25', '已识别');
    await expect.poll(() => page.locator('.zf-case-head').innerText()).toContain('已办结');
    await page.screenshot({ path: `${SHOTS}/cases-case-1280.png`, fullPage: true });

    // The notices: village, town and the county's announcement; the first prints in a new tab.
    await page.getByRole('tab', { name: /公示公告/ }).click();
    await expect.poll(() => page.locator('.zf-case-notices .ant-list-item').count()).toBe(3);
    const [printed] = await Promise.all([
      page.context().waitForEvent('page'),
      page
        .locator('.zf-case-notices')
        .getByRole('link', { name: /预览打印/ })
        .first()
        .click(),
    ]);
    await printed.waitForLoadState();
    expect(printed.url()).toMatch(/\/api\/v1\/notices\/.+\.html$/);
    expect(await printed.locator('body').innerText()).toContain('公示');
    await printed.close();

    // The household is registered: status 01, type 01, through the procedure.
    const household = await server.api('GET', `/api/v1/households/${householdId}?year=2020`);
    expect(household.body).toMatchObject({ facts: { status: '01', householdType: '01', mainCause: '01' } });

    // The same case page on a phone.
    page = await as(server.user, `/r/${COUNTY}/cases/${id}`, 375);
    await page.locator('.zf-case-head').waitFor();
    await page.screenshot({ path: `${SHOTS}/cases-case-375.png`, fullPage: true });
    await page.goto(server.consoleAt(`/r/${COUNTY}/cases?state=all`));
    await page.locator('.zf-case-cards').waitFor();
    await page.screenshot({ path: `${SHOTS}/cases-inbox-375.png`, fullPage: true });
    // Three people's browsers and fourteen page loads: longer than one page's test.
  }, 300_000);

  it('an exit refused at verification: the income is below the line, and the criterion says so', async () => {
    // A poor household recorded before the system, its income of 2020 below the line (4,000 a person).
    const input = householdInput(village, { housingRating: 'A', safeWater: true });
    const { id: householdId } = await seedHousehold(server.app, undefined, {
      ...input,
      facts: {
        ...input.facts,
        status: '01',
        householdType: '01',
        mainCause: '01',
        wageIncome: 6000,
        businessIncome: 0,
        transferIncome: 0,
        businessCosts: 0,
        foodSecure: true,
        clothingSecure: true,
      },
    });
    const page = await as(cadre, `/r/${village}/households/${householdId}`);
    await start(page, '贫困户退出', '2026-05-01');
    await page
      .locator('.zf-case-actions')
      .getByRole('button', { name: named('核实') })
      .click();
    await setDate(page, '#case-action_date', '2026-05-03');
    await modal(page)
      .getByRole('button', { name: named('提交') })
      .click();
    const refusal = modal(page).locator('.zf-case-refusal');
    await refusal.waitFor();
    const text = await refusal.innerText();
    expect(text).toMatch(/人均纯收入 2,?000(\.00)? 元低于贫困标准/);
    await page.screenshot({ path: `${SHOTS}/cases-refused-1280.png`, fullPage: true });
    // Nothing moved: the case is still proposed.
    await modal(page)
      .getByRole('button', { name: named('取消') })
      .click();
    await expect.poll(() => page.locator('.zf-case-head').innerText()).toContain('已提出');
  });
});
