import { ApiError, type ServerMessage } from '../../api/errors.ts';
import type { PopulationChange, PopulationEntries, RegionIncidence } from '../../api/measures.ts';

/**
 * The rural population form, free of React: one row per region the user may change (the region itself and its
 * children), what is entered now, and what to send — only the rows that changed, so the server's issues
 * (`entries.N.field`) are mapped back to the rows they name.
 */
export interface PopulationRow {
  code: string;
  name: string;
  /** The entered figure; null when none is entered (the registry's count is used). */
  population: number | null;
  note: string;
  /** The registry's count of persons, which stands in when nothing is entered. */
  registry: number;
}

export type PopulationValues = Pick<PopulationRow, 'population' | 'note'>;

export function populationRows(
  regions: readonly RegionIncidence[],
  entered: PopulationEntries,
  may: (code: string) => boolean,
): PopulationRow[] {
  const byCode = new Map(entered.map((e) => [e.regionCode, e]));
  return regions
    .filter((r) => may(r.code))
    .map((r) => {
      const own = byCode.get(r.code);
      return {
        code: r.code,
        name: r.name,
        population: own?.population ?? null,
        note: own?.note ?? '',
        registry: r.persons,
      };
    });
}

const noteOf = (note: string | undefined) => note?.trim() || null;

export function changedEntries(
  initial: readonly PopulationRow[],
  values: readonly (PopulationValues | undefined)[],
): { entries: PopulationChange['entries']; rows: number[] } {
  const entries: PopulationChange['entries'] = [];
  const rows: number[] = [];
  initial.forEach((row, i) => {
    const value = values[i];
    const population = value?.population ?? null;
    const note = noteOf(value?.note);
    if (population === row.population && note === noteOf(row.note)) return;
    entries.push({ regionCode: row.code, population, note });
    rows.push(i);
  });
  return { entries, rows };
}

/** `entries.2.population` → `rows.5.population` (a complaint about the region goes under its figure). */
export function formField(field: string, rows: readonly number[]): string {
  const match = /^entries\.(\d+)\.(\w+)$/.exec(field);
  const row = match ? rows[Number(match[1])] : undefined;
  if (!match || row === undefined) return field;
  return `rows.${row}.${match[2] === 'note' ? 'note' : 'population'}`;
}

/** The server's code for a figure below the registered persons of its region and year (saved when confirmed). */
export const BELOW_REGISTERED = 'POPULATION_BELOW_REGISTERED';

/** A figure to confirm: the region's name and the server's message, which says both numbers. */
export interface ToConfirm {
  name: string;
  message: ServerMessage;
}

/**
 * The figures a refused save asks to confirm (`entries.N.population` of the sent entries → their rows), or
 * none when the refusal is about anything else: those are shown under their fields instead.
 */
export function toConfirm(
  error: unknown,
  sent: readonly number[],
  rows: readonly PopulationRow[],
): ToConfirm[] {
  if (!(error instanceof ApiError) || error.code !== BELOW_REGISTERED) return [];
  return error.fields.flatMap((issue) => {
    const match = /^entries\.(\d+)\.population$/.exec(issue.field);
    const row = match ? rows[sent[Number(match[1])] ?? -1] : undefined;
    return row ? [{ name: row.name, message: issue.message }] : [];
  });
}
