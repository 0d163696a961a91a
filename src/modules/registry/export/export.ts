import { fieldError } from '../../../app/errors.ts';
import { requireRegion } from '../../access/require-access.ts';
import { readScope } from '../../access/scope.ts';
import type { Queryable } from '../../../db/types.ts';
import { recordAudit } from '../../audit/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import { canSeePersonalData } from '../../auth/policies.ts';
import { sealHash } from '../../privacy/seal.ts';
import { subtreeRange } from '../../regions/region-code.ts';
import { codeLabel, resolveCode, type CodeList } from '../codes.ts';
import { IMPORT_COLUMNS, type ImportColumn } from '../import/columns.ts';
import { MASKED_MARKER } from '../import/errors.ts';
import { presentRow } from '../../privacy/present.ts';
import { checkSearch } from '../../privacy/search.ts';
import { searchCondition } from '../queries.ts';
import type { OutCell, TableWriter } from './writers.ts';

/**
 * Export of the registry in the import format (one row per active member, the household's columns repeated),
 * for one region subtree and year, filtered like the household list (codes and the member search). Scoped in SQL to the actor's regions and
 * masked by role, read page by page in household-number order, so an export of any size streams in flat
 * memory. Codes are written as their Chinese labels (the import reads them back, and Excel keeps them as
 * they are, where it would strip the zero of 01).
 */
export interface ExportFilter {
  /** A padded 12-digit region code. */
  region: string;
  year: number;
  status?: string | undefined;
  cause?: string | undefined;
  type?: string | undefined;
  /** The list's member search: a name, a full ID number or its last 4–6 characters. */
  q?: string | undefined;
}

const PAGE_HOUSEHOLDS = 500;

function sqlOf(c: ImportColumn): string {
  if (c.key === 'householdNo') return 'h.household_no';
  if (c.key === 'regionCode') return 'h.region_code';
  if (c.key === 'sex') return 'm.sex';
  return `${{ household: 'h', year: 'y', member: 'm' }[c.level]}.${c.name}`;
}

const SELECT = IMPORT_COLUMNS.map((c) => `${sqlOf(c)} AS "${c.key}"`).join(', ');

export function exportHeader(): string[] {
  return IMPORT_COLUMNS.map((c) => c.zh);
}

function label(list: CodeList, code: string): string {
  return codeLabel(list, code, 'zh') ?? code;
}

