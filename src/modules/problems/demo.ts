import type { Db } from '../../db/types.ts';
import { systemActor } from '../access/job-actor.ts';
import type { Actor } from '../auth/actor.ts';
import { addDays } from '../cases/timers.ts';
import type { CaseworkDemoContext } from '../../cli/demo-casework.ts';
import { demoStaff } from '../organisation/demo-staff.ts';
import { padCode } from '../regions/region-code.ts';
import { actOnProblem } from './commands.ts';
import { sweepProblems } from './escalation.ts';
import { openProblems, type ProblemCategory, type ProblemSource } from './open.ts';
import type { ActionInput } from './schemas.ts';

const CATEGORIES: ProblemCategory[] = ['medical', 'housing', 'education', 'water', 'income', 'documents'];
const SOURCES: ProblemSource[] = ['visit', 'assessment', 'procedure'];
const TEXT: Record<ProblemCategory, string> = {
  food: '口粮不足',
  clothing: '冬衣不足',
  education: '子女上学路远，有辍学风险',
  medical: '家庭成员未参加城乡居民医保',
  housing: '房屋墙体开裂，需鉴定',
  water: '自来水入户管道破损',
  income: '务工收入下降，需安排公益岗位',
  documents: '户主身份证过期未换领',
  other: '其他',
};

/** Where each demo problem ends: the steps taken after it opened (days after its opening). */
const PATHS: { steps: ActionInput['action'][]; age: number; dueIn?: number }[] = [
  { steps: [], age: 3 },
  { steps: ['start'], age: 12 },
  { steps: ['start', 'solve'], age: 20 },
  { steps: ['start', 'solve', 'confirm'], age: 40 },
  { steps: ['start', 'solve', 'confirm', 'reopen'], age: 45 },
  { steps: [], age: 30, dueIn: 27 }, // overdue, still with its village
  { steps: ['start'], age: 40, dueIn: 30 }, // overdue 10 days: the town's inbox
  { steps: [], age: 60, dueIn: 35 }, // overdue 25 days: the county's inbox
];

/**
 * 演示问题清单 (third demo step): over the demo county's paired households first, then its poor, monitored
 * and exited ones, problems found by visits, the assessment and the procedures, in every state — open, in
 * progress, solved, confirmed, reopened — and some overdue, escalated to the town and the county by the
 * sweep as of today. Written through the module's own commands, dated back from today, by whom a county's
 * would be: found, started and solved by the village's first secretary or cadre, confirmed or reopened by an
 * official of its town, escalated by the system's daily sweep. `shell`, the loader, only when the county has
 * no such staff (the organisation's step makes them).
 */
export async function seedDemoProblems(db: Db, shell: Actor, ctx: CaseworkDemoContext): Promise<string> {
  const village = demoStaff(db, ['first_secretary', 'village_cadre']);
  const town = demoStaff(db, ['town_official']);
  const households = await db.query<{ id: number; regionCode: string }>(
    `SELECT h.id::int, h.region_code AS "regionCode" FROM households h
     JOIN household_years y ON y.household_id = h.id AND y.year = $2
     WHERE h.region_code LIKE $1 || '%' AND y.status IN ('01', '02', '03')
     ORDER BY EXISTS (SELECT 1 FROM pairings p WHERE p.household_id = h.id AND p.ended_at IS NULL) DESC,
              (y.status IN ('01', '03') OR y.monitoring_state = '1') DESC, h.id
     LIMIT 48`,
    [ctx.county.slice(0, 6), ctx.year],
  );
  for (const [i, h] of households.entries()) {
    const path = PATHS[i % PATHS.length]!;
    const category = CATEGORIES[i % CATEGORIES.length]!;
    const source = SOURCES[i % SOURCES.length]!;
    const opened = addDays(ctx.today, -path.age);
    const cadre = (await village(h.regionCode)) ?? shell;
    const official = (await town(padCode(h.regionCode.slice(0, 9)))) ?? shell;
    await db.transaction(async (tx) => {
      const [id] = await openProblems(
        tx,
        cadre,
        [
          {
            householdId: h.id,
            regionCode: h.regionCode,
            category,
            description: TEXT[category],
            source,
            sourceKey: `demo:${h.id}/${category}`,
            ...(path.dueIn !== undefined && { due: addDays(opened, path.dueIn) }),
          },
        ],
        opened,
      );
      if (id === undefined) return;
      for (const [n, action] of path.steps.entries()) {
        const date = addDays(opened, n + 1);
        const body: ActionInput = {
          action,
          version: n + 1,
          date,
          ...(action === 'solve' && { evidence: { documentNo: `整改〔${ctx.year}〕${id}号`, date } }),
          ...(action === 'reopen' && { note: '回访发现问题反弹' }),
        };
        const by = action === 'confirm' || action === 'reopen' ? official : cadre;
        await actOnProblem(tx, by, id, body, ctx.today, new Date(`${date}T12:00:00+08:00`));
      }
    });
  }
  // As the daily job runs it (jobs/sweep.ts): the system's, over the whole country.
  const swept = await db.transaction((tx) => sweepProblems(tx, systemActor(null), ctx.today));
  return `演示问题 / demo problems: ${households.length}（逾期 overdue ${swept.overdue}，上报 escalated ${swept.escalated}）`;
}
