import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { COUNTY, startConsoleServer, type ConsoleServer } from './support/console-server.ts';
import { shortRegionName } from '../../web/src/region/code.ts';
import { typeDate, visit, watchedPage, watchTests, type WatchedPage } from './support/page.ts';

/**
 * The office console of the casework (issue 13), as a county administrator: a unit and cadres, a work team
 * refused with two members and accepted with three, a household paired with a cadre, the village page with
 * its branch, team, cadres, attendance and projects, and a project with a payment and its fund disclosure.
 * Each test makes what it needs besides its own steps through the API, under names of its own. Screenshots at
 * 1366 and 375 px go to SHOTS_DIR (default /tmp/shots-office) to be looked at.
 */
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-office';

let server: ConsoleServer;
let browser: Browser;
let context: BrowserContext;
let watched: WatchedPage;
let page: Page;
let village: { code: string; name: string };

beforeAll(async () => {
  [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
  watched = await watchedPage(context);
  page = watched.page;
  const household = server.households[0]!;
  const [row] = await server.db.query<{ name: string }>(`SELECT name FROM regions WHERE code = $1`, [
    household.regionCode,
  ]);
  village = { code: household.regionCode, name: shortRegionName(row!.name) };
  await mkdir(SHOTS, { recursive: true });
  // The county's portal, where a project's fund disclosure is written.
  const site = await server.api('POST', '/api/v1/portal/sites', {
    regionCode: `${COUNTY}000000`,
    name: '兰陵县人民政府',
  });
  expect(site.status, JSON.stringify(site.body)).toBe(201);
});

/** A step of the console waits up to PAGE_WAIT; a whole test of many steps gets longer than the default. */
const LONG = 240_000;

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

watchTests(() => watched);

const dialog = () => page.locator('.ant-modal.zf-user-form:visible');
const ok = () =>
  dialog()
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
/** A row of the list shown (the organisation's tabs keep only the open one in the page). */
const rowOf = (text: string) => page.locator('.zf-page .ant-table-row', { hasText: text });

/** Picks an option of an antd select by its text, typing first when asked. */
async function pick(field: Locator, option: string, search?: string): Promise<void> {
  await field.click();
  const input = field.locator('input');
  if (search) await input.fill(search);
  // The open list is the one the field's input controls (set while open): a list closed a moment ago is still
  // in the page, fading, with the same options, and a click there is lost.
  await expect.poll(() => input.getAttribute('aria-controls')).toBeTruthy();
  const list = await input.getAttribute('aria-controls');
  await page
    .locator('.ant-select-dropdown', { has: page.locator(`[id="${list}"]`) })
    .locator('.ant-select-item-option', { hasText: option })
    .first()
    .click();
}

const orgPage = (tabKey: string) => server.consoleAt(`/r/${COUNTY}/organisation?tab=${tabKey}`);

async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  // A drawer takes its phone width from a resize listener: the page fits once React has drawn it again.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth))
    .toBe(true);
  await page.screenshot({ path: `${SHOTS}/${name}-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 860 });
}

/** What a test needs of the organisation before its own steps, made through the API. */
async function created(path: string, body: unknown): Promise<number> {
  const answer = await server.api('POST', path, body);
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return (answer.body as { id: number }).id;
}

/** A unit of the county and three of its cadres, by these names. */
async function unitWithCadres(
  unit: string,
  cadres: readonly string[],
): Promise<{ unitId: number; cadreIds: number[] }> {
  const regionCode = `${COUNTY}000000`;
  const unitId = await created('/api/v1/units', {
    regionCode,
    name: unit,
    level: 'county',
    kind: 'institution',
  });
  const cadreIds: number[] = [];
  for (const name of cadres) {
    cadreIds.push(await created('/api/v1/cadres', { regionCode, name, unitId, post: '干部' }));
  }
  return { unitId, cadreIds };
}

describe('the office console', () => {
  it(
    'keeps units and cadres',
    async () => {
      await visit(page, orgPage('units'), server.user);
      await page.getByRole('button', { name: '新增帮扶单位' }).click();
      await dialog().locator('#name').fill('兰陵县乡村振兴局');
      await pick(dialog().locator('.ant-select', { has: page.locator('#level') }), '县级');
      await pick(dialog().locator('.ant-select', { has: page.locator('#kind') }), '党政机关');
      await ok();
      await dialog().waitFor({ state: 'detached' });
      await expect.poll(() => rowOf('兰陵县乡村振兴局').innerText()).toMatch(/县级\s+党政机关/);

      await visit(page, orgPage('cadres'), server.user);
      for (const [name, phone] of [
        ['张立军', '13800000001'],
        ['李红梅', '13800000002'],
      ] as const) {
        await page.getByRole('button', { name: '新增帮扶责任人' }).click();
        await dialog().locator('#name').fill(name);
        await pick(dialog().locator('.ant-select', { has: page.locator('#unitId') }), '兰陵县乡村振兴局');
        await dialog().locator('#post').fill('科员');
        await dialog().locator('#phone').fill(phone);
        await ok();
        await dialog().waitFor({ state: 'detached' });
        await expect.poll(() => rowOf(name).innerText()).toContain('兰陵县乡村振兴局');
      }
      expect(await rowOf('李红梅').innerText()).toContain('13800000002');
      await shoot('organisation-cadres');
    },
    LONG,
  );

  it(
    'refuses a work team of two and accepts one of three',
    async () => {
      await unitWithCadres('兰陵县农业农村局', ['钱队长', '孙书记', '周队员']);
      await visit(page, orgPage('teams'), server.user);
      await page.getByRole('button', { name: '新建驻村工作队' }).click();
      await pick(dialog().locator('.zf-village-select'), village.name, village.name);
      await pick(
        dialog().locator('.ant-select', { has: page.locator('#sendingUnitId') }),
        '兰陵县农业农村局',
      );
      await typeDate(page, '.ant-modal.zf-user-form:visible #termFrom', '2026-01-01');
      await typeDate(page, '.ant-modal.zf-user-form:visible #termTo', '2028-01-01');
      const rows = dialog().locator('.zf-team-member-row');
      await pick(rows.nth(0).locator('.ant-select').first(), '钱队长');
      await pick(rows.nth(1).locator('.ant-select').first(), '孙书记');
      await rows.nth(2).getByRole('button', { name: '移除该队员' }).click();
      await ok();
      // The rules' refusal (at least three), under the members; nothing was made.
      await expect.poll(() => dialog().locator('.zf-team-members').innerText()).toMatch(/至少.*3|3.*人/);
      await shoot('team-refused');

      await dialog().getByRole('button', { name: '增加队员' }).click();
      await pick(rows.nth(2).locator('.ant-select').first(), '周队员');
      await ok();
      await dialog().waitFor({ state: 'detached' });
      await expect.poll(() => rowOf(village.name).innerText()).toMatch(/钱队长.*孙书记.*周队员/s);
      expect(await rowOf(village.name).innerText()).toContain('第一书记');
    },
    LONG,
  );

  it(
    'pairs a household with a cadre and shows it on the household',
    async () => {
      const household = server.households[1]!;
      await unitWithCadres('兰陵县教育和体育局', ['吴帮扶']);
      await visit(page, orgPage('pairings'), server.user);
      await page.getByRole('button', { name: '新增结对' }).click();
      // The day first: Enter in a date field saves the form, as in any field.
      await typeDate(page, '.ant-modal.zf-user-form:visible #from', '2026-03-01');
      await pick(dialog().locator('.ant-select', { has: page.locator('#cadreId') }), '吴帮扶');
      await pick(
        dialog().locator('.ant-select', { has: page.locator('#householdId') }),
        household.headName,
        household.headName,
      );
      await ok();
      await dialog().waitFor({ state: 'detached' });
      await expect.poll(() => rowOf(household.headName).innerText()).toContain('吴帮扶');
      await shoot('organisation-pairings');

      await rowOf(household.headName).getByRole('link').click();
      await page.getByRole('tab', { name: '帮扶', exact: true }).click();
      const pairing = page.locator('.zf-casework-pairing');
      await expect.poll(() => pairing.innerText()).toContain('吴帮扶');
      expect(await pairing.innerText()).toContain('2026-03-01');
    },
    LONG,
  );

  it(
    'shows the village page: branch, team, cadres, attendance and projects',
    async () => {
      const household = server.households[2]!;
      const code = household.regionCode;
      const { unitId, cadreIds } = await unitWithCadres('兰陵县卫生健康局', ['郑队长', '冯书记', '陈队员']);
      await created('/api/v1/branches', {
        villageCode: code,
        name: '村党支部',
        secretaryName: '褚支书',
        membersCount: 31,
      });
      await created('/api/v1/teams', {
        villageCode: code,
        sendingUnitId: unitId,
        termFrom: '2026-01-01',
        termTo: '2028-01-01',
        members: [
          { cadreId: cadreIds[0], role: 'leader' },
          { cadreId: cadreIds[1], role: 'first_secretary' },
          { cadreId: cadreIds[2], role: 'member' },
        ],
      });
      await created('/api/v1/pairings', {
        cadreId: cadreIds[2],
        householdId: household.id,
        from: '2026-02-01',
      });
      await created('/api/v1/projects', {
        regionCode: `${COUNTY}000000`,
        name: '村卫生室改造',
        type: 'health',
        villageCodes: [code],
        contentScale: '改造村卫生室 80 平方米',
        funds: { county: 120000 },
        periodFrom: '2026-04-01',
        periodTo: '2026-09-30',
        responsibleUnit: '兰陵县卫生健康局',
      });

      await visit(page, orgPage('teams'), server.user);
      const [row] = await server.db.query<{ name: string }>(`SELECT name FROM regions WHERE code = $1`, [
        code,
      ]);
      const name = shortRegionName(row!.name);
      await rowOf(name).getByRole('link', { name }).click();
      const card = (title: string) => page.locator('.zf-village-page .ant-card', { hasText: title });
      await expect.poll(() => card('村党支部').first().innerText()).toContain('褚支书');
      expect(await card('村党支部').first().innerText()).toContain('31');
      await expect
        .poll(() => card('驻村工作队').innerText())
        .toMatch(/兰陵县卫生健康局[\s\S]*郑队长[\s\S]*第一书记/);
      // The paired cadre with the household they keep; the team's members in the attendance, 0 days so far.
      await expect.poll(() => card('帮扶责任人').innerText()).toContain('陈队员');
      await expect.poll(() => card('驻村考勤').innerText()).toMatch(/冯书记[\s\S]*0 \//);
      await expect.poll(() => card('项目').innerText()).toContain('村卫生室改造');
      await shoot('village');
    },
    LONG,
  );

  it(
    'asks a system administrator at the country to choose the region a unit is kept by',
    async () => {
      const admin = await server.addUser([{ role: 'system_admin', regionCode: '000000000000' }]);
      const other = await watchedPage(await browser.newContext({ viewport: { width: 1366, height: 860 } }));
      try {
        await visit(other.page, server.consoleAt('/r/00/organisation?tab=units'), admin);
        const toolbar = other.page.locator('.zf-org-toolbar');
        await expect.poll(() => toolbar.innerText()).toContain('在左侧选择所属地区后即可新增');
        expect(await toolbar.getByRole('button', { name: '新增帮扶单位' }).count()).toBe(0);
        // In the county the same administrator adds one.
        await visit(other.page, server.consoleAt(`/r/${COUNTY}/organisation?tab=units`), admin);
        await toolbar.getByRole('button', { name: '新增帮扶单位' }).waitFor();
        expect(other.problems).toEqual([]);
      } finally {
        await other.page.context().close();
      }
    },
    LONG,
  );

  it(
    'makes a project, records a payment and its fund disclosure',
    async () => {
      await visit(page, server.consoleAt(`/r/${COUNTY}/projects`), server.user);
      await page.getByRole('button', { name: '新建项目' }).click();
      const drawer = page.locator('.ant-drawer:visible');
      await drawer.locator('#name').fill('东庄村道路硬化');
      await pick(drawer.locator('.ant-select', { has: page.locator('#type') }), '基础设施');
      await pick(drawer.locator('.zf-village-select'), village.name, village.name);
      await drawer.locator('#contentScale').fill('硬化村内道路 2.5 公里');
      await drawer.locator('#funds_central').fill('300000');
      await drawer.locator('#funds_county').fill('50000.5');
      await expect.poll(() => drawer.locator('.zf-project-total').innerText()).toContain('350,000.50');
      await typeDate(page, '.ant-drawer:visible #periodFrom', '2026-03-01');
      await typeDate(page, '.ant-drawer:visible #periodTo', '2026-10-31');
      await drawer.locator('#responsibleUnit').fill('兰陵县交通运输局');
      await shoot('project-form');
      await drawer.getByRole('button', { name: /保\s*存/ }).click();
      await page.locator('.zf-page-title', { hasText: '东庄村道路硬化' }).waitFor();

      await page.getByRole('button', { name: '登记拨付' }).click();
      await typeDate(page, '.ant-modal.zf-user-form:visible #paidOn', '2026-05-20');
      await dialog().locator('#amount').fill('100000');
      await pick(dialog().locator('.ant-select', { has: page.locator('#source') }), '中央财政');
      await dialog().locator('#voucherNo').fill('LL-2026-0518');
      await ok();
      await dialog().waitFor({ state: 'detached' });
      await page.locator('.ant-table-row', { hasText: 'LL-2026-0518' }).waitFor();

      await page.getByRole('button', { name: '生成资金公示' }).click();
      await page.getByRole('link', { name: '查看公示文章' }).waitFor();
      await shoot('project');
    },
    LONG,
  );
});
