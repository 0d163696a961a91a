import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { householdPersonalScope, householdYearScope } from '../access/scope.ts';
import { assessHouseholds, assessmentKey } from '../assessment/batch.ts';
import { presentRow, scrubText } from '../privacy/present.ts';
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS, YEAR_FIELDS, type FieldSpec } from '../registry/fields.ts';
import { getHousehold } from '../registry/queries.ts';
import { YEAR_SELECT, type YearRow } from '../registry/repo.ts';
import { chinaTime, fieldText, label, yesNo, type Book, type Cell, type Section } from './book.ts';
import * as q from './queries.ts';

/**
 * 帮扶手册: everything the system holds of one household, generated from the registry and the casework —
 * nobody types it. The household is read through the registry's own page read (getHousehold: scoped, 404
 * outside the caller's households, personal data masked per the presenter — a paired cadre sees their
 * household's in full), and everything else about it by its id once that read has answered.
 */
export interface HouseholdBook {
  book: Book;
  householdId: number;
  householdNo: string;
  regionCode: string;
  personal: boolean;
}

const spec = (list: readonly FieldSpec[], key: string): FieldSpec => list.find((f) => f.key === key)!;
const facts = (
  list: readonly FieldSpec[],
  keys: string[],
  values: Record<string, unknown>,
): [string, Cell][] =>
  keys.map((key) => {
    const s = spec(list, key);
    return [s.zh, fieldText(s, values[key])];
  });

const GUARANTEE_STATE: Record<string, string> = { secure: '有保障', not_secure: '无保障', unknown: '未知' };
const CHECKS = ['food', 'clothing', 'education', 'medical', 'housing', 'water'] as const;
const CHECK_LABELS = ['吃', '穿', '教育', '医疗', '住房', '饮水'];

