import type { Measure, MeasureBody, MeasureCategory, MeasurePatch } from './api.ts';

/**
 * The measure form as data, kept free of React to be tested: what it starts with (what the system already
 * holds, so nobody types it again), and the request it makes — a whole measure when new, only the changed
 * fields with the version when edited.
 */

/** 开发式帮扶: the categories that build the household's own income rather than support it. */
export const DEVELOPMENT_CATEGORIES: readonly MeasureCategory[] = [
  'industry',
  'employment',
  'micro_credit',
  'welfare_job',
];

export interface MeasureValues {
  year: number;
  category?: MeasureCategory;
  description?: string;
  /** As typed: the form's number input gives a number or null. */
  amount?: number | null;
  provider?: string;
  startOn?: string | null;
  endOn?: string | null;
  development: boolean;
}

/**
 * A new measure's fields: the page's year, the responsible cadre's unit as provider, and a start inside that
 * year that is not after today (today in the current year, else the year's first day).
 */
export function newMeasureValues(year: number, provider: string | null, today: string): MeasureValues {
  const startOn = today.startsWith(`${year}-`) || `${year}-01-01` > today ? today : `${year}-01-01`;
  return { year, startOn, development: false, ...(provider ? { provider } : {}) };
}

export function valuesOf(m: Measure): MeasureValues {
  return {
    year: m.year,
    category: m.category,
    description: m.description,
    amount: m.amount,
    provider: m.provider ?? undefined,
    startOn: m.startOn,
    endOn: m.endOn,
    development: m.development,
  };
}

const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/**
 * The whole measure as the API takes it (empty optional fields are null); the development flag only when the
 * user set it, else the server derives it from the category (and counts it as filled in, not typed).
 */
export function measureBody(householdId: number, v: MeasureValues, flagSet = true): MeasureBody {
  const body: MeasureBody = {
    householdId,
    year: v.year,
    // The form requires a category; without one the server answers 422 with the field.
    category: v.category ?? ('' as MeasureCategory),
    description: v.description?.trim() ?? '',
    amount: v.amount ?? null,
    provider: text(v.provider),
    startOn: v.startOn ?? '',
    endOn: v.endOn ?? null,
  };
  return flagSet ? { ...body, development: v.development } : body;
}

/** An edit: only the fields that differ from the measure as loaded, and its version; null when none does. */
export function measurePatch(original: Measure, v: MeasureValues): MeasurePatch | null {
  const next: MeasureBody = measureBody(original.householdId, v);
  const patch: Partial<MeasureBody> = {};
  for (const key of Object.keys(next) as (keyof MeasureBody)[]) {
    if (key !== 'householdId' && next[key] !== (original[key] ?? null)) {
      (patch as Record<string, unknown>)[key] = next[key];
    }
  }
  return Object.keys(patch).length === 0 ? null : { ...patch, version: original.version };
}
