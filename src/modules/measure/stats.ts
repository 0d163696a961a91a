import { requireRegion } from '../access/require-access.ts';
import type { Db, Queryable } from '../../db/types.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { COUNTRY } from '../regions/region-code.ts';
import { CANCELLED_STATUS } from './summaries.ts';

/**
 * Registry statistics per region and year. They are maintained by database triggers in the transaction of
 * every registry write (see migration 0002) down from the county, and read through region_figures(), which
 * sums the counties' rows for a city, a province or the country (migration 0016): reading them is an index
 * range scan of the maintained rows, never a registry scan.
 *
 * households and persons are the registered ones (在册户: every status but 04 注销, docs/glossary.md), and
 * every breakdown — by status, cause, type, child region — sums to them. The cancelled households are
 * counted apart (cancelledHouseholds), never inside a breakdown. The monitored households (防止返贫监测) are
 * counted by monitoring type and state (byMonitoring), whatever their status: an ordinary household (type 00,
 * no status) under monitoring is in byMonitoring only, not in the registered households.
 */
export interface Breakdown {
  code: string;
  households: number;
  persons: number;
}

export interface RegionStats {
  region: string;
  year: number;
  households: number;
  persons: number;
  cancelledHouseholds: number;
  cancelledPersons: number;
  byStatus: Breakdown[];
  byCause: Breakdown[];
  byType: Breakdown[];
  byMonitoring: MonitoringBreakdown[];
  children: (Breakdown & { name: string })[];
}

/** Monitored households of one monitoring type (1/2/3) in one state (1 监测中, 2 风险已消除). */
export interface MonitoringBreakdown {
  type: string;
  state: string;
  households: number;
  persons: number;
}

interface StatRow {
  dimension: 'total' | 'status' | 'cause' | 'type' | 'monitoring';
  key: string;
  households: number;
  persons: number;
}

export async function readStats(
  db: Queryable,
  actor: Actor,
  region: string,
  year: number,
): Promise<RegionStats> {
  requireRegion(actor, 'region.read', region);
  const rows = await db.query<StatRow>(
    `SELECT dimension, key, households, persons FROM region_figures($1)
     WHERE year = $2 AND households <> 0 ORDER BY dimension, key`,
    [region, year],
  );
  // The country's children are the provinces, which have no parent row.
  const childCondition = region === COUNTRY ? 'r.level = 1 AND $1::text IS NOT NULL' : 'r.parent_code = $1';
  const children = await db.query<Breakdown & { name: string }>(
    `SELECT r.code, r.name, coalesce(s.households, 0) AS households, coalesce(s.persons, 0) AS persons
     FROM regions r
     LEFT JOIN LATERAL (SELECT f.households, f.persons FROM region_figures(r.code) f
                        WHERE f.year = $2 AND f.dimension = 'total') s ON true
     WHERE ${childCondition} ORDER BY r.code`,
    [region, year],
  );
  const of = (dimension: StatRow['dimension']) =>
    rows
      .filter((r) => r.dimension === dimension)
      .map((r) => ({ code: r.key, households: r.households, persons: r.persons }));
  const total = rows.find((r) => r.dimension === 'total');
  const cancelled = rows.find((r) => r.dimension === 'status' && r.key === CANCELLED_STATUS);
  return {
    region,
    year,
    households: total?.households ?? 0,
    persons: total?.persons ?? 0,
    cancelledHouseholds: cancelled?.households ?? 0,
    cancelledPersons: cancelled?.persons ?? 0,
    byStatus: registeredStatuses(of('status')),
    byCause: of('cause'),
    byType: of('type'),
    byMonitoring: of('monitoring').map(({ code, ...counts }) => {
      const [type = '', state = ''] = code.split(':');
      return { type, state, ...counts };
    }),
    children,
  };
}

/** The status breakdown of the registered households: the cancelled (04) are counted apart. */
function registeredStatuses(list: Breakdown[]): Breakdown[] {
  return list.filter((b) => b.code !== CANCELLED_STATUS);
}

