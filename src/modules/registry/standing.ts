import { DomainError, invalidFields, type FieldIssue } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import { requireAccess } from '../access/require-access.ts';
import { recordAuditMany } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { changedFields } from './columns.ts';
import { isCalendarDate } from './dates.ts';
import { checkFields } from './validate.ts';
import { HOUSEHOLD_FIELDS, ORDINARY_TYPE, YEAR_FIELDS, type StandingProcedure } from './fields.ts';
import { recordHistory, type HistoryEntry } from './history.ts';
import type { Values } from './validate.ts';

export type { StandingProcedure };

/** The decision of one case about one household and year, as the cases module hands it over. */
export interface StandingChange {
  householdId: number;
  year: number;
  caseId: number;
  procedure: StandingProcedure;
  /** The approval date (YYYY-MM-DD). */
  date: string;
  /** identification/return: 01|02|03 (required for identification). */
  householdType?: string;
  /** identification/return. */
  mainCause?: string;
  secondaryCauses?: string[];
  /** monitoring (required). */
  monitoringType?: string;
  riskTypes?: string[];
}

const YEAR_KEYS = [
  'status',
  'householdType',
  'mainCause',
  'secondaryCauses',
  'monitoringType',
  'riskTypes',
  'monitoringState',
  'monitoredOn',
  'riskEliminatedOn',
] as const;
const YEAR_SPECS = YEAR_FIELDS.filter((s) => (YEAR_KEYS as readonly string[]).includes(s.key));
const HOUSEHOLD_SPECS = HOUSEHOLD_FIELDS.filter((s) => s.key === 'identifiedYear' || s.key === 'exitYear');

interface Current extends Values {
  householdId: number;
  year: number;
  regionCode: string;
  householdRegion: string;
}

/**
 * The one door through which the procedures write a household's standing (the cases module calls it when a
 * case is approved); every other write refuses to change it (standing-guard.ts). Writes the new standing of
 * many households in one go — one statement per table, whatever the batch — so a county approving 100,000
 * cases in batches of 2,000 pays a few statements per batch:
 * identification → status 01, type, causes, the standard in force for the year, identified_year;
 * return → status 03 (and causes); exit → status 02, exit_year; monitoring → type, risks, state 1, monitored_on;
 * risk_elimination → state 2, risk_eliminated_on. History rows say source 'procedure', action
 * `case.<procedure>` and the case; one audit row per household; statistics follow by trigger. The year row
 * must exist (422 YEAR_NOT_RECORDED).
 */
export async function applyStanding(
  tx: Queryable,
  actor: Actor,
  changes: readonly StandingChange[],
  today: string,
): Promise<void> {
  if (changes.length === 0) return;
  checkChanges(changes, today);
  await requireAccess(
    tx,
    actor,
    'year.write',
    changes.map((c): [number, number] => [c.householdId, c.year]),
    { lock: true },
  );
  const current = await loadCurrent(tx, changes);
  const next = changes.map((c) => nextStanding(c, current.get(key(c))!));

  await writeYears(tx, changes, next);
  await writeHouseholds(tx, changes);

  const history: HistoryEntry[] = [];
  changes.forEach((c, i) => {
    const before = current.get(key(c))!;
    const where = { householdId: c.householdId, caseId: c.caseId, action: `case.${c.procedure}` };
    for (const ch of changedFields(YEAR_SPECS, before, next[i]!))
      history.push({ ...where, year: c.year, field: ch.key, from: ch.from, to: ch.to });
    for (const ch of changedFields(HOUSEHOLD_SPECS, before, householdFacts(c)))
      history.push({ ...where, field: ch.key, from: ch.from, to: ch.to });
  });
  await recordHistory(tx, actor, history, 'procedure');
  await recordAuditMany(
    tx,
    actor,
    changes.map((c, i) => {
      const before = current.get(key(c))!;
      return {
        action: `case.${c.procedure}`,
        entity: 'household',
        entityId: c.householdId,
        regionCode: before.householdRegion,
        before: { year: c.year, ...pickKeys(before, [...YEAR_KEYS, 'identifiedYear', 'exitYear']) },
        after: { year: c.year, caseId: c.caseId, date: c.date, ...next[i], ...householdFacts(c) },
      };
    }),
  );
}

