import { notFound } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import { requireRegion } from '../access/require-access.ts';
import type { Actor } from '../auth/actor.ts';
import { readStats } from '../measure/stats.ts';
import { readSummaryTable } from '../measure/summaries.ts';
import { latestYearOf } from '../registry/queries.ts';
import { label, type Book, type Section } from './book.ts';
import * as q from './queries.ts';

/**
 * 一村一档: a village's summary, generated — its households by status, type and monitoring (the maintained
 * statistics), the incidence (the summary table's), its Party branch, work team, cadres and their loads,
 * attendance, projects, problems and measures. No personal data: names of the organisation's people only
 * (no phones), counts of households. Readable by whoever reads the village as a region.
 */
const VILLAGE_LEVEL = 5;

export async function villageDossier(
  db: Queryable,
  actor: Actor,
  code: string,
  today: string,
): Promise<Book> {
  requireRegion(actor, 'region.read', code);
  const [village] = await q.villageOf(db, code);
  if (!village || village.level !== VILLAGE_LEVEL) throw notFound('village', code);
  const year = (await latestYearOf(db, code)) ?? Number(today.slice(0, 4));
  const [stats, summary, branches, team, cadres, projects, problems, measures] = await Promise.all([
    readStats(db, actor, code, year),
    readSummaryTable(db, actor, code, year),
    q.branchesOf(db, code),
    q.teamMembersOf(db, code, today),
    q.cadreLoadsOf(db, code),
    q.projectsOf(db, code),
    q.problemCountsOf(db, code),
    q.measureCountsOf(db, code),
  ]);
  const own = summary.region;
  const byState = (state: string) => problems.filter((p) => p.state === state).reduce((n, p) => n + p.n, 0);
  const sections: Section[] = [
    {
      title: `一、基本情况（${year} 年）`,
      facts: [
        ['村', village.name],
        ['所属', village.path],
        ['在册户数', stats.households],
        ['在册人数', stats.persons],
        ['贫困户数', own.poorHouseholds],
        ['贫困人口', own.poorPersons],
        ['已脱贫户数', own.exitedHouseholds],
        ['已脱贫人口', own.exitedPersons],
        ['农村人口', own.population],
        ['贫困发生率', own.incidence === null ? null : `${(own.incidence * 100).toFixed(2)}%`],
      ],
    },
    {
      title: '二、分类户数',
      headers: ['分类', '类别', '户数', '人数'],
      rows: [
        ...stats.byStatus.map((b) => ['户状态', label('household_status', b.code), b.households, b.persons]),
        ...stats.byType.map((b) => ['户类型', label('household_type', b.code), b.households, b.persons]),
        ...stats.byMonitoring.map((b) => [
          '监测对象',
          `${label('monitoring_type', b.type)} · ${label('monitoring_state', b.state)}`,
          b.households,
          b.persons,
        ]),
      ],
    },
    {
      title: '三、村党支部',
      headers: ['支部名称', '书记', '党员人数'],
      rows: branches.map((b) => [b.name, b.secretary, b.membersCount]),
    },
    {
      title: '四、驻村工作队',
      headers: ['派出单位', '任期', '姓名', '职务', '在队起', '在队止', `${today.slice(0, 4)} 年驻村天数`],
      rows: team.map((m) => [
        m.unit,
        `${m.termFrom} 至 ${m.termTo}`,
        m.name,
        label('team_role', m.role),
        m.fromDate,
        m.toDate,
        m.days,
      ]),
    },
    {
      title: '五、帮扶责任人',
      headers: ['姓名', '单位', '职务', '本村结对户数', '结对户总数'],
      rows: cadres.map((c) => [c.name, c.unit, c.post, c.here, c.load]),
    },
    {
      title: '六、项目资金',
      headers: ['项目名称', '类型', '实施期', '资金（元）', '已拨付（元）', '本村受益户', '状态'],
      rows: projects.map((p) => [
        p.name,
        label('project_type', p.type),
        `${p.periodFrom} 至 ${p.periodTo}`,
        Number(p.total),
        Number(p.disbursed),
        p.beneficiaries,
        label('project_state', p.state),
      ]),
      weights: [4, 1.5, 3.5, 2, 2, 1.5, 1.5],
    },
    {
      title: '七、问题清单',
      headers: ['类别', '待处理', '处理中', '已解决', '已确认', '其中逾期'],
      rows: [...new Set(problems.map((p) => p.category))].sort().map((category) => {
        const of = problems.filter((p) => p.category === category);
        const n = (state: string) => of.filter((p) => p.state === state).reduce((s, p) => s + p.n, 0);
        return [
          label('problem_category', category),
          n('open'),
          n('in_progress'),
          n('solved'),
          n('confirmed'),
          of.reduce((s, p) => s + p.overdue, 0),
        ];
      }),
    },
    {
      title: '八、帮扶措施',
      headers: ['年度', '类别', '措施数', '受益户', '金额（元）'],
      rows: measures.map((m) => [
        m.year,
        label('measure_category', m.category),
        m.n,
        m.households,
        Number(m.amount),
      ]),
    },
  ];
  const open = byState('open') + byState('in_progress');
  return {
    title: '一村一档',
    subtitle: `${village.path}（${code}）· 未解决问题 ${open} 个`,
    generatedOn: today,
    sections,
  };
}
