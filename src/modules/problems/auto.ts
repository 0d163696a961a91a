import type { DomainError } from '../../app/errors.ts';
import { retryTransaction } from '../../db/retry.ts';
import type { Db, Tx } from '../../db/types.ts';
import { GUARANTEES, guaranteeLabel, type Guarantee } from '../assessment/guarantees.ts';
import type { Actor } from '../auth/actor.ts';
import { openProblems, type ProblemCategory } from './open.ts';

/**
 * Problems the other modules find (issue 13 §3), each opened once by its source key: an unmet guarantee
 * recorded by the assessment for a poor (01 未脱贫, 03 返贫) or monitored (监测中) household, and the failed
 * criteria of an exit or a risk elimination the procedures refused.
 */
export async function openAssessmentProblem(
  tx: Tx,
  actor: Actor,
  a: { householdId: number; year: number; guarantee: Guarantee; regionCode: string; reason: string },
  today: string,
): Promise<number[]> {
  const [row] = await tx.query<{ counts: boolean }>(
    `SELECT (status IN ('01', '03') OR monitoring_state = '1') AS counts FROM household_years
     WHERE household_id = $1 AND year = $2`,
    [a.householdId, a.year],
  );
  if (!row?.counts) return [];
  const label = guaranteeLabel(a.guarantee).zh;
  return openProblems(
    tx,
    actor,
    [
      {
        householdId: a.householdId,
        regionCode: a.regionCode,
        category: a.guarantee,
        description: `${a.year} 年${label}未保障：${a.reason}`.slice(0, 2000),
        source: 'assessment',
        sourceKey: `assessment:${a.householdId}/${a.year}/${a.guarantee}`,
      },
    ],
    today,
  );
}

/** The steps whose refusal for unmet criteria names what the household still lacks. */
const CRITERIA_STEPS: ReadonlySet<string> = new Set(['verify', 'county_approve']);
const CRITERIA_TYPES = ['exit', 'risk_elimination'];

interface FailedCriterion {
  code: string;
  message: { zh: string };
  details?: { guarantee?: string };
}

/**
 * After an exit or a risk elimination was refused at verify or county_approve for unmet criteria (its own
 * transaction rolled back), opens one problem per failing criterion of each household case, in a transaction
 * of its own — once per case and criterion (`case:<id>/<criterion>`). A village's or county's exit has no
 * household and opens none. Other refusals are left alone.
 */
export async function openCriteriaProblems(
  db: Db,
  actor: Actor,
  action: string,
  refusals: readonly { id: number; error?: DomainError | undefined }[],
  today: string,
): Promise<number[]> {
  if (!CRITERIA_STEPS.has(action)) return [];
  const failed = new Map<number, FailedCriterion[]>();
  for (const r of refusals)
    if (r.error?.code === 'CRITERIA_NOT_MET')
      failed.set(r.id, (r.error.details.criteria as FailedCriterion[] | undefined) ?? []);
  if (failed.size === 0) return [];
  return retryTransaction(db, async (tx) => {
    const cases = await tx.query<{ id: number; householdId: number; regionCode: string }>(
      `SELECT c.id::int, c.household_id::int AS "householdId", h.region_code AS "regionCode"
       FROM cases c JOIN households h ON h.id = c.household_id
       WHERE c.id = ANY($1::bigint[]) AND c.type = ANY($2::text[])`,
      [[...failed.keys()], CRITERIA_TYPES],
    );
    const items = cases.flatMap((c) =>
      failed.get(c.id)!.map((criterion) => {
        const key = criterion.details?.guarantee
          ? `${criterion.code}:${criterion.details.guarantee}`
          : criterion.code;
        return {
          householdId: c.householdId,
          regionCode: c.regionCode,
          category: criterionCategory(criterion),
          description: criterion.message.zh.slice(0, 2000),
          source: 'procedure' as const,
          sourceKey: `case:${c.id}/${key}`,
        };
      }),
    );
    return openProblems(tx, actor, items, today);
  });
}

/** The category of a failed criterion: its guarantee, income for the income tests, else other. */
function criterionCategory(c: FailedCriterion): ProblemCategory {
  const guarantee = c.details?.guarantee;
  if (guarantee !== undefined && (GUARANTEES as readonly string[]).includes(guarantee))
    return guarantee as ProblemCategory;
  return c.code.startsWith('INCOME') ? 'income' : 'other';
}
