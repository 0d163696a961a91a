import type { Message } from '../../app/errors.ts';
import type { GuaranteeResult } from '../assessment/assess.ts';
import type { HouseholdAssessment } from '../assessment/batch.ts';
import type { ProcedureRules } from './rules.ts';

/**
 * The criteria of the procedures (PRODUCT.md; issue 11 §3), free of the database: each function answers the
 * criteria that FAIL, so an empty list means "met" and a refusal names every reason at once (CRITERIA_NOT_MET
 * lists them). Unknown is never taken as met: a household is not exited, nor identified, on facts nobody has
 * recorded (扶真贫, 真脱贫).
 */
export interface Criterion {
  code: string;
  message: Message;
  details?: Record<string, unknown>;
}

export interface ExitOptions {
  /** The year of the case. */
  year: number;
  forbidExitInIdentificationYear: boolean;
  /** Types of the household's other open cases (one open case per household at a time). */
  otherOpenCaseTypes: readonly string[];
}

const yuan = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 2 });
const percent = (share: number) => `${(share * 100).toLocaleString('en', { maximumFractionDigits: 2 })}%`;

const LINES = {
  poverty: { zh: '贫困标准', en: 'poverty line' },
  monitoring: { zh: '监测标准', en: 'monitoring line' },
} as const;

function noStandard(a: HouseholdAssessment): Criterion {
  return {
    code: 'NO_STANDARD',
    message: {
      zh: `${a.year} 年未配置适用的贫困标准，无法判断收入`,
      en: `No poverty line is in force for ${a.year}; the income cannot be judged`,
    },
    details: { year: a.year, regionCode: a.regionCode },
  };
}

function incomeUnknown(a: HouseholdAssessment): Criterion {
  return {
    code: 'INCOME_UNKNOWN',
    message: {
      zh: `${a.year} 年人均纯收入未登记`,
      en: `The per-capita net income of ${a.year} is not recorded`,
    },
    details: { year: a.year },
  };
}

/** Income of the year at or above a line: NO_STANDARD, INCOME_UNKNOWN or INCOME_BELOW_LINE otherwise. */
function incomeAtLeast(a: HouseholdAssessment, kind: keyof typeof LINES): Criterion[] {
  if (!a.standard) return [noStandard(a)];
  if (a.perCapitaIncome === null) return [incomeUnknown(a)];
  const line = kind === 'monitoring' ? a.standard.monitoringLine : a.standard.line;
  if (a.perCapitaIncome >= line) return [];
  const name = LINES[kind];
  return [
    {
      code: 'INCOME_BELOW_LINE',
      message: {
        zh: `${a.year} 年人均纯收入 ${yuan(a.perCapitaIncome)} 元低于${name.zh} ${yuan(line)} 元`,
        en: `The per-capita net income of ${a.year}, ${yuan(a.perCapitaIncome)} yuan, is below the ${name.en} of ${yuan(line)} yuan`,
      },
      details: { income: a.perCapitaIncome, line, lineKind: kind, standardId: a.standard.id },
    },
  ];
}

function guaranteeFailure(g: GuaranteeResult): Criterion | null {
  if (g.state === 'secure') return null;
  const details = { guarantee: g.guarantee, source: g.source };
  const why = g.reason ?? { zh: '', en: '' };
  if (g.state === 'not_secure')
    return {
      code: 'GUARANTEE_NOT_MET',
      message: { zh: `未达到“${g.label.zh}”：${why.zh}`, en: `Not met: ${g.label.en} — ${why.en}` },
      details,
    };
  return {
    code: 'GUARANTEE_UNKNOWN',
    message: { zh: `“${g.label.zh}”情况不明：${why.zh}`, en: `Not known: ${g.label.en} — ${why.en}` },
    details,
  };
}

const guaranteeFailures = (a: HouseholdAssessment) =>
  a.guarantees.map(guaranteeFailure).filter((c): c is Criterion => c !== null);

/** What an exit and a risk elimination share beyond income: the guarantees, the year, the other cases. */
function standingCriteria(a: HouseholdAssessment, o: ExitOptions): Criterion[] {
  const out = guaranteeFailures(a);
  if (o.forbidExitInIdentificationYear && a.identifiedYear === o.year)
    out.push({
      code: 'IDENTIFIED_THIS_YEAR',
      message: {
        zh: `该户于 ${o.year} 年识别，本省规定当年识别的贫困户当年不得退出`,
        en: `The household was identified in ${o.year}; this province forbids exit in the year of identification`,
      },
      details: { identifiedYear: a.identifiedYear },
    });
  if (o.otherOpenCaseTypes.length > 0)
    out.push({
      code: 'OTHER_CASE_OPEN',
      message: {
        zh: `该户另有未办结的程序：${o.otherOpenCaseTypes.join('、')}`,
        en: `The household has another open case: ${o.otherOpenCaseTypes.join(', ')}`,
      },
      details: { types: [...o.otherOpenCaseTypes] },
    });
  return out;
}

