import type { Queryable } from '../../db/types.ts';
import { ancestorsOf, COUNTRY } from '../regions/region-code.ts';

/**
 * The region an account's audit rows belong to: the lowest region holding all its grants (a user granted on
 * two towns of a county belongs to the county), so the administrators who manage the account — and only
 * they and those above — read its audit. An account without grants has no region: its rows are system-wide.
 */
export function commonRegion(codes: readonly string[]): string | null {
  if (codes.length === 0) return null;
  const chains = codes.map((c) => (c === COUNTRY ? [] : ancestorsOf(c)));
  const first = chains[0] ?? [];
  let common = COUNTRY;
  for (const [i, code] of first.entries()) {
    if (!chains.every((chain) => chain[i] === code)) break;
    common = code;
  }
  return common;
}

/** The region of the account `userId` now (see commonRegion), read from its grants. */
export async function accountRegion(q: Queryable, userId: number): Promise<string | null> {
  const rows = await q.query<{ regionCode: string }>(
    'SELECT region_code AS "regionCode" FROM role_grants WHERE user_id = $1',
    [userId],
  );
  return commonRegion(rows.map((r) => r.regionCode));
}
