import { DomainError } from '../../app/errors.ts';
import type { Db } from '../../db/types.ts';
import type { CaseworkDemoContext } from '../../cli/demo-casework.ts';
import { systemActor } from '../access/job-actor.ts';
import type { Actor } from '../auth/actor.ts';
import { demoStaff } from '../organisation/demo-staff.ts';
import { addDays } from '../cases/timers.ts';
import { createProject, setBeneficiaries, updateProject } from '../projects/commands.ts';
import { addDisbursement } from '../projects/disbursements.ts';
import { makeDisclosure } from '../projects/disclosure.ts';
import { padCode, subtreeRange } from '../regions/region-code.ts';
import { startOfDay } from '../cases/timers.ts';
import { createMeasure } from './commands.ts';
import { flagLateAssistance } from './flag.ts';
import type { MeasureCategory } from './schemas.ts';

/**
 * The demo county's assistance and projects (fourth demo step), written through the commands: a measure or two
 * for each paired household (most of them development-type), the households registered by the demo's cases
 * without a measure in time flagged by the one-month rule, and five projects over the county's villages with
 * beneficiaries, disbursements and states from planned to accepted — one with its fund disclosure made. Each by
 * whom a county's would be (organisation/demo-staff.ts): a measure by the household's village first secretary
 * or cadre, a project by the county office's official, the one-month rule by the system's timer; `shell`, the
 * loader, only where the county has no such staff.
 */
const DEVELOPMENT: readonly [MeasureCategory, string, number][] = [
  ['industry', '发放优质鸡苗 200 只，县畜牧站技术指导', 3000],
  ['employment', '推荐到县经济开发区企业务工', 0],
  ['micro_credit', '扶贫小额信贷 5 万元，财政贴息', 50000],
  ['welfare_job', '安排村级保洁公益岗位', 6000],
  ['other_education', '雨露计划职业教育补助', 3000],
];
const PROTECTIVE: readonly [MeasureCategory, string, number][] = [
  ['health', '家庭医生签约服务，慢病门诊报销', 1200],
  ['social_protection', '纳入农村低保', 4800],
  ['housing_safety', '危房改造补助', 20000],
];

export async function seedDemoAssistance(
  db: Db,
  shell: Actor,
  context: CaseworkDemoContext,
): Promise<string> {
  const [low, high] = subtreeRange(context.county);
  const village = demoStaff(db, ['first_secretary', 'village_cadre']);
  const now = startOfDay(context.today);
  const households = await demoHouseholds(db, low, high);
  const late = await lateCases(db, low, high, context.today);
  const skipped = new Set(late.map((c) => c.householdId));
  let measures = 0;
  let development = 0;
  for (const [i, h] of households.entries()) {
    if (skipped.has(h.id)) continue;
    const picks = [DEVELOPMENT[i % DEVELOPMENT.length]!];
    // One household in ten is helped only by protection (the elderly, the sick): no development-type measure.
    if (i % 10 === 3) picks[0] = PROTECTIVE[i % PROTECTIVE.length]!;
    if (i % 3 === 0) picks.push(PROTECTIVE[(i + 1) % PROTECTIVE.length]!);
    for (const [k, [category, description, amount]] of picks.entries()) {
      const startOn = addDays(context.today, -((i * 7 + k * 31) % 300) - 1);
      const actor = (await village(h.regionCode)) ?? shell;
      const m = await db.transaction((tx) =>
        createMeasure(
          tx,
          actor,
          {
            householdId: h.id,
            year: Number(startOn.slice(0, 4)),
            category,
            description,
            ...(amount > 0 ? { amount } : {}),
            provider: '兰陵县乡村振兴局',
            startOn,
          },
          now,
        ),
      );
      measures += 1;
      if (m.development) development += 1;
    }
  }
  let flagged = 0;
  for (const c of late) {
    const result = await db.transaction((tx) =>
      flagLateAssistance(tx, systemActor(c.regionCode), c.caseId, c.dueOn, context.today),
    );
    if (result?.flagged) flagged += 1;
  }
  const county = (await demoStaff(db, ['county_admin'])(padCode(context.county))) ?? shell;
  const projects = await seedProjects(db, county, context, low, high, now);
  return (
    `演示帮扶措施 ${measures} 条（开发式 ${development} 条），${flagged} 户帮扶未按时落实；项目 ${projects.count} 个${projects.disclosed ? '，1 个已生成资金公示' : ''}` +
    ` / demo assistance: ${measures} measures (${development} development-type), ${flagged} households late; ${projects.count} projects${projects.disclosed ? ', one disclosure made' : ''}`
  );
}

/** The paired households of the county; without pairings (no organisation yet), its poor households. */
async function demoHouseholds(db: Db, low: string, high: string) {
  const paired = await db.query<{ id: number; regionCode: string }>(
    `SELECT h.id::int, h.region_code AS "regionCode" FROM pairings p JOIN households h ON h.id = p.household_id
     WHERE p.ended_at IS NULL AND h.region_code BETWEEN $1 AND $2 ORDER BY h.id LIMIT 400`,
    [low, high],
  );
  if (paired.length > 0) return paired;
  return db.query<{ id: number; regionCode: string }>(
    `SELECT h.id::int, h.region_code AS "regionCode" FROM households h
     WHERE h.region_code BETWEEN $1 AND $2
       AND EXISTS (SELECT 1 FROM household_years y WHERE y.household_id = h.id AND y.status IN ('01', '02', '03'))
     ORDER BY h.id LIMIT 200`,
    [low, high],
  );
}