const key = (c: { householdId: number; year: number }) => `${c.householdId}/${c.year}`;

function pickKeys(values: Values, keys: readonly string[]): Values {
  return Object.fromEntries(keys.map((k) => [k, values[k] ?? null]));
}

/** What the procedure writes on `households`: the year identified or exited. */
function householdFacts(c: StandingChange): Values {
  if (c.procedure === 'identification') return { identifiedYear: c.year };
  if (c.procedure === 'exit') return { exitYear: c.year };
  return {};
}

function nextStanding(c: StandingChange, before: Values): Values {
  const after: Values = pickKeys(before, YEAR_KEYS);
  const causes = () => {
    if (c.mainCause !== undefined) after.mainCause = c.mainCause;
    if (c.secondaryCauses !== undefined) after.secondaryCauses = c.secondaryCauses;
  };
  switch (c.procedure) {
    case 'identification':
      after.status = '01';
      after.householdType = c.householdType;
      causes();
      break;
    case 'return':
      after.status = '03';
      if (c.householdType !== undefined) after.householdType = c.householdType;
      causes();
      break;
    case 'exit':
      after.status = '02';
      break;
    case 'monitoring':
      Object.assign(after, {
        monitoringType: c.monitoringType,
        riskTypes: c.riskTypes,
        monitoringState: '1',
        monitoredOn: c.date,
        riskEliminatedOn: null,
      });
      break;
    case 'risk_elimination':
      Object.assign(after, { monitoringState: '2', riskEliminatedOn: c.date });
      break;
  }
  return after;
}

/** The changes' own shape: codes of their lists, the inputs each procedure needs, one change per year row. */
function checkChanges(changes: readonly StandingChange[], today: string): void {
  const issues: FieldIssue[] = [];
  const seen = new Set<number>();
  changes.forEach((c, i) => {
    const at = `changes.${i}.`;
    const need = (field: string, ok: boolean, zh: string, en: string) => {
      if (!ok) issues.push({ field: at + field, code: 'REQUIRED', message: { zh, en } });
    };
    checkFields(
      YEAR_FIELDS,
      pickKeys({ ...c }, ['householdType', 'mainCause', 'secondaryCauses', 'monitoringType', 'riskTypes']),
      at,
      issues,
    );
    need(
      'date',
      isCalendarDate(c.date) && c.date <= today,
      '批准日期无效',
      'The approval date is not a date up to today',
    );
    if (c.procedure === 'identification')
      need(
        'householdType',
        c.householdType !== undefined,
        '识别须给出户类型',
        'Identification needs the household type',
      );
    if (c.householdType === ORDINARY_TYPE)
      need('householdType', false, '贫困户的户类型不能为一般农户', 'A poor household is not of type 00');
    if (c.procedure === 'monitoring')
      need(
        'monitoringType',
        c.monitoringType !== undefined && (c.riskTypes?.length ?? 0) > 0,
        '纳入监测须给出监测对象类型和风险类型',
        'Monitoring needs the monitoring type and the risk types',
      );
    // One row per household in each statement: two decisions about one household are two calls.
    need(
      'householdId',
      !seen.has(c.householdId),
      '同一户在一批中只能有一项决定',
      'One decision per household in a batch',
    );
    seen.add(c.householdId);
  });
  if (issues.length) throw invalidFields(issues);
}