function cellOf(c: ImportColumn, value: unknown): OutCell {
  if (value === null || value === undefined) return null;
  switch (c.kind) {
    case 'code':
      return label(c.list!, value as string);
    case 'codes':
      return (value as string[]).map((v) => label(c.list!, v)).join('、') || null;
    case 'boolean':
      return label('yes_no', value ? '1' : '0');
    case 'integer':
    case 'decimal':
    case 'money':
      return Number(value);
    case 'text':
    case 'date':
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** Checks a filter's codes (code or label accepted) and the actor's right to read the region. */
export function normaliseFilter(actor: Actor, filter: ExportFilter): ExportFilter {
  requireRegion(actor, 'region.read', filter.region);
  checkSearch(filter.q, canSeePersonalData(actor, filter.region));
  const code = (list: CodeList, field: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const resolved = resolveCode(list, value);
    if (resolved === undefined)
      throw fieldError(field, 'UNKNOWN_CODE', { zh: `代码无效：${value}`, en: `Unknown code: ${value}` });
    return resolved;
  };
  return {
    ...filter,
    status: code('household_status', 'status', filter.status),
    cause: code('poverty_cause', 'cause', filter.cause),
    type: code('household_type', 'type', filter.type),
  };
}

/**
 * The households of the filter in the actor's scope, after `h.household_no > $4`: the WHERE of a page, and of
 * the count the audit records. $1 year, $2–$3 the region's range, $4 the last household number written.
 */
function pageConditions(actor: Actor, filter: ExportFilter, params: unknown[]): string[] {
  const where = [
    'y.year = $1',
    'y.region_code BETWEEN $2 AND $3',
    'h.household_no > $4',
    readScope(actor, 'h.region_code', params),
    // A household whose members have all left has no row to write (and would end the paging early).
    'EXISTS (SELECT 1 FROM members a WHERE a.household_id = h.id AND a.active)',
  ];
  for (const [value, column] of [
    [filter.status, 'y.status'],
    [filter.cause, 'y.main_cause'],
    [filter.type, 'y.household_type'],
  ] as const) {
    if (value === undefined) continue;
    params.push(value);
    where.push(`${column} = $${params.length}`);
  }
  if (filter.q) where.push(searchCondition(filter.q, params));
  return where;
}

/**
 * An export is a read that matters: its audit row is written before the first byte goes out, with who (the
 * actor), what (the filter, whether personal data went out unmasked) and which households — as the filter
 * and their number, in the region's row, rather than a list of ids a 100,000-household export would make
 * megabytes long: the filter over the registry and the history names them again. The search text may be an
 * ID number: it is kept only as its keyed hash.
 */
async function auditExport(db: Queryable, actor: Actor, filter: ExportFilter): Promise<void> {
  const [lo, hi] = subtreeRange(filter.region);
  const params: unknown[] = [filter.year, lo, hi, ''];
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM household_years y JOIN households h ON h.id = y.household_id
     WHERE ${pageConditions(actor, filter, params).join(' AND ')}`,
    params,
  );
  const { q, ...codes } = filter;
  await recordAudit(db, actor, {
    action: 'registry.export',
    entity: 'export',
    entityId: null,
    regionCode: filter.region,
    after: {
      filter: { ...codes, ...(q ? { search: '*'.repeat(q.length), 'search#hmac': sealHash(q) } : {}) },
      households: row?.n ?? 0,
      personalData: canSeePersonalData(actor, filter.region),
    },
  });
}

/**
 * Whether rows of the export may come out masked: personal data is masked wherever the actor may not see it,
 * and a region where they see it is seen throughout its subtree.
 */
export function isMaskedExport(actor: Actor, filter: ExportFilter): boolean {
  return !canSeePersonalData(actor, filter.region);
}

/** Writes the header and every row of the export; returns the number of households and rows written. */
export async function writeExport(
  db: Queryable,
  actor: Actor,
  input: ExportFilter,
  out: TableWriter,
  onProgress?: (households: number) => void,
): Promise<{ households: number; rows: number }> {
  const filter = normaliseFilter(actor, input);
  await auditExport(db, actor, filter);
  const header = exportHeader();
  // Saying so in the file lets the import refuse it with one reason and tells whoever opens it why the ID
  // numbers have stars. As wide as the header, so a CSV reader that wants records of one length reads it.
  if (isMaskedExport(actor, filter)) await out.row(header.map((_, i) => (i === 0 ? MASKED_MARKER : null)));
  await out.row(header);
  const [lo, hi] = subtreeRange(filter.region);
  let after = '';
  let households = 0;
  let rows = 0;
  for (;;) {
    const params: unknown[] = [filter.year, lo, hi, after];
    const where = pageConditions(actor, filter, params);
    params.push(PAGE_HOUSEHOLDS);
    const page = await db.query<Record<string, unknown>>(
      `SELECT ${SELECT}
       FROM (SELECT h.id FROM household_years y JOIN households h ON h.id = y.household_id
             WHERE ${where.join(' AND ')} ORDER BY h.household_no LIMIT $${params.length}) p
       JOIN households h ON h.id = p.id
       JOIN household_years y ON y.household_id = h.id AND y.year = $1
       JOIN members m ON m.household_id = h.id AND m.active
       ORDER BY h.household_no, m.relation, m.id`,
      params,
    );
    if (page.length === 0) break;
    let last = '';
    for (const record of page) {
      const shown = presentRow(record, { personal: canSeePersonalData(actor, String(record.regionCode)) });
      await out.row(IMPORT_COLUMNS.map((c) => cellOf(c, shown[c.key])));
      if (record.householdNo !== last) households += 1;
      last = String(record.householdNo);
      rows += 1;
    }
    after = last;
    onProgress?.(households);
  }
  return { households, rows };
}