/** A region's registered households and persons of one year, by status: one point of its trend. */
export interface YearStats {
  year: number;
  households: number;
  persons: number;
  byStatus: Breakdown[];
}

/**
 * Every year with households of a region, in order, with households and persons by status: the region's trend
 * in one index range scan of the maintained rows (region_figures), however many years and households there are.
 */
export async function readYears(db: Queryable, actor: Actor, region: string): Promise<YearStats[]> {
  requireRegion(actor, 'region.read', region);
  const rows = await db.query<StatRow & { year: number }>(
    `SELECT year, dimension, key, households, persons FROM region_figures($1)
     WHERE dimension IN ('total', 'status') AND households <> 0
     ORDER BY year, dimension, key`,
    [region],
  );
  const years = new Map<number, YearStats>();
  for (const row of rows) {
    const entry = years.get(row.year) ?? { year: row.year, households: 0, persons: 0, byStatus: [] };
    years.set(row.year, entry);
    if (row.dimension === 'total') {
      entry.households = row.households;
      entry.persons = row.persons;
    } else if (row.key !== CANCELLED_STATUS)
      entry.byStatus.push({ code: row.key, households: row.households, persons: row.persons });
  }
  // A year whose households were all cancelled is still a year with data: it shows 0 registered.
  return [...years.values()];
}

export interface StatsMismatch {
  regionCode: string;
  year: number;
  dimension: string;
  key: string;
  maintained: [number, number];
  recomputed: [number, number];
}

/** Differences between the maintained figures and a recomputation from the registry (empty when they agree). */
export async function compareStats(db: Queryable): Promise<StatsMismatch[]> {
  const rows = await db.query<{
    region_code: string;
    year: number;
    dimension: string;
    key: string;
    mh: number;
    mp: number;
    rh: number;
    rp: number;
  }>(
    `WITH maintained AS (SELECT * FROM region_stats WHERE households <> 0 OR persons <> 0),
          recomputed AS (SELECT * FROM region_stats_recompute())
     SELECT coalesce(m.region_code, r.region_code) AS region_code, coalesce(m.year, r.year) AS year,
            coalesce(m.dimension, r.dimension) AS dimension, coalesce(m.key, r.key) AS key,
            coalesce(m.households, 0) AS mh, coalesce(m.persons, 0) AS mp,
            coalesce(r.households, 0)::int AS rh, coalesce(r.persons, 0)::int AS rp
     FROM maintained m FULL JOIN recomputed r
       ON m.region_code = r.region_code AND m.year = r.year AND m.dimension = r.dimension AND m.key = r.key
     WHERE coalesce(m.households, 0) <> coalesce(r.households, 0) OR coalesce(m.persons, 0) <> coalesce(r.persons, 0)
     ORDER BY 1, 2, 3, 4 LIMIT 1000`,
  );
  return rows.map((r) => ({
    regionCode: r.region_code,
    year: r.year,
    dimension: r.dimension,
    key: r.key,
    maintained: [r.mh, r.mp],
    recomputed: [r.rh, r.rp],
  }));
}

/** Recomputes every figure from the registry, replacing the maintained ones, in one audited transaction. */
export async function rebuildStats(db: Db, actor: Actor): Promise<{ rows: number }> {
  return db.transaction(async (tx) => {
    await tx.query('DELETE FROM region_stats');
    const rows = await tx.query<{ n: number }>(
      `WITH inserted AS (
         INSERT INTO region_stats (region_code, year, dimension, key, households, persons)
         SELECT region_code, year, dimension, key, households, persons FROM region_stats_recompute()
         RETURNING 1)
       SELECT count(*)::int AS n FROM inserted`,
    );
    const n = rows[0]?.n ?? 0;
    await recordAudit(tx, actor, {
      action: 'stats.rebuild',
      entity: 'region_stats',
      entityId: null,
      regionCode: null,
      after: { rows: n },
    });
    return { rows: n };
  });
}
