import type { FieldIssue, Message } from '../../../app/errors.ts';
import type { Queryable } from '../../../db/types.ts';
import type { Actor } from '../../auth/actor.ts';
import { permits } from '../../access/permissions.ts';
import { readScope } from '../../access/scope.ts';
import { personInOtherHousehold } from '../person-elsewhere.ts';
import { regionsByCode, type RegionInfo } from '../../regions/lookup.ts';
import { HEAD_RELATION } from '../fields.ts';
import { checkRoster } from '../validate.ts';
import { COLUMN_BY_KEY } from './columns.ts';
import { bilingual, householdMismatch, IMPORT_MESSAGES, type ImportError } from './errors.ts';
import type { RowIssue } from './normalise.ts';
import type { Staging } from './staging.ts';

/**
 * The checks across the rows of a household, for one batch. One aggregate query gives each household's
 * figures (heads, distinct ID numbers, bad rows, signatures of its household columns, persons registered
 * elsewhere); only the households it flags are read row by row, to name each bad row with the same rules and
 * messages as the API (checkRoster, validate.ts).
 */
export interface HouseholdVerdict {
  householdNo: string;
  rows: number;
  existingId: number | null;
  /** The counties whose statistics its yearly facts change: the file's village, and the one they replace. */
  counties: string[];
}

export interface Screened {
  accepted: HouseholdVerdict[];
  rejected: HouseholdVerdict[];
  errors: ImportError[];
}

interface Aggregate {
  hno: string;
  rows: number;
  heads: number;
  twice: boolean;
  badRows: boolean;
  dup: boolean;
  mixed: boolean;
  region: string | null;
  elsewhere: boolean;
  existingId: number | null;
  existingRegion: string | null;
  /** The village of the file's year when the household has facts of that year already. */
  existingYearRegion: string | null;
}

interface DetailRow {
  rowNo: number;
  hno: string;
  region: string | null;
  hsig: string;
  errs: string | null;
  dup: boolean;
  relation: string | null;
  idNumber: string | null;
  /** The household that holds the person already: see `elsewhere`. */
  elsewhere: string | null;
  values: Record<string, unknown>;
}

/**
 * "Which household with another number holds this ID number as an active member?" for the row aliased `s`:
 * its number when the importing actor may read it (`readable`, the access layer's scope on `o.region_code`),
 * '' when it lies outside, NULL when there is none.
 */
const elsewhere = (readable: string) => `(SELECT CASE WHEN ${readable} THEN o.household_no ELSE '' END
  FROM members m JOIN households o ON o.id = m.household_id
  WHERE m.active AND m.id_number = s.id_number AND o.household_no <> s.hno LIMIT 1)`;
/** The same where the household of the number is joined as `h` (NULL when new): one index probe per row. */
const ELSEWHERE_OF_H = `EXISTS (SELECT 1 FROM members m
  WHERE m.active AND m.id_number = s.id_number AND m.household_id IS DISTINCT FROM h.id)`;

/**
 * The batch is the households with numbers in (after, upTo]; the first batch (after null, passed as '') also
 * takes the empty number, so rows without one are reported too.
 */
export function batchCondition(after: string | null, afterParam: number, upToParam: number): string {
  return `s.hno ${after === null ? '>=' : '>'} $${afterParam} AND s.hno <= $${upToParam}`;
}

async function aggregates(
  tx: Queryable,
  staging: Staging,
  batch: { after: string | null; upTo: string },
  year: number,
): Promise<Aggregate[]> {
  const { after, upTo } = batch;
  // Only aggregates a hash aggregation computes in one pass: a household that any of them flags is read row by row.
  const rows = await tx.query<Aggregate>(
    `SELECT s.hno, count(*)::int AS rows, count(*) FILTER (WHERE s.relation = $3)::int AS heads,
            bool_or(s.twice) AS twice, bool_or(s.errs IS NOT NULL) AS "badRows", bool_or(s.dup) AS dup,
            min(s.hsig) <> max(s.hsig) AS mixed, min(s.region) AS region,
            bool_or(${ELSEWHERE_OF_H}) AS elsewhere, min(h.id) AS "existingId", min(h.region_code) AS "existingRegion",
            min(y.region_code) AS "existingYearRegion"
     FROM ${staging.table} s LEFT JOIN households h ON h.household_no = s.hno
     LEFT JOIN household_years y ON y.household_id = h.id AND y.year = $4
     WHERE ${batchCondition(after, 1, 2)}
     GROUP BY s.hno ORDER BY s.hno`,
    [after ?? '', upTo, HEAD_RELATION, year],
  );
  return rows.map((r) => ({ ...r, existingId: r.existingId === null ? null : Number(r.existingId) }));
}

