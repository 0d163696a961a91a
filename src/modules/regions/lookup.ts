import type { Queryable } from '../../db/types.ts';

export interface RegionInfo {
  code: string;
  level: number;
  name: string;
}

/** Regions by code, for modules that validate or label codes (no access check: region names are public). */
export async function regionsByCode(
  q: Queryable,
  codes: readonly string[],
): Promise<Map<string, RegionInfo>> {
  if (codes.length === 0) return new Map();
  const rows = await q.query<RegionInfo>(
    'SELECT code, level, name FROM regions WHERE code = ANY($1::text[])',
    [[...new Set(codes)]],
  );
  return new Map(rows.map((r) => [r.code, r]));
}
