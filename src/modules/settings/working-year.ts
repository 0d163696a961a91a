import { fieldError } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import { requireSettingChange } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { refuseFields, yearIssue } from '../registry/dates.ts';
import { latestYearOf } from '../registry/queries.ts';
import { FIRST_YEAR, LAST_YEAR, yearSchema } from '../registry/schemas.ts';
import { COUNTRY } from '../regions/region-code.ts';

/**
 * The working year (工作年度): the year a deployment is working on, chosen deliberately. Creating a household
 * and importing without a year use it, and the console opens its lists, dashboard and exports on it, so one
 * small import into another year no longer moves everyone's view to that year. Until someone sets it, it is
 * the latest year with households in the whole registry, or else the year of the server's today.
 */
export const WORKING_YEAR_KEY = 'working_year';

/** Where the working year comes from: set deliberately, or derived while it is not. */
export type WorkingYearSource = 'setting' | 'latest' | 'today';

const WORKING_YEAR_LABEL = { zh: '工作年度', en: 'The working year' };

export interface WorkingYear {
  year: number;
  source: WorkingYearSource;
}

async function storedYear(q: Queryable): Promise<number | undefined> {
  const [row] = await q.query<{ value: unknown }>('SELECT value FROM settings WHERE key = $1', [
    WORKING_YEAR_KEY,
  ]);
  // The table holds JSON; a value that is not a year (written by hand) counts as not set rather than break.
  const value = row?.value;
  return yearSchema.safeParse(value).success ? (value as number) : undefined;
}

export async function readWorkingYear(q: Queryable, now: Date): Promise<WorkingYear> {
  const stored = await storedYear(q);
  if (stored !== undefined) return { year: stored, source: 'setting' };
  const latest = await latestYearOf(q, COUNTRY);
  if (latest !== null) return { year: latest, source: 'latest' };
  return { year: now.getFullYear(), source: 'today' };
}

/**
 * Sets the working year, audited in the same transaction (before and after). A year after this one is
 * refused like any year of facts (422 YEAR_IN_FUTURE): nothing can be recorded for it yet.
 */
export async function setWorkingYear(
  tx: Queryable,
  actor: Actor,
  year: number,
  today: string,
): Promise<WorkingYear> {
  requireSettingChange(actor);
  if (!yearSchema.safeParse(year).success) {
    throw fieldError('year', 'YEAR', {
      zh: `工作年度须为${FIRST_YEAR}至${LAST_YEAR}之间的年份`,
      en: `The working year is a year from ${FIRST_YEAR} to ${LAST_YEAR}`,
    });
  }
  const future = yearIssue(year, 'year', WORKING_YEAR_LABEL, today);
  if (future) throw refuseFields([future]);
  const before = (await storedYear(tx)) ?? null;
  await tx.query(
    `INSERT INTO settings (key, value) VALUES ($1, $2::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [WORKING_YEAR_KEY, JSON.stringify(year)],
  );
  await recordAudit(tx, actor, {
    action: 'settings.working_year',
    entity: 'setting',
    entityId: WORKING_YEAR_KEY,
    regionCode: null,
    before: { year: before },
    after: { year },
  });
  return { year, source: 'setting' };
}

/**
 * The demo's year as the working year, unless one was set deliberately already: a demo generated into a
 * running deployment must not move the year its users work on.
 */
export async function workingYearForDemo(tx: Queryable, actor: Actor, year: number, today: string) {
  if ((await storedYear(tx)) !== undefined) return false;
  await setWorkingYear(tx, actor, year, today);
  return true;
}
