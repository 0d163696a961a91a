import type { Db } from '../../db/types.ts';
import { monitoringLine } from '../standards/rules.ts';
import { levelOf, PREFIX_LENGTH, type RegionLevel } from '../regions/region-code.ts';
import { MEASURED_HOUSEHOLDS, type RegistryScope } from './registry-scope.ts';

/**
 * What-if: for a region and year, a different poverty line or monitoring multiplier, and how many households
 * and persons would change position — below the line, or inside the monitoring range (line ≤ income < line ×
 * multiplier) — by child region. One grouped pass over the yearly facts in a READ ONLY transaction: the
 * database itself guarantees that nothing is written.
 */
export interface Proposal {
  line?: number | undefined;
  monitoringMultiplier?: number | undefined;
}

export interface Counts {
  households: number;
  persons: number;
}

const MEASURES = {
  belowNow: 'bn',
  belowThen: 'bt',
  newlyBelow: 'bt AND NOT bn',
  noLongerBelow: 'bn AND NOT bt',
  monitoringNow: 'mn',
  monitoringThen: 'mt',
  newlyMonitoring: 'mt AND NOT mn',
  noLongerMonitoring: 'mn AND NOT mt',
  // Registered households whose income is unknown: in no range now or then, so counted apart.
  unknownIncome: 'ui',
} as const;
type Measure = keyof typeof MEASURES;
const MEASURE_NAMES = Object.keys(MEASURES) as Measure[];

export type WhatIfRow = { code: string; name: string } & Record<Measure, Counts>;

export interface Standard {
  line: number;
  monitoringMultiplier: number;
  monitoringLine: number;
}

export interface WhatIfResult {
  region: string;
  year: number;
  current: Standard;
  proposed: Standard;
  total: WhatIfRow;
  children: WhatIfRow[];
}

export async function whatIf(db: Db, scope: RegistryScope, proposal: Proposal): Promise<WhatIfResult> {
  const { standard } = scope;
  const current = {
    line: standard.line,
    monitoringMultiplier: standard.monitoringMultiplier,
    monitoringLine: standard.monitoringLine,
  };
  const line = proposal.line ?? standard.line;
  const multiplier = proposal.monitoringMultiplier ?? standard.monitoringMultiplier;
  const proposed = {
    line,
    monitoringMultiplier: multiplier,
    monitoringLine: monitoringLine(line, multiplier),
  };
  const level = levelOf(scope.region);
  // A village has no children: only its total. Otherwise each household falls under the child holding it.
  const childLength = level === 5 ? null : PREFIX_LENGTH[(level + 1) as RegionLevel];
  const child = childLength === null ? `''` : `rpad(left(hy.region_code, ${childLength}), 12, '0')`;
  const sums = MEASURE_NAMES.map(
    (m) =>
      `, coalesce(count(*) FILTER (WHERE ${MEASURES[m]}), 0)::int AS "${m}_h", coalesce(sum(w) FILTER (WHERE ${MEASURES[m]}), 0)::int AS "${m}_p"`,
  ).join('');
  const rows = await db.transaction(async (tx) => {
    await tx.exec('SET TRANSACTION READ ONLY');
    return tx.query<Record<string, number | string | null>>(
      `WITH h AS (
         SELECT ${child} AS child, hy.size AS w,
                y IS NULL AS ui, y < $4 AS bn, y < $6 AS bt, y >= $4 AND y < $5 AS mn, y >= $6 AND y < $7 AS mt
         FROM household_years hy, LATERAL (SELECT hy.per_capita_income AS y) i
         WHERE ${MEASURED_HOUSEHOLDS}),
       g AS (SELECT child, grouping(child) AS total${sums} FROM h GROUP BY GROUPING SETS ((child), ()))
       SELECT g.*, r.name, (SELECT name FROM regions WHERE code = $2) AS "regionName"
       FROM g LEFT JOIN regions r ON r.code = g.child
       ORDER BY g.total DESC, g.child`,
      [
        scope.year,
        ...scope.range,
        current.line,
        current.monitoringLine,
        proposed.line,
        proposed.monitoringLine,
      ],
    );
  });
  const toRow = (r: Record<string, number | string | null>, code: string, name: string): WhatIfRow => {
    const row = { code, name } as WhatIfRow;
    for (const m of MEASURE_NAMES) row[m] = { households: Number(r[`${m}_h`]), persons: Number(r[`${m}_p`]) };
    return row;
  };
  const totalRow = rows.find((r) => Number(r.total) === 1);
  const empty = Object.fromEntries(
    MEASURE_NAMES.flatMap((m) => [
      [`${m}_h`, 0],
      [`${m}_p`, 0],
    ]),
  );
  return {
    region: scope.region,
    year: scope.year,
    current,
    proposed,
    total: toRow(totalRow ?? empty, scope.region, String(rows[0]?.regionName ?? '')),
    children:
      childLength === null
        ? []
        : rows
            .filter((r) => Number(r.total) === 0)
            .map((r) => toRow(r, String(r.child), String(r.name ?? r.child))),
  };
}
