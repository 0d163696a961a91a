import type { Db } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { bilingual, unreadable } from '../registry/import/errors.ts';
import type { SourceRow } from '../registry/import/pipeline.ts';
import type { Cell } from '../registry/import/values.ts';
import {
  checkPopulation,
  setPopulation,
  type PopulationEntry,
  type PopulationOutcome,
} from './population.ts';

/**
 * A file of rural population figures (CSV or XLSX, read by the registry's readers): one row per region and
 * year with the columns 行政区划代码 region_code, 年度 year, 农村人口 rural_population and optionally 备注 note.
 * Every bad row is reported and written nowhere; the good rows are written together in one transaction, so a
 * rerun of the same file changes nothing. A figure below the region's registered persons is a bad row
 * (POPULATION_BELOW_REGISTERED) unless the upload is confirmed: the same rule as the PUT, which refuses it.
 */
export interface PopulationFileError {
  row: number;
  column: string;
  code: string;
  /** "中文 / English" */
  message: string;
}

export interface PopulationFileSummary extends PopulationOutcome {
  rejected: number;
  errors: PopulationFileError[];
}

type Key = 'regionCode' | 'year' | 'population' | 'note';

const HEADERS: Record<Key, readonly string[]> = {
  regionCode: ['行政区划代码', 'region_code'],
  year: ['年度', 'year'],
  population: ['农村人口', 'rural_population', 'population'],
  note: ['备注', 'note'],
};
const REQUIRED: readonly Key[] = ['regionCode', 'year', 'population'];

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).replace(/\s+/g, '').trim();
}

/** A whole number as Excel or a person writes it (12345, "12,345", 12345.0); NaN otherwise. */
function wholeNumber(cell: Cell): number {
  const t = text(cell).replace(/[,，]/g, '');
  return /^\d+(\.0+)?$/.test(t) ? Number(t) : Number.NaN;
}

function headerPositions(cells: readonly Cell[]): Partial<Record<Key, number>> {
  const names = cells.map((c) => text(c).toLowerCase());
  const found: Partial<Record<Key, number>> = {};
  for (const key of Object.keys(HEADERS) as Key[]) {
    const at = names.findIndex((n) => HEADERS[key].includes(n));
    if (at >= 0) found[key] = at;
  }
  return found;
}

export async function importPopulation(
  db: Db,
  actor: Actor,
  table: AsyncIterable<SourceRow>,
  options: { confirmed?: boolean } = {},
): Promise<PopulationFileSummary> {
  let positions: Partial<Record<Key, number>> | undefined;
  const entries: PopulationEntry[] = [];
  const rowNos: number[] = [];
  const errors: PopulationFileError[] = [];
  const bad = new Set<number>();
  for await (const { rowNo, cells } of table) {
    if (!positions) {
      const found = headerPositions(cells);
      // Title rows above the header are skipped, as in the registry import.
      if (found.regionCode === undefined) continue;
      const missing = REQUIRED.filter((k) => found[k] === undefined);
      if (missing.length > 0)
        throw unreadable(`缺少列 / missing columns: ${missing.map((k) => HEADERS[k][0]).join(', ')}`);
      positions = found;
      continue;
    }
    const at = positions;
    const cell = (key: Key) => (at[key] === undefined ? null : cells[at[key]]);
    if (REQUIRED.every((k) => text(cell(k)) === '')) continue;
    const population = text(cell('population'));
    entries.push({
      regionCode: text(cell('regionCode')),
      year: wholeNumber(cell('year')),
      // An empty figure removes the entered one: the incidence falls back to the registry's count.
      population: population === '' ? null : wholeNumber(cell('population')),
      note: text(cell('note')) || null,
    });
    rowNos.push(rowNo);
  }
  if (!positions) throw unreadable('未找到表头 / no header row with 行政区划代码 region_code');
  for (const issue of await checkPopulation(db, actor, entries, options)) {
    const [, index, key] = issue.field.split('.') as [string, string, Key];
    const i = Number(index);
    bad.add(i);
    errors.push({
      row: rowNos[i]!,
      column: HEADERS[key][0]!,
      code: issue.code,
      message: bilingual(issue.message),
    });
  }
  const good = entries.filter((_, i) => !bad.has(i));
  const outcome = await db.transaction((tx) => setPopulation(tx, actor, good, 'import', options));
  errors.sort((a, b) => a.row - b.row);
  return { ...outcome, rejected: bad.size, errors };
}