async function loadCurrent(tx: Queryable, changes: readonly StandingChange[]): Promise<Map<string, Current>> {
  const rows = await tx.query<Current>(
    `SELECT y.household_id AS "householdId", y.year, y.region_code AS "regionCode",
            h.region_code AS "householdRegion", h.identified_year AS "identifiedYear", h.exit_year AS "exitYear",
            ${YEAR_SPECS.map((s) => `y.${s.column} AS "${s.key}"`).join(', ')}
     FROM unnest($1::bigint[], $2::smallint[]) AS k (h, y)
     JOIN household_years y ON y.household_id = k.h AND y.year = k.y
     JOIN households h ON h.id = k.h`,
    [changes.map((c) => c.householdId), changes.map((c) => c.year)],
  );
  const found = new Map(rows.map((r) => [key(r), r]));
  const missing = changes.find((c) => !found.has(key(c)));
  if (missing)
    throw new DomainError(
      'rule',
      'YEAR_NOT_RECORDED',
      {
        zh: `该户 ${missing.year} 年度的数据尚未登记，请先登记该年度再办理`,
        en: `The household's facts of ${missing.year} are not recorded; record that year first`,
      },
      { householdId: missing.householdId, year: missing.year },
    );
  for (const c of changes) checkRow(c, found.get(key(c))!);
  return found;
}

/** What the year row must already hold for the decision to leave it whole (the table's checks, in words). */
function checkRow(c: StandingChange, row: Current): void {
  if (c.procedure === 'identification' && c.mainCause === undefined && row.mainCause == null)
    throw invalidFields([
      {
        field: 'mainCause',
        code: 'REQUIRED',
        message: { zh: '识别须给出主要致贫原因', en: 'Identification needs the main poverty cause' },
      },
    ]);
  if (c.procedure === 'risk_elimination' && row.monitoringType == null)
    throw new DomainError(
      'rule',
      'NOT_MONITORED',
      {
        zh: `该户 ${c.year} 年度不是监测对象，无风险可消除`,
        en: `The household is not monitored in ${c.year}: there is no risk to eliminate`,
      },
      { householdId: c.householdId, year: c.year },
    );
}

async function writeYears(tx: Queryable, changes: readonly StandingChange[], next: readonly Values[]) {
  const arrays = YEAR_SPECS.map((s) => next.map((n) => n[s.key] ?? null));
  const types = YEAR_SPECS.map((s) => (s.kind === 'codes' ? 'jsonb' : s.kind === 'date' ? 'date' : 'text'));
  // A list of lists cannot be unnested as text[][] (ragged), so the lists travel as JSON.
  const params: unknown[] = [
    changes.map((c) => c.householdId),
    changes.map((c) => c.year),
    ...arrays.map((values, i) =>
      types[i] === 'jsonb' ? values.map((v) => JSON.stringify(v ?? [])) : values,
    ),
  ];
  const names = YEAR_SPECS.map((s) => s.column);
  const sets = YEAR_SPECS.map((s, i) =>
    types[i] === 'jsonb'
      ? `${s.column} = ARRAY(SELECT jsonb_array_elements_text(u.${s.column}))`
      : `${s.column} = u.${s.column}`,
  );
  await tx.query(
    `UPDATE household_years y SET ${sets.join(', ')}
     FROM unnest($1::bigint[], $2::smallint[], ${types.map((t, i) => `$${i + 3}::${t}[]`).join(', ')})
       AS u (h, y, ${names.join(', ')})
     WHERE y.household_id = u.h AND y.year = u.y`,
    params,
  );
}

async function writeHouseholds(tx: Queryable, changes: readonly StandingChange[]) {
  await tx.query(
    `UPDATE households h SET
       identified_year = CASE WHEN u.p = 'identification' THEN u.y ELSE h.identified_year END,
       exit_year = CASE WHEN u.p = 'exit' THEN u.y ELSE h.exit_year END,
       standard_id = CASE WHEN u.p = 'identification' THEN poverty_standard_id(y.region_code, u.y::int)
                          ELSE h.standard_id END,
       version = h.version + 1, updated_at = now()
     FROM unnest($1::bigint[], $2::smallint[], $3::text[]) AS u (h, y, p)
     JOIN household_years y ON y.household_id = u.h AND y.year = u.y
     WHERE h.id = u.h`,
    [changes.map((c) => c.householdId), changes.map((c) => c.year), changes.map((c) => c.procedure)],
  );
}