export async function householdBook(
  db: Queryable,
  actor: Actor,
  id: number,
  today: string,
): Promise<HouseholdBook> {
  const household = await getHousehold(db, actor, id, { today });
  const personal = await isPersonal(db, actor, id);
  // Free text (notes, descriptions, reasons) may hold a number someone typed: masked like the rest.
  const free = (s: string | null): string => (s === null ? '' : personal ? s : scrubText(s));
  const years = await yearsOf(db, actor, id);
  const latest = years.at(-1);
  const assessment = latest
    ? (await assessHouseholds(db, [{ householdId: id, year: latest.year }])).get(assessmentKey(latest))
    : undefined;
  const [pairings, visits, problems, events, measures] = await Promise.all([
    q.pairingsOf(db, id),
    q.visitsOf(db, id),
    q.problemsOf(db, id),
    q.problemEventsOf(db, id),
    q.measuresOf(db, id),
  ]);
  const head = household.members.find((m) => m.relation === '01');
  const path = household.regionPath.map((r) => r.name).join(' ');
  const values = household as unknown as Record<string, unknown>;
  const latestValues = (latest ?? {}) as Record<string, unknown>;
  const open = pairings.find((p) => p.toDate === null);
  const sections: Section[] = [
    {
      title: '一、基本情况',
      facts: [
        ['户编号', household.householdNo],
        ['所在村', path],
        ['户主', head ? `${text(head.name)}（${text(head.idNumber)}）` : null],
        ['年度', latest?.year ?? null],
        ['家庭人口', latest?.size ?? null],
        ...facts(YEAR_FIELDS, ['status', 'householdType', 'mainCause', 'secondaryCauses'], latestValues),
        ...facts(
          YEAR_FIELDS,
          ['monitoringType', 'riskTypes', 'monitoringState', 'monitoredOn', 'riskEliminatedOn'],
          latestValues,
        ),
        ...facts(
          HOUSEHOLD_FIELDS,
          HOUSEHOLD_FIELDS.filter((f) => !f.key.startsWith('cadre')).map((f) => f.key),
          values,
        ),
      ],
    },
    {
      title: '二、家庭成员',
      headers: ['姓名', '证件号码', '性别', '年龄', ...MEMBER_FIELDS.slice(2).map((f) => f.zh)],
      rows: household.members.map((m) => {
        const r = m as unknown as Record<string, unknown>;
        const [name, idNumber, ...rest] = MEMBER_FIELDS.map((f) => fieldText(f, r[f.key]));
        return [name ?? null, idNumber ?? null, label('sex', String(m.sex)), m.age, ...rest];
      }),
      printed: [0, 1, 2, 3, 4, 5, 7, 8, 9],
      weights: [3, 6, 1.5, 1.5, 3, 3, 3, 3, 3],
    },
    {
      title: '三、收入情况',
      headers: [
        '年度',
        '人口',
        ...['wageIncome', 'businessIncome', 'propertyIncome', 'transferIncome', 'businessCosts'].map(
          (k) => spec(YEAR_FIELDS, k).zh,
        ),
        '人均纯收入',
        '户状态',
      ],
      rows: years.map((y) => {
        const r = y as unknown as Record<string, unknown>;
        return [
          y.year,
          y.size,
          ...['wageIncome', 'businessIncome', 'propertyIncome', 'transferIncome', 'businessCosts'].map((k) =>
            fieldText(spec(YEAR_FIELDS, k), r[k]),
          ),
          y.perCapitaIncome === null ? null : Number(y.perCapitaIncome),
          fieldText(spec(YEAR_FIELDS, 'status'), r.status),
        ];
      }),
    },
    {
      title: `四、两不愁三保障及饮水安全${assessment ? `（${assessment.year} 年）` : ''}`,
      headers: ['项目', '状况', '依据'],
      rows: [
        ...(assessment?.guarantees ?? []).map((g) => [
          g.label.zh,
          GUARANTEE_STATE[g.state] ?? g.state,
          g.reason?.zh ?? '',
        ]),
        ...(assessment
          ? [
              [
                '收入',
                assessment.belowLine === null ? '未知' : assessment.belowLine ? '低于标准' : '达到标准',
                assessment.standard
                  ? `人均纯收入 ${assessment.perCapitaIncome ?? '—'} 元，标准 ${assessment.standard.line} 元`
                  : '未设定标准',
              ],
            ]
          : []),
      ],
      weights: [2, 1.5, 6],
    },
    {
      title: '五、帮扶责任人',
      facts: [
        ['帮扶责任人', open?.name ?? text(values.cadreName)],
        ['帮扶单位', open?.unit ?? text(values.cadreUnit)],
        ['职务', open?.post ?? null],
        ['联系电话', present(open ? open.phone : text(values.cadrePhone), personal)],
      ],
    },
    {
      title: '六、结对帮扶记录',
      headers: ['帮扶责任人', '帮扶单位', '开始日期', '结束日期', '结束原因'],
      rows: pairings.map((p) => [p.name, p.unit, p.fromDate, p.toDate, free(p.endReason)]),
    },
    {
      title: '七、走访记录',
      headers: ['走访时间', '走访人', ...CHECK_LABELS, '收入变化', '成员变化', '情况记录', '户确认', '照片'],
      rows: visits.map((v) => [
        chinaTime(v.at),
        v.cadre,
        ...CHECKS.map((c) => yesNo(v.checks[c])),
        free(v.incomeChange),
        free(v.memberChanges),
        free(v.notes),
        v.confirmation === 'signature' ? '签名' : v.confirmation === 'code' ? '验证码' : '',
        v.photos,
      ]),
      printed: [0, 1, 2, 3, 4, 5, 6, 7, 10, 11],
      weights: [3.2, 2, 1, 1, 1, 1, 1, 1, 6, 1.5],
    },
    {
      title: '八、问题清单',
      headers: ['编号', '类别', '问题描述', '发现方式', '责任人', '开立日期', '期限', '状态', '逾期'],
      rows: problems.map((p) => [
        p.id,
        label('problem_category', p.category),
        free(p.description),
        label('problem_source', p.source),
        p.owner,
        p.openedOn,
        p.due,
        label('problem_state', p.state),
        yesNo(p.overdue),
      ]),
      weights: [1, 1.5, 6, 2, 2, 2.4, 2.4, 1.6, 1],
    },
    {
      title: '九、问题处理过程',
      headers: ['问题编号', '日期', '办理', '经办人', '说明'],
      rows: events.map((e) => [e.problemId, e.date, e.action, e.actorName, free(e.reason)]),
      weights: [1.5, 2, 2, 2, 6],
    },
    {
      title: '十、帮扶措施',
      headers: ['年度', '类别', '内容', '金额（元）', '帮扶主体', '开始', '结束', '发展类'],
      rows: measures.map((m) => [
        m.year,
        label('measure_category', m.category),
        free(m.description),
        m.amount === null ? null : Number(m.amount),
        m.provider,
        m.startOn,
        m.endOn,
        yesNo(m.development),
      ]),
      weights: [1.2, 2, 6, 1.8, 2.5, 2.2, 2.2, 1.2],
    },
  ];
  return {
    book: {
      title: '帮扶手册',
      subtitle: `户编号 ${household.householdNo} · ${path}`,
      generatedOn: today,
      sections,
    },
    householdId: id,
    householdNo: household.householdNo,
    regionCode: household.regionCode,
    personal,
  };
}

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The cadre's phone as the presenter shows a phone to this reader. */
const present = (phone: string | null, personal: boolean): string | null =>
  phone === null ? null : presentRow({ phone }, { personal }).phone;

/** Whether this reader sees the household's personal data: where they see personal data, or paired with it. */
async function isPersonal(db: Queryable, actor: Actor, id: number): Promise<boolean> {
  const params: unknown[] = [id];
  const [row] = await db.query<{ personal: boolean }>(
    `SELECT ${householdPersonalScope(actor, 'h.id', 'h.region_code', params)} AS personal FROM households h WHERE h.id = $1`,
    params,
  );
  return row?.personal === true;
}

/** The household's years the reader may read (by the village of each year, or by the pairing). */
function yearsOf(db: Queryable, actor: Actor, id: number): Promise<YearRow[]> {
  const params: unknown[] = [id];
  return db.query<YearRow>(
    `SELECT ${YEAR_SELECT} FROM household_years y WHERE y.household_id = $1 AND ${householdYearScope(actor, 'y', params)} ORDER BY y.year`,
    params,
  );
}
