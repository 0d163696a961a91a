import type { FieldSpec } from './fields.ts';
import type { Values } from './validate.ts';

/** SQL fragments derived from the field lists (see fields.ts). Column names come from code, never from input. */

/** `t.natural_village AS "naturalVillage", …` */
export function selectList(specs: readonly FieldSpec[], alias: string): string {
  return specs.map((s) => `${alias}.${s.column} AS "${s.key}"`).join(', ');
}

/** The present keys of `values` as columns and parameters, in field-list order. */
export function presentColumns(
  specs: readonly FieldSpec[],
  values: Values,
): { columns: string[]; params: unknown[] } {
  const columns: string[] = [];
  const params: unknown[] = [];
  for (const s of specs) {
    if (values[s.key] === undefined) continue;
    columns.push(s.column);
    params.push(values[s.key]);
  }
  return { columns, params };
}

/** Keeps only the keys of the field list. */
export function pick(specs: readonly FieldSpec[], values: Values): Values {
  const out: Values = {};
  for (const s of specs) if (values[s.key] !== undefined) out[s.key] = values[s.key];
  return out;
}

/** The fields whose value differs, for the field-level history. */
export function changedFields(
  specs: readonly FieldSpec[],
  before: Values,
  after: Values,
): { key: string; from: unknown; to: unknown }[] {
  const out: { key: string; from: unknown; to: unknown }[] = [];
  for (const s of specs) {
    if (after[s.key] === undefined) continue;
    const from = before[s.key] ?? null;
    const to = after[s.key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) out.push({ key: s.key, from, to });
  }
  return out;
}
