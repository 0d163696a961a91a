import { invalidFields, type FieldIssue, type Message } from '../../app/errors.ts';
import type { Queryable, Tx } from '../../db/types.ts';
import { recordAuditMany } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { readScope } from '../access/scope.ts';
import { canWriteRegistry } from '../auth/policies.ts';
import { normaliseCode } from '../regions/region-code.ts';
import {
  belowRegisteredError,
  POPULATION_BELOW_REGISTERED,
  populationBelowRegistered,
} from './population-below.ts';

/**
 * Rural population figures per region and year (the denominator of incidence; see summaries.ts). Writes are
 * all-or-nothing per call: every bad entry is named (entries.N.field) and nothing is written when any is bad.
 * Each change is audited with the figure before and after; an entry equal to the stored one changes nothing.
 */
export interface PopulationEntry {
  regionCode: string;
  year: number;
  /** null removes the figure: reads fall back to the registry's count. */
  population: number | null;
  note?: string | null;
}

export interface PopulationOutcome {
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
}

export type PopulationSourceKind = 'import' | 'entry';

interface Stored {
  region_code: string;
  year: number;
  population: number;
  note: string | null;
}

const MAX_POPULATION = 200_000_000;

export const POPULATION_MESSAGES = {
  REGION: { zh: '行政区划代码不存在', en: 'No region has this code' },
  OUT_OF_SCOPE: { zh: '无权修改该区划的人口数', en: 'You may not change the population of this region' },
  YEAR: { zh: '年度须为2013至2100之间的整数', en: 'The year is a whole number from 2013 to 2100' },
  POPULATION: {
    zh: '农村人口须为0至2亿之间的整数',
    en: 'The rural population is a whole number from 0 to 200,000,000',
  },
  NOTE: { zh: '备注不超过200字', en: 'The note has at most 200 characters' },
  TWICE: { zh: '同一区划与年度出现多次', en: 'The same region and year appear more than once' },
} satisfies Record<string, Message>;

/**
 * Checks entries without writing: the issues name `entries.N.<field>`. A well-formed figure below the
 * region's registered persons is an issue too (population-below.ts) unless `confirmed`.
 */
export async function checkPopulation(
  q: Queryable,
  actor: Actor,
  entries: readonly PopulationEntry[],
  { confirmed = false }: { confirmed?: boolean } = {},
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const issue = (i: number, field: string, code: string, message: Message) =>
    issues.push({ field: `entries.${i}.${field}`, code, message });
  const codes = entries.map((e) => normaliseCode(e.regionCode) ?? '');
  const known = new Set(
    (
      await q.query<{ code: string }>('SELECT code FROM regions WHERE code = ANY($1::text[])', [
        codes.filter(Boolean),
      ])
    ).map((r) => r.code),
  );
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    const code = codes[i]!;
    if (!known.has(code)) issue(i, 'regionCode', 'UNKNOWN_REGION', POPULATION_MESSAGES.REGION);
    else if (!canWriteRegistry(actor, code))
      issue(i, 'regionCode', 'REGION_OUT_OF_SCOPE', POPULATION_MESSAGES.OUT_OF_SCOPE);
    if (!Number.isInteger(e.year) || e.year < 2013 || e.year > 2100)
      issue(i, 'year', 'INVALID_YEAR', POPULATION_MESSAGES.YEAR);
    const p = e.population;
    if (p !== null && (!Number.isInteger(p) || p < 0 || p > MAX_POPULATION))
      issue(i, 'population', 'INVALID_POPULATION', POPULATION_MESSAGES.POPULATION);
    if (e.note && e.note.length > 200) issue(i, 'note', 'TOO_LONG', POPULATION_MESSAGES.NOTE);
    const key = `${code}/${e.year}`;
    if (seen.has(key)) issue(i, 'regionCode', 'DUPLICATE_ENTRY', POPULATION_MESSAGES.TWICE);
    seen.add(key);
  });
  if (confirmed) return issues;
  // Only figures otherwise fine, of regions the actor may write: no count of another region is ever named.
  const bad = new Set(issues.map((i) => Number(i.field.split('.')[1])));
  const figures = entries.flatMap((e, index) =>
    bad.has(index) || e.population === null
      ? []
      : [{ index, regionCode: codes[index]!, year: e.year, population: e.population }],
  );
  return [...issues, ...(await populationBelowRegistered(q, figures))];
}

