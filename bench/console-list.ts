/**
 * The household list of a large county in the browser (issue #3, "Speed"): how long from changing a filter to
 * the new rows on the screen.
 *
 *   npx tsx bench/console-list.ts [--households 100000] [--rounds 4]
 *
 * Fills a fresh in-memory PGlite with N households of 3–4 members over the villages of 兰陵县 371324 (the
 * set-based, audited fill of bench/support/fill.ts, facts of 2020), starts the real server with the built
 * console, and logs a county administrator in through the login page of headless Chromium. On the county's
 * list (50 rows a page, keyset paging), each round changes one filter at a time, starting from the unfiltered
 * list each time (清除条件 between them):
 *
 * - **status**: 户状态 chosen in its select (a different status each round);
 * - **main cause**: 致贫原因 chosen in its select (a different cause each round);
 * - **name search**: a member's name typed into the search box and Enter (a different name each round).
 *
 * Every value is new to the page, so no answer comes from the console's query cache. The time of one change
 * runs from the user's action (the click on the option, the Enter key: noted inside the page by a capturing
 * listener) to the first animation frame in which the table shows the answer to that very query (the
 * console's request for it has answered and the table is no longer loading), both read from the page's own
 * clock. The request's own time (sent → answered, as the page's fetch sees it) is printed beside it, so the
 * server's share can be told from the browser's. Median and max per filter; the last line is JSON.
 */
import type { Page } from 'playwright-core';
import { consoleAddress } from '../src/app/static.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { codeLabel } from '../src/modules/registry/codes.ts';
import {
  countyAdmin,
  freshContext,
  frameWhen,
  launch,
  LIST_SHOWN,
  logIn,
  probes,
  startConsole,
} from './console-support.ts';
import { numberOption } from './support/args.ts';
import { openBenchDb } from './support/db.ts';
import { fillRegistry } from './support/fill.ts';
import { line, loadAverage, machine, median, round } from './support/report.ts';

const HOUSEHOLDS = numberOption('households', 100_000);
const ROUNDS = numberOption('rounds', 4);
const COUNTY = '371324';
const YEAR = 2020;

type Filter = 'status' | 'cause' | 'search';

interface Sample {
  filter: Filter;
  value: string;
  /** From the user's action to the frame showing the answer. */
  ms: number;
  /** From the action to the list request going out (the page's own work before asking). */
  beforeRequestMs: number;
  /** The list request alone, as the page's fetch saw it. */
  requestMs: number;
  /** From the answer to the frame showing it (parsing and rendering the rows). */
  renderMs: number;
  rows: number;
}

const SELECTS: Record<Exclude<Filter, 'search'>, { label: string; param: string }> = {
  status: { label: '户状态', param: 'status' },
  cause: { label: '致贫原因', param: 'cause' },
};

/** The frame in which the table shows the answer to the list request whose query has `param=value`. */
async function answerShown(page: Page, param: string, value: string): Promise<number> {
  const wanted = new URLSearchParams({ [param]: value }).toString();
  return frameWhen(
    page,
    `(() => {
      const b = window.__bench;
      const last = b.lists[b.lists.length - 1];
      const answered = last && last.answered > b.changedAt && last.query.includes(${JSON.stringify(wanted)});
      const settled = !document.querySelector('.zf-household-table .ant-spin-spinning');
      return answered && settled && document.querySelector('.zf-household-table tbody');
    })()`,
  );
}

async function measure(page: Page, filter: Filter, value: string, label: string): Promise<Sample> {
  if (filter === 'search') {
    const box = page.getByRole('searchbox');
    await box.fill(value);
    await box.press('Enter');
  } else {
    await page.getByRole('combobox', { name: SELECTS[filter].label }).click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: label,
      })
      .first()
      .click();
  }
  const shownAt = await answerShown(page, filter === 'search' ? 'q' : SELECTS[filter].param, value);
  const bench = await probes(page);
  const request = bench.lists[bench.lists.length - 1]!;
  const rows = await page.locator('.zf-household-table tbody tr.ant-table-row').count();
  return {
    filter,
    value,
    ms: shownAt - bench.changedAt,
    beforeRequestMs: request.sent - bench.changedAt,
    requestMs: request.answered - request.sent,
    renderMs: shownAt - request.answered,
    rows,
  };
}

/** Back to the unfiltered list (answered from the console's cache, or refetched when stale). */
async function clear(page: Page): Promise<void> {
  await page.getByRole('button', { name: '清除条件' }).click();
  await page.waitForURL((url) => !['status=', 'cause=', 'q='].some((p) => url.search.includes(p)));
  await frameWhen(page, LIST_SHOWN);
}

