import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditedWrite } from '../support/auth.ts';
import { launchBrowser } from './support/browser.ts';
import { COUNTY, startConsoleServer, type ConsoleServer } from './support/console-server.ts';
import { visit, watchedPage, watchTests, type WatchedPage } from './support/page.ts';

/**
 * A paired cadre's phone (375 × 812) in a village without network: they land on 我的帮扶户, record a visit with
 * a photo and a problem while offline, see it waiting on the phone, and when the network returns it is sent
 * once; then they check in. Screenshots of each page go to $ZHENFU_SHOTS when it names a folder.
 */
let server: ConsoleServer;
let browser: Browser;
let context: BrowserContext;
let watched: WatchedPage;
let page: Page;
let cadre: { username: string; password: string };

const SHOTS = process.env.ZHENFU_SHOTS;
async function shot(name: string): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startConsoleServer(), launchBrowser()]);
  cadre = await server.addUser([{ role: 'paired_cadre', regionCode: `${COUNTY}000000` }]);
  const [{ id: userId }] = (await server.db.query<{ id: number }>(
    `SELECT id::int FROM users WHERE username = $1`,
    [cadre.username],
  )) as [{ id: number }];
  // The organisation's records (helper A's pages make them): the cadre and two paired households.
  await auditedWrite(
    server.db,
    `INSERT INTO cadres (region_code, name, phone, user_id) VALUES ($1, '李帮扶', '13800001111', $2)`,
    [`${COUNTY}000000`, userId],
  );
  for (const household of server.households.slice(0, 2)) {
    await auditedWrite(
      server.db,
      `INSERT INTO pairings (cadre_id, household_id, from_date)
       SELECT id, $2, '2026-01-01' FROM cadres WHERE user_id = $1`,
      [userId, household.id],
    );
  }
  context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    geolocation: { latitude: 34.857, longitude: 118.052, accuracy: 15 },
    permissions: ['geolocation'],
  });
  watched = await watchedPage(context);
  page = watched.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

watchTests(() => watched);

/** A real JPEG, drawn on a canvas in the browser (the server checks a photo by its bytes). */
async function jpeg(): Promise<Buffer> {
  const data = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 48;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#3a7';
    g.fillRect(0, 0, 64, 48);
    return canvas.toDataURL('image/jpeg', 0.9).split(',')[1]!;
  });
  return Buffer.from(data, 'base64');
}

const visitsOf = async (householdId: number) =>
  (
    await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM visits WHERE household_id = $1`, [
      householdId,
    ])
  )[0]!.n;

describe('the field console on a paired cadre’s phone', () => {
  it('records a visit offline and sends it once when the network returns', async () => {
    const [first] = server.households;
    await visit(page, server.consoleAt('/'), cadre);
    await page.waitForURL(/\/r\/371324\/field$/);
    await page.getByRole('heading', { name: '我的帮扶户' }).waitFor();
    await expect(page.getByTestId('field-household').count()).resolves.toBe(2);
    await shot('field-home');

    // The form is opened while the network is there (it reads the household's facts), then the network goes.
    await page
      .getByTestId('field-household')
      .filter({ hasText: first!.headName })
      .getByRole('button', { name: /走\s*访/ })
      .click();
    await page.getByRole('heading', { name: '走访记录' }).waitFor();
    await page.getByText(/精度约 15 米/).waitFor();
    const photo = await jpeg();
    // What reached the server: every POST of a visit answered, to count them and read what they carried.
    const posted: { clientId: string; photos?: unknown[]; problems?: unknown[] }[] = [];
    page.on('requestfinished', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/v1/visits')) {
        posted.push(request.postDataJSON() as (typeof posted)[number]);
      }
    });
    await context.setOffline(true);

    await page.getByTestId('check-water').click();
    await page
      .getByTestId('photo-input')
      .setInputFiles({ name: 'visit.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.locator('.zf-photo img').waitFor();
    await page.getByRole('button', { name: '添加问题' }).click();
    await page.getByRole('combobox', { name: '问题类别' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '饮水安全' }).click();
    await page.getByRole('textbox', { name: '问题描述' }).fill('自来水停水两周，需协调供水站');
    await page.getByLabel('走访情况').fill('户主在家，身体良好');
    await shot('field-visit');
    await page.getByRole('button', { name: '保存并发送' }).click();

    // Back on the list: the visit waits on the phone, nothing reached the server.
    await page.getByRole('heading', { name: '我的帮扶户' }).waitFor();
    await expect(page.getByTestId('outbox-count').innerText()).resolves.toBe('1 条待发送');
    await page.getByText('离线').waitFor();
    await shot('field-home-offline');
    expect(await visitsOf(first!.id)).toBe(0);

    await context.setOffline(false);
    await page.getByTestId('outbox-count').filter({ hasText: '全部已发送' }).waitFor();
    expect(await visitsOf(first!.id)).toBe(1);
    const asCadre = await server.apiAs(cadre);
    const listed = (await asCadre('GET', `/api/v1/visits?householdId=${first!.id}`)) as {
      status: number;
      body: {
        items: { checks: Record<string, boolean>; photos: unknown[]; notes: string }[];
      };
    };
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0]).toMatchObject({
      notes: '户主在家，身体良好',
      checks: { water: false, food: true },
    });
    expect(listed.body.items[0]!.photos).toHaveLength(1);
    // Sent once, with its photo and the problem found (the server opens it in the problem list).
    expect(posted.filter((body) => body.clientId === posted[0]!.clientId)).toHaveLength(1);
    expect(posted[0]).toMatchObject({
      photos: [{}],
      problems: [{ category: 'water', description: '自来水停水两周，需协调供水站' }],
    });
  });

  it('checks in at a village and lists today’s check-in', async () => {
    await page.getByRole('link', { name: /驻村打卡/ }).click();
    await page.getByRole('heading', { name: '驻村打卡' }).waitFor();
    await page.getByText(/精度约 15 米/).waitFor();
    await page.getByRole('combobox', { name: /所在村/ }).click();
    await page.locator('.ant-select-item-option').first().click();
    await page.getByRole('button', { name: /打\s*卡/ }).click();
    await page.getByTestId('checkin-row').filter({ hasText: '已发送' }).waitFor();
    await shot('field-checkin');
    const [{ n }] = (await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM checkins`)) as [
      { n: number },
    ];
    expect(n).toBe(1);
  });
});