/** Writes entries (all or none) with their audit rows in the caller's transaction. */
export async function setPopulation(
  tx: Tx,
  actor: Actor,
  entries: readonly PopulationEntry[],
  source: PopulationSourceKind,
  options: { confirmed?: boolean } = {},
): Promise<PopulationOutcome> {
  const issues = await checkPopulation(tx, actor, entries, options);
  const invalid = issues.filter((i) => i.code !== POPULATION_BELOW_REGISTERED);
  if (invalid.length > 0) throw invalidFields(invalid);
  if (issues.length > 0) throw belowRegisteredError(issues);
  const rows = entries.map((e) => ({ ...e, regionCode: normaliseCode(e.regionCode)!, note: e.note ?? null }));
  const stored = await tx.query<Stored>(
    `SELECT region_code, year, population, note FROM rural_population
     WHERE (region_code, year) IN (SELECT * FROM unnest($1::text[], $2::smallint[]))`,
    [rows.map((r) => r.regionCode), rows.map((r) => r.year)],
  );
  const before = new Map(stored.map((s) => [`${s.region_code}/${s.year}`, s]));
  const outcome: PopulationOutcome = { created: 0, updated: 0, removed: 0, unchanged: 0 };
  const changed = rows.filter((r) => {
    const old = before.get(`${r.regionCode}/${r.year}`);
    const same = old ? old.population === r.population && old.note === r.note : r.population === null;
    if (same) outcome.unchanged += 1;
    else if (r.population === null) outcome.removed += 1;
    else if (old) outcome.updated += 1;
    else outcome.created += 1;
    return !same;
  });
  if (changed.length === 0) return outcome;
  const kept = changed.filter((r) => r.population !== null);
  const gone = changed.filter((r) => r.population === null);
  if (gone.length > 0) {
    await tx.query(
      `DELETE FROM rural_population
       WHERE (region_code, year) IN (SELECT * FROM unnest($1::text[], $2::smallint[]))`,
      [gone.map((r) => r.regionCode), gone.map((r) => r.year)],
    );
  }
  if (kept.length > 0) {
    await tx.query(
      `INSERT INTO rural_population (region_code, year, population, note, source, updated_by)
       SELECT r, y, p, n, $5, $6 FROM unnest($1::text[], $2::smallint[], $3::int[], $4::text[]) AS t (r, y, p, n)
       ON CONFLICT (region_code, year) DO UPDATE
       SET population = EXCLUDED.population, note = EXCLUDED.note, source = EXCLUDED.source,
           updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [
        kept.map((r) => r.regionCode),
        kept.map((r) => r.year),
        kept.map((r) => r.population),
        kept.map((r) => r.note),
        source,
        actor.username,
      ],
    );
  }
  await recordAuditMany(
    tx,
    actor,
    changed.map((r) => {
      const old = before.get(`${r.regionCode}/${r.year}`);
      return {
        action: r.population === null ? 'population.remove' : 'population.set',
        entity: 'rural_population',
        entityId: `${r.regionCode}/${r.year}`,
        regionCode: r.regionCode,
        before: old ? { population: old.population, note: old.note } : undefined,
        after: r.population === null ? undefined : { population: r.population, note: r.note },
      };
    }),
  );
  return outcome;
}

export interface StoredPopulation {
  regionCode: string;
  year: number;
  population: number;
  note: string | null;
  source: PopulationSourceKind;
  updatedBy: string;
  updatedAt: string;
}

/** The entered figures of a region and its children for a year (scoped: other regions are not listed). */
export async function listPopulation(
  q: Queryable,
  actor: Actor,
  region: string,
  year: number,
): Promise<StoredPopulation[]> {
  const params: unknown[] = [region, year];
  const scope = readScope(actor, 'p.region_code', params);
  return q.query<StoredPopulation>(
    `SELECT p.region_code AS "regionCode", p.year, p.population, p.note, p.source, p.updated_by AS "updatedBy",
            p.updated_at::text AS "updatedAt"
     FROM rural_population p LEFT JOIN regions r ON r.code = p.region_code
     WHERE p.year = $2 AND (p.region_code = $1 OR r.parent_code = $1 OR ($1 = '000000000000' AND r.level = 1))
       AND ${scope}
     ORDER BY p.region_code`,
    params,
  );
}