async function details(tx: Queryable, actor: Actor, staging: Staging, hnos: string[]): Promise<DetailRow[]> {
  const household = staging.columns.filter((c) => c.level !== 'member');
  const values = household.map((c) => `s.${c.name} AS "${c.key}"`).join(', ');
  const params: unknown[] = [hnos];
  const readable = readScope(actor, 'o.region_code', params);
  const rows = await tx.query<Omit<DetailRow, 'values'> & Record<string, unknown>>(
    `SELECT s.row_no AS "rowNo", s.hno, s.region, s.hsig, s.errs, s.dup, s.relation, s.id_number AS "idNumber",
            ${elsewhere(readable)} AS elsewhere${values ? `, ${values}` : ''}
     FROM ${staging.table} s WHERE s.hno = ANY($1::text[]) ORDER BY s.hno, s.row_no`,
    params,
  );
  return rows.map((r) => ({
    ...r,
    values: Object.fromEntries(household.map((c) => [c.key, r[c.key]])),
  }));
}

type RegionCheck = { code: string; message: Message } | undefined;

function regionProblem(actor: Actor, code: string, regions: Map<string, RegionInfo>): RegionCheck {
  const region = regions.get(code);
  if (!region) return { code: 'UNKNOWN_REGION', message: IMPORT_MESSAGES.UNKNOWN_REGION };
  if (region.level !== 5) return { code: 'NOT_A_VILLAGE', message: IMPORT_MESSAGES.NOT_A_VILLAGE };
  if (!permits(actor, 'household.write', code))
    return { code: 'REGION_OUT_OF_SCOPE', message: IMPORT_MESSAGES.REGION_OUT_OF_SCOPE };
  return undefined;
}

/**
 * An existing household the file changes must be writable by the actor now, and so must its facts of the
 * file's year where it already has them (they answer to the village of that year: access/permissions.ts).
 */
function outOfScope(actor: Actor, h: Aggregate): boolean {
  if (h.existingRegion === null) return false;
  if (!permits(actor, 'household.write', h.existingRegion)) return true;
  return h.existingYearRegion !== null && !permits(actor, 'year.write', h.existingYearRegion);
}

function verdict(h: Aggregate): HouseholdVerdict {
  const villages = [h.region, h.existingYearRegion].filter((c): c is string => c !== null);
  return {
    householdNo: h.hno,
    rows: h.rows,
    existingId: h.existingId,
    counties: [...new Set(villages.map((c) => c.slice(0, 6)))],
  };
}

/** Screens the households of one batch; `headerOf` names columns as the file does. */
export async function screenBatch(
  tx: Queryable,
  actor: Actor,
  staging: Staging,
  batch: { after: string | null; upTo: string },
  headerOf: ReadonlyMap<string, string>,
  year: number,
): Promise<Screened> {
  const households = await aggregates(tx, staging, batch, year);
  const regions = await regionsByCode(tx, [
    ...new Set(households.flatMap((h) => (h.region === null ? [] : [h.region]))),
  ]);
  const problem = (code: string) => regionProblem(actor, code, regions);
  const suspect = households.filter(
    (h) =>
      h.badRows ||
      h.heads !== 1 ||
      h.twice ||
      h.dup ||
      h.mixed ||
      h.elsewhere ||
      h.region === null ||
      problem(h.region) !== undefined ||
      outOfScope(actor, h),
  );
  const result: Screened = { accepted: [], rejected: [], errors: [] };
  const bad = new Set(suspect.map((h) => h.hno));
  for (const h of households) {
    if (!bad.has(h.hno)) result.accepted.push(verdict(h));
  }
  if (suspect.length === 0) return result;

  const rows = await details(
    tx,
    actor,
    staging,
    suspect.map((h) => h.hno),
  );
  const column = (key: string) => headerOf.get(key) ?? COLUMN_BY_KEY.get(key)?.zh ?? key;
  for (const h of suspect) {
    const own = rows.filter((r) => r.hno === h.hno);
    const errors: ImportError[] = [];
    const report = (rowNo: number, key: string, code: string, message: Message) =>
      errors.push({
        row: rowNo,
        column: column(key),
        household_no: h.hno,
        code,
        message: bilingual(message),
      });
    householdErrors(h, own, report, problem, actor);
    if (errors.length === 0) {
      result.accepted.push(verdict(h));
      continue;
    }
    result.rejected.push(verdict(h));
    result.errors.push(...errors.sort((a, b) => a.row - b.row));
  }
  return result;
}

