import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { householdCase, noticeFor } from '../support/notice-fixtures.ts';
import { launchBrowser } from './support/browser.ts';
import { COUNTY, startConsoleServer, type ConsoleServer } from './support/console-server.ts';
import { contextAt, visit, watchedPage, watchTests, type WatchedPage } from './support/page.ts';

/**
 * The public portal in a real browser, as the public reads it on a desktop (1366 px) and on a village phone
 * (375 px), with JavaScript and without: the county's home, the seed's kind of article page, the font size,
 * an editor publishing and withdrawing from the console, an objection sent from a notice page and a
 * complaint tracked to its answer. The public forms ask the human check, which the test answers as a reader.
 */
const COUNTY_CODE = `${COUNTY}000000`;
const SITE_NAME = '兰陵县人民政府';
const TOWN_VILLAGE_PARENT = `${COUNTY}106000`;

interface Article {
  id: number;
  version: number;
}

let server: ConsoleServer;
let browser: Browser;
let siteId: number;
let editor: { username: string; password: string };
let editorApi: ConsoleServer['api'];
let workColumn: number;
let watched: WatchedPage | undefined;

/** A browser of the public: a phone (375 px) or a desktop, with or without JavaScript. */
async function reader(width: 1366 | 375, javaScriptEnabled: boolean): Promise<BrowserContext> {
  return contextAt(browser, width, { javaScriptEnabled });
}

const sitePage = (rest = '') => `${server.url}/s/${COUNTY}/${rest}`;

/** An article drafted and published by the editor through the API, in 工作动态. */
async function publishedArticle(title: string, paragraphs: string[]): Promise<Article> {
  const draft = await editorApi('POST', '/api/v1/portal/articles', {
    siteId,
    columnId: workColumn,
    kind: 'article',
    title,
    bodyHtml: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    source: '兰陵县乡村振兴局',
    author: '李晓明',
    organisation: '兰陵县乡村振兴局',
  });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  const { id, version } = draft.body as Article;
  const published = await editorApi('POST', `/api/v1/portal/articles/${id}/actions`, {
    action: 'publish',
    version,
  });
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  return published.body as Article;
}

/** The arithmetic question of a public form, answered as a reader does. */
async function answerHumanCheck(page: Page): Promise<void> {
  const question = await page.locator('label', { hasText: '验证问题' }).innerText();
  const found = /(\d+)\s*(加|减)\s*(\d+)/.exec(question);
  if (!found) throw new Error(`an unexpected check question: ${question}`);
  const [a, b] = [Number(found[1]), Number(found[3])];
  await page.locator('input[name="humanAnswer"]').fill(String(found[2] === '加' ? a + b : a - b));
}

/** Whether the page fits the screen's width (nothing to scroll sideways on a phone). */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startConsoleServer();
  const site = await server.api('POST', '/api/v1/portal/sites', {
    regionCode: COUNTY_CODE,
    name: SITE_NAME,
  });
  expect(site.status, JSON.stringify(site.body)).toBe(201);
  const created = site.body as { id: number; columns: { id: number; slug: string }[] };
  siteId = created.id;
  workColumn = created.columns.find((c) => c.slug === 'work')!.id;
  editor = await server.addUser([{ role: 'editor', regionCode: COUNTY_CODE }]);
  editorApi = await server.apiAs(editor);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

watchTests(() => watched);

describe('the portal', () => {
  it('opens on the county’s home with the 管理入口 link, at 1366 and 375 px, with and without JavaScript', async () => {
    for (const width of [1366, 375] as const) {
      for (const js of [true, false]) {
        const context = await reader(width, js);
        const page = await context.newPage();
        const res = await page.goto(`${server.url}/`);
        const label = `${width} px, JavaScript ${js ? 'on' : 'off'}`;
        expect(res?.status(), label).toBe(200);
        expect(await page.locator('.masthead .brand').innerText(), label).toContain('兰陵县');
        const staff = page.getByRole('link', { name: '管理入口' });
        expect(await staff.getAttribute('href'), label).toBe('/console/');
        expect(await fitsWidth(page), label).toBe(true);
        if (js && width === 1366) {
          // Staff follow it to the console's login.
          await staff.click();
          await page.locator('.zf-login').waitFor();
          expect(new URL(page.url()).pathname).toBe('/console/login');
        }
        await context.close();
      }
    }
  });

  it('shows an article as the seed page does: breadcrumb, title, time, byline and text', async () => {
    const paragraphs = ['车辋镇今年新建的蔬菜大棚已全部投入使用。', '合作社吸纳二十余户脱贫户务工。'];
    const article = await publishedArticle('车辋镇蔬菜大棚投产', paragraphs);
    for (const [width, js] of [
      [375, false],
      [1366, true],
    ] as const) {
      const context = await reader(width, js);
      const page = await context.newPage();
      const label = `${width} px, JavaScript ${js ? 'on' : 'off'}`;
      expect((await page.goto(sitePage(`a/${article.id}`)))?.status(), label).toBe(200);
      expect(await page.locator('.crumbs').innerText(), label).toMatch(/^当前位置：首页 \/ 工作动态/);
      expect(await page.locator('main h1').innerText(), label).toBe('车辋镇蔬菜大棚投产');
      expect(await page.locator('.meta time').innerText(), label).toMatch(
        /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/,
      );
      expect(await page.locator('.byline').innerText(), label).toContain('作者：李晓明');
      const body = await page.locator('main .body').innerText();
      for (const p of paragraphs) expect(body, label).toContain(p);
      expect(await fitsWidth(page), label).toBe(true);
      await context.close();
    }
  });

  it('changes the font size without JavaScript, and the size stays from page to page', async () => {
    const article = await publishedArticle('全县防返贫监测工作会议召开', [
      '会议部署了下半年的监测帮扶工作。',
    ]);
    const context = await reader(375, false);
    const page = await context.newPage();
    await page.goto(sitePage(`a/${article.id}`));
    expect(await page.locator('html').getAttribute('class')).toContain('size-m');
    await page.locator('.meta a[data-size="l"]').click();
    await page.waitForURL(sitePage(`a/${article.id}`));
    expect(await page.locator('html').getAttribute('class')).toContain('size-l');
    expect(await page.locator('.meta a[data-size="l"]').getAttribute('aria-current')).toBe('true');
    await page.goto(`${server.url}/`);
    expect(await page.locator('html').getAttribute('class')).toContain('size-l');
    await context.close();
  });
});