/** Household exit (真脱贫): income of the year at or above the line, 两不愁三保障 + water met, and the rest. */
export function exitCriteria(a: HouseholdAssessment, o: ExitOptions): Criterion[] {
  return [...incomeAtLeast(a, 'poverty'), ...standingCriteria(a, o)];
}

/** Risk elimination (风险消除): the same as an exit, against the monitoring line. */
export function riskEliminationCriteria(a: HouseholdAssessment, o: ExitOptions): Criterion[] {
  return [...incomeAtLeast(a, 'monitoring'), ...standingCriteria(a, o)];
}

/**
 * Identification and return to poverty (扶真贫): income of the year below the line, or a guarantee not met.
 * A household above the line with every guarantee met is not poor (NOT_POOR); one whose income or guarantees
 * are unknown is not shown poor until they are recorded.
 */
export function poorCriteria(a: HouseholdAssessment): Criterion[] {
  if (a.guarantees.some((g) => g.state === 'not_secure')) return [];
  if (a.standard && a.perCapitaIncome !== null && a.perCapitaIncome < a.standard.line) return [];
  // Here no guarantee is failed, so only unknowns remain among them.
  const unknown = guaranteeFailures(a);
  if (!a.standard) return [noStandard(a), ...unknown];
  if (a.perCapitaIncome === null) return [incomeUnknown(a), ...unknown];
  if (unknown.length > 0) return unknown;
  return [
    {
      code: 'NOT_POOR',
      message: {
        zh: `${a.year} 年人均纯收入 ${yuan(a.perCapitaIncome)} 元不低于贫困标准 ${yuan(a.standard.line)} 元，且两不愁三保障及饮水安全均有保障`,
        en: `The per-capita net income of ${a.year}, ${yuan(a.perCapitaIncome)} yuan, is not below the poverty line of ${yuan(a.standard.line)} yuan, and every guarantee is met`,
      },
      details: { income: a.perCapitaIncome, line: a.standard.line, standardId: a.standard.id },
    },
  ];
}

/** A rate that must stay below (or, for approval, reach) its threshold; unknown fails too. */
function rateCriterion(
  value: number | null,
  threshold: number,
  spec: { code: string; zh: string; en: string; atLeast?: boolean },
): Criterion[] {
  if (value === null)
    return [
      {
        code: `${spec.code}_UNKNOWN`,
        message: { zh: `${spec.zh}尚无数据`, en: `The ${spec.en} is not known` },
      },
    ];
  const met = spec.atLeast ? value >= threshold : value < threshold;
  if (met) return [];
  const [zhRule, enRule] = spec.atLeast ? ['低于', 'below'] : ['未低于', 'not below'];
  return [
    {
      code: spec.atLeast ? `${spec.code}_TOO_LOW` : `${spec.code}_TOO_HIGH`,
      message: {
        zh: `${spec.zh} ${percent(value)} ${zhRule}标准 ${percent(threshold)}`,
        en: `The ${spec.en} of ${percent(value)} is ${enRule} the threshold of ${percent(threshold)}`,
      },
      details: { value, threshold },
    },
  ];
}

const INCIDENCE = { code: 'INCIDENCE', zh: '贫困发生率', en: 'poverty incidence' };

/** Village exit: poverty incidence below the threshold (2 %; 3 % in the west). */
export function villageExitCriteria(incidence: number | null, threshold: number): Criterion[] {
  return rateCriterion(incidence, threshold, INCIDENCE);
}

export interface CountyFigures {
  incidence: number | null;
  wrongExitRate: number | null;
  missedRate: number | null;
  approvalRate: number | null;
}

/** County exit (三率一度): incidence, wrong-exit and missed-identification rates below, approval at least. */
export function countyExitCriteria(
  f: CountyFigures,
  t: Pick<ProcedureRules, 'incidenceThreshold' | 'countyThresholds'>,
): Criterion[] {
  return [
    ...rateCriterion(f.incidence, t.incidenceThreshold, INCIDENCE),
    ...rateCriterion(f.wrongExitRate, t.countyThresholds.wrongExit, {
      code: 'WRONG_EXIT_RATE',
      zh: '错退率',
      en: 'wrong-exit rate',
    }),
    ...rateCriterion(f.missedRate, t.countyThresholds.missed, {
      code: 'MISSED_RATE',
      zh: '漏评率',
      en: 'missed-identification rate',
    }),
    ...rateCriterion(f.approvalRate, t.countyThresholds.approval, {
      code: 'APPROVAL_RATE',
      zh: '群众认可度',
      en: 'public approval',
      atLeast: true,
    }),
  ];
}