type Report = (rowNo: number, key: string, code: string, message: Message) => void;

function householdErrors(
  h: Aggregate,
  rows: DetailRow[],
  report: Report,
  problem: (code: string) => RegionCheck,
  actor: Actor,
): void {
  const first = rows[0]!;
  const issuesOf = (r: DetailRow) => (r.errs ? (JSON.parse(r.errs) as RowIssue[]) : []);
  const firstKeys = new Set(issuesOf(first).map((i) => i.key));
  for (const r of rows) {
    const issues = issuesOf(r);
    for (const issue of issues) report(r.rowNo, issue.key, issue.code, issue.message);
    if (r.region !== null) {
      const p = problem(r.region);
      if (p) report(r.rowNo, 'regionCode', p.code, p.message);
    }
    // A value already reported as bad on either row is not reported again as a disagreement.
    const skip = new Set([...firstKeys, ...issues.map((i) => i.key)]);
    if (r.hsig !== first.hsig) mismatches(first, r, skip, report);
    if (r.dup) report(r.rowNo, 'idNumber', 'DUPLICATE_IN_FILE', IMPORT_MESSAGES.DUPLICATE_IN_FILE);
    if (r.elsewhere !== null) {
      const message = personInOtherHousehold(r.elsewhere === '' ? null : r.elsewhere);
      report(r.rowNo, 'idNumber', 'PERSON_IN_OTHER_HOUSEHOLD', message);
    }
  }
  const issues: FieldIssue[] = [];
  checkRoster(
    rows.map((r) => ({ relation: r.relation, idNumber: r.idNumber })),
    'roster',
    issues,
  );
  for (const issue of issues) {
    const index = /^roster\.(\d+)\.idNumber$/.exec(issue.field)?.[1];
    if (index !== undefined) report(rows[Number(index)]!.rowNo, 'idNumber', issue.code, issue.message);
    else if (issue.code === 'NO_HEAD') report(first.rowNo, 'relation', issue.code, issue.message);
    else
      for (const r of rows.filter((x) => x.relation === HEAD_RELATION))
        report(r.rowNo, 'relation', issue.code, issue.message);
  }
  if (outOfScope(actor, h)) {
    report(first.rowNo, 'householdNo', 'HOUSEHOLD_OUT_OF_SCOPE', IMPORT_MESSAGES.HOUSEHOLD_OUT_OF_SCOPE);
  }
}

/** Names each household column of `row` that differs from the household's first row. */
function mismatches(first: DetailRow, row: DetailRow, skip: ReadonlySet<string>, report: Report): void {
  if (!skip.has('regionCode') && row.region !== first.region) {
    report(
      row.rowNo,
      'regionCode',
      'HOUSEHOLD_MISMATCH',
      householdMismatch({ zh: '行政区划代码', en: 'region code' }, first.rowNo),
    );
  }
  for (const [key, value] of Object.entries(row.values)) {
    if (skip.has(key) || JSON.stringify(value) === JSON.stringify(first.values[key])) continue;
    const spec = COLUMN_BY_KEY.get(key);
    report(
      row.rowNo,
      key,
      'HOUSEHOLD_MISMATCH',
      householdMismatch({ zh: spec?.zh ?? key, en: spec?.en ?? key }, first.rowNo),
    );
  }
}