describe('the editor', () => {
  it('publishes an article from the console and withdraws it; the page then answers 410', async () => {
    const draft = await editorApi('POST', '/api/v1/portal/articles', {
      siteId,
      columnId: workColumn,
      kind: 'article',
      title: '兰陵县小额信贷政策解读',
      bodyHtml: '<p>脱贫户可申请五万元以下的小额信贷。</p>',
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const { id } = draft.body as Article;
    const publicPage = sitePage(`a/${id}`);
    expect((await fetch(publicPage)).status).toBe(404);

    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    watched = await watchedPage(context);
    const { page } = watched;
    await visit(page, server.consoleAt(`/r/${COUNTY}/portal/articles/${id}`), editor);
    await page.locator('.zf-portal-action-publish').click();
    await expect.poll(() => page.locator('.zf-portal-article-meta').innerText()).toContain('已发布');
    const shown = await fetch(publicPage);
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain('兰陵县小额信贷政策解读');

    await page.locator('.zf-portal-action-withdraw').click();
    const modal = page.locator('.zf-portal-action-modal-withdraw');
    await modal.locator('.zf-portal-action-reason').fill('政策已调整，待更新后重新发布');
    await modal.getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => page.locator('.zf-portal-article-meta').innerText()).toContain('已撤回');

    const reader375 = await reader(375, false);
    const gone = await reader375.newPage();
    expect((await gone.goto(publicPage))?.status()).toBe(410);
    expect(await gone.locator('main h1').innerText()).toBe('该信息已撤销');
    expect(await gone.locator('main').innerText()).not.toContain('兰陵县小额信贷政策解读');
    await reader375.close();
    await context.close();
    watched = undefined;
  });
});

describe('the public', () => {
  it('sends an objection from a notice page without JavaScript, and it reaches its case', async () => {
    const [village] = await server.db.query<{ code: string }>(
      `SELECT code FROM regions WHERE parent_code = $1 ORDER BY code LIMIT 1`,
      [TOWN_VILLAGE_PARENT],
    );
    const fixture = await householdCase(server.app, village!.code, { headName: '孙守田' });
    const notice = await noticeFor(server.app, fixture.caseId, { date: '2026-06-28', days: 7 });

    const context = await reader(375, false);
    const page = await context.newPage();
    expect((await page.goto(sitePage(`notices/${notice.serial}`)))?.status()).toBe(200);
    const objection = '该户家中有在外务工人员，收入情况与公示不符，请核实。';
    await page.locator('#objection-content').fill(objection);
    await answerHumanCheck(page);
    await page.getByRole('button', { name: '提交异议' }).click();
    await expect.poll(() => page.locator('main h1').innerText()).toBe('异议已收到');
    expect(await page.locator('main').innerText()).toContain(notice.serial);
    await context.close();

    // The case shows it, from the public, against this notice.
    const shown = await server.api('GET', `/api/v1/cases/${fixture.caseId}`);
    expect(shown.status).toBe(200);
    const { objections } = shown.body as {
      objections: { noticeId: number; source: string; content: string }[];
    };
    expect(objections).toEqual([
      expect.objectContaining({ noticeId: notice.id, source: 'public', content: objection }),
    ]);
  });

  it('sends a complaint from the portal and tracks it to its answer', async () => {
    const context = await reader(1366, true);
    const page = await context.newPage();
    await page.goto(sitePage('complaints/new'));
    await page.locator('#c-title').fill('村里公益岗位工资未按时发放');
    await page.locator('#c-content').fill('本村公益岗位人员三个月未领到工资，请有关部门核查。');
    await page.locator('input[name="anonymous"]').check();
    await answerHumanCheck(page);
    await page.getByRole('button', { name: '提交举报' }).click();
    await expect.poll(() => page.locator('main h1').innerText()).toBe('举报已受理');
    const receipt = page.locator('.notice-box strong');
    const [trackingNo, queryCode] = [await receipt.nth(0).innerText(), await receipt.nth(1).innerText()];

    // The county's handler answers it (through the API, as the console does).
    const inbox = await server.api('GET', '/api/v1/complaints');
    const item = (inbox.body as { items: { id: number; trackingNo: string; version: number }[] }).items.find(
      (c) => c.trackingNo === trackingNo,
    );
    expect(item, JSON.stringify(inbox.body)).toBeDefined();
    const accepted = await server.api('POST', `/api/v1/complaints/${item!.id}/actions`, {
      action: 'accept',
      version: item!.version,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const reply = '经核查，工资已于本周补发到位，今后按月发放。';
    const replied = await server.api('POST', `/api/v1/complaints/${item!.id}/actions`, {
      action: 'reply',
      version: (accepted.body as { version: number }).version,
      reply,
    });
    expect(replied.status, JSON.stringify(replied.body)).toBe(200);

    await page.getByRole('link', { name: '查询办理情况' }).click();
    await page.locator('#t-code').fill(queryCode);
    await page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => page.locator('.notice-box').innerText()).toContain(reply);
    expect(await page.locator('.notice-box').innerText()).toContain(trackingNo);
    await context.close();
  });
});
