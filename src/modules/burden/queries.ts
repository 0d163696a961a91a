import type { Queryable } from '../../db/types.ts';
import { readScope } from '../access/scope.ts';
import type { Actor } from '../auth/actor.ts';
import { subtreeRange } from '../regions/region-code.ts';

export type BurdenBy = 'cadre' | 'village' | 'me';

export interface BurdenRow {
  /** The Monday of the week (China time). */
  week: string;
  /** The user's login (by cadre, me) or the region's code (by village). */
  key: string;
  name: string;
  typed: number;
  prefilled: number;
  writes: number;
}

/**
 * The burden log summed per week and person or village, from `from` to `to` (the weeks holding them). Scoped
 * in SQL: the entries of the region's subtree the actor reads the registry in; `me` sums the actor's own
 * entries wherever they were made (a paired cadre's, whose grant is no region of the registry).
 */
export function burdenRows(
  db: Queryable,
  actor: Actor,
  q: { region: string; fromWeek: string; to: string; by: BurdenBy },
): Promise<BurdenRow[]> {
  const params: unknown[] = [q.fromWeek, q.to];
  const where = ['b.week BETWEEN $1::date AND $2::date'];
  if (q.by === 'me') {
    params.push(actor.userId);
    where.push(`b.user_id = $${params.length}`);
  } else {
    const [lo, hi] = subtreeRange(q.region);
    params.push(lo, hi);
    where.push(
      `b.region_code BETWEEN $${params.length - 1} AND $${params.length}`,
      readScope(actor, 'b.region_code', params),
    );
  }
  const [key, name, join] =
    q.by === 'village'
      ? ['b.region_code', 'coalesce(r.name, b.region_code)', 'LEFT JOIN regions r ON r.code = b.region_code']
      : [
          'b.username',
          'coalesce(c.name, u.display_name, b.username)',
          'LEFT JOIN users u ON u.id = b.user_id LEFT JOIN cadres c ON c.user_id = b.user_id',
        ];
  return db.query<BurdenRow>(
    `SELECT b.week::text AS week, ${key} AS key, ${name} AS name, sum(b.typed)::int AS typed,
            sum(b.prefilled)::int AS prefilled, count(*)::int AS writes
     FROM burden_entries b ${join}
     WHERE ${where.join(' AND ')}
     GROUP BY b.week, ${key}, ${name}
     ORDER BY b.week, ${key}`,
    params,
  );
}