/** A few households registered by the demo's cases whose month is over: left without a measure, then flagged. */
async function lateCases(db: Db, low: string, high: string, today: string) {
  const rows = await db.query<{ caseId: number; householdId: number; regionCode: string; decidedOn: string }>(
    `SELECT c.id::int AS "caseId", c.household_id::int AS "householdId", c.region_code AS "regionCode",
            c.closed_on::text AS "decidedOn"
     FROM cases c JOIN households h ON h.id = c.household_id
     WHERE c.outcome = 'completed' AND c.type IN ('identification', 'return', 'monitoring')
       AND h.region_code BETWEEN $1 AND $2 AND c.closed_on <= $3::date - 30
       AND NOT EXISTS (SELECT 1 FROM assistance_measures m WHERE m.household_id = c.household_id)
     ORDER BY c.id LIMIT 3`,
    [low, high, today],
  );
  return rows.map((r) => ({ ...r, dueOn: addDays(r.decidedOn, 30) }));
}

const PROJECTS = [
  {
    name: '冬暖式蔬菜大棚建设项目',
    type: 'industry',
    scale: '新建冬暖式大棚 20 个，每个占地 1 亩',
    funds: { central: 600000, county: 150000 },
  },
  {
    name: '村内道路硬化工程',
    type: 'infrastructure',
    scale: '硬化村内道路 3.2 公里，宽 4 米',
    funds: { provincial: 480000, county: 120000 },
  },
  {
    name: '农村饮水安全巩固提升工程',
    type: 'water',
    scale: '铺设供水管网 5.6 公里，新建蓄水池 1 座',
    funds: { central: 350000, city: 50000 },
  },
  {
    name: '扶贫车间建设项目',
    type: 'employment',
    scale: '新建标准化扶贫车间 800 平方米',
    funds: { central: 400000, other: 100000 },
  },
  {
    name: '光伏扶贫电站项目',
    type: 'industry',
    scale: '建设村级光伏电站 100 千瓦',
    funds: { provincial: 500000, county: 80000 },
  },
] as const;
const STATES = ['planned', 'in_progress', 'completed', 'accepted', 'in_progress'] as const;

async function seedProjects(
  db: Db,
  actor: Actor,
  context: CaseworkDemoContext,
  low: string,
  high: string,
  now: Date,
) {
  const villages = await db.query<{ code: string }>(
    `SELECT h.region_code AS code FROM households h WHERE h.region_code BETWEEN $1 AND $2
     GROUP BY h.region_code ORDER BY count(*) DESC LIMIT 8`,
    [low, high],
  );
  if (villages.length === 0) return { count: 0, disclosed: false };
  let disclosed = false;
  for (const [i, p] of PROJECTS.entries()) {
    const codes = [villages[i % villages.length]!.code];
    if (i % 2 === 1 && villages.length > 1) codes.push(villages[(i + 1) % villages.length]!.code);
    const from = addDays(context.today, -200 + i * 30);
    const created = await db.transaction((tx) =>
      createProject(
        tx,
        actor,
        {
          regionCode: padCode(context.county),
          name: p.name,
          type: p.type,
          villageCodes: [...new Set(codes)],
          contentScale: p.scale,
          funds: p.funds,
          periodFrom: from,
          periodTo: addDays(from, 300),
          responsibleUnit: '兰陵县乡村振兴局',
          contractor: '兰陵县城乡建设有限公司',
          expectedBenefit: '带动脱贫户和监测户稳定增收，改善村内生产生活条件',
        },
        now,
      ),
    );
    const beneficiaries = await db.query<{ id: number }>(
      `SELECT id::int FROM households WHERE region_code = ANY($1::text[]) ORDER BY id LIMIT 25`,
      [created.villageCodes],
    );
    let project = await db.transaction((tx) =>
      setBeneficiaries(tx, actor, created.id, { householdIds: beneficiaries.map((b) => b.id) }, now),
    );
    const state = STATES[i]!;
    if (state !== 'planned') {
      const [source, fund] = Object.entries(p.funds)[0]! as [keyof typeof p.funds, number];
      for (const [k, share] of (state === 'in_progress' ? [0.3] : [0.3, 0.5]).entries())
        project = await db.transaction((tx) =>
          addDisbursement(
            tx,
            actor,
            created.id,
            {
              paidOn: addDays(context.today, -150 + i * 20 + k * 40),
              amount: Math.round(fund * share),
              source,
              voucherNo: `LL${String(created.id).padStart(4, '0')}-${k + 1}`,
              payee: '兰陵县城乡建设有限公司',
            },
            now,
          ),
        );
      for (const next of ['in_progress', 'completed', 'accepted'] as const) {
        project = await db.transaction((tx) =>
          updateProject(tx, actor, created.id, { version: project.version, state: next }, now),
        );
        if (next === state) break;
      }
    }
    if (!disclosed && state === 'in_progress') {
      try {
        await db.transaction((tx) => makeDisclosure(tx, actor, created.id, { namesAllowed: false }, now));
        disclosed = true;
      } catch (error) {
        // No portal site in the county yet (the portal's demo runs on its own): the project stays undisclosed.
        if (!(error instanceof DomainError)) throw error;
      }
    }
  }
  return { count: PROJECTS.length, disclosed };
}