const bench = await openBenchDb('pglite');
const loadAtStart = loadAverage();
line(`${bench.version}; load average ${loadAtStart}`);
await loadRegions(bench.db, { county: COUNTY });
const fill = await fillRegistry(bench.db, {
  county: COUNTY,
  households: HOUSEHOLDS,
  years: [YEAR],
  members: true,
  chunk: 50_000,
});
await bench.db.exec('ANALYZE');
line(
  `fill: ${fill.households} households, ${fill.members} members in ${fill.seconds.toFixed(1)} s; ` +
    `load average ${loadAverage()}`,
);

// Values of each round, each new to the page: the statuses and the commonest causes, labelled as the code
// tables label them, and names of members spread over the registry.
const STATUSES = ['01', '02', '03', '04'];
const causes = await bench.db.query<{ code: string }>(
  `SELECT main_cause AS code FROM household_years WHERE year = $1 GROUP BY 1 ORDER BY count(*) DESC`,
  [YEAR],
);
const [{ members } = { members: 0 }] = await bench.db.query<{ members: number }>(
  'SELECT count(*)::int AS members FROM members',
);
const plan: { filter: Filter; value: string; label: string }[][] = [];
for (let r = 0; r < ROUNDS; r += 1) {
  const status = STATUSES[r % STATUSES.length]!;
  const cause = causes[r % causes.length]!.code;
  const [person] = await bench.db.query<{ name: string }>(
    'SELECT name FROM members ORDER BY id OFFSET $1 LIMIT 1',
    [Math.floor(((r + 0.5) * members) / ROUNDS)],
  );
  const name = person?.name ?? '王';
  plan.push([
    { filter: 'status', value: status, label: codeLabel('household_status', status, 'zh') ?? status },
    { filter: 'cause', value: cause, label: codeLabel('poverty_cause', cause, 'zh') ?? cause },
    { filter: 'search', value: name, label: name },
  ]);
}

const user = await countyAdmin(bench.db, COUNTY);
const server = await startConsole(bench.db);
const browser = await launch();
const samples: Sample[] = [];
try {
  const context = await freshContext(browser);
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(consoleAddress(server.url, `/r/${COUNTY}/households?year=${YEAR}`));
  await page.waitForURL(/\/login/);
  await logIn(page, user);
  await frameWhen(page, LIST_SHOWN);
  for (const [r, round] of plan.entries()) {
    for (const step of round) {
      const sample = await measure(page, step.filter, step.value, step.label);
      samples.push(sample);
      line(
        `round ${r + 1} ${step.filter.padEnd(6)} ${step.label}: ${Math.round(sample.ms)} ms to the rows ` +
          `(before the request ${Math.round(sample.beforeRequestMs)} ms, request ${Math.round(sample.requestMs)} ms, ` +
          `render ${Math.round(sample.renderMs)} ms; ${sample.rows} rows); load average ${loadAverage()}`,
      );
      await clear(page);
    }
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
  await bench.dispose();
}

const summary = Object.fromEntries(
  (['status', 'cause', 'search'] as const).map((filter) => {
    const of = samples.filter((s) => s.filter === filter);
    const ms = of.map((s) => s.ms);
    const requestMs = of.map((s) => s.requestMs);
    return [
      filter,
      {
        medianMs: round(median(ms), 0),
        maxMs: round(Math.max(...ms), 0),
        requestMedianMs: round(median(requestMs), 0),
        requestMaxMs: round(Math.max(...requestMs), 0),
        beforeRequestMedianMs: round(median(of.map((s) => s.beforeRequestMs)), 0),
        renderMedianMs: round(median(of.map((s) => s.renderMs)), 0),
      },
    ];
  }),
);
for (const [filter, s] of Object.entries(summary)) {
  line(
    `${filter}: change → rows median ${s.medianMs} ms, max ${s.maxMs} ms over ${ROUNDS} rounds (request alone ` +
      `median ${s.requestMedianMs} ms, max ${s.requestMaxMs} ms; before it ${s.beforeRequestMedianMs} ms, ` +
      `rendering after it ${s.renderMedianMs} ms)`,
  );
}
line(
  JSON.stringify({
    bench: 'console-list',
    date: new Date().toISOString(),
    machine: machine(),
    households: fill.households,
    members: fill.members,
    rounds: ROUNDS,
    summary,
    samples,
    loadAverage: { start: loadAtStart, end: loadAverage() },
  }),
);
