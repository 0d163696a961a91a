import { DomainError, fieldRules, type FieldIssue, type Message } from '../../app/errors.ts';
import { isCalendarDate } from '../registry/dates.ts';
import { isCode, type CodeList } from '../registry/codes.ts';
import type { CaseFacts } from './guard.ts';
import type { CaseRow } from './repo.ts';
import type { ActionInputs } from './schemas.ts';
import type { Requirement } from './transitions.ts';

type EvidenceRef = NonNullable<ActionInputs['minutes']>;

/**
 * What a step must carry (transitions.ts `Requirement`), checked for one case: missing things answer 422
 * EVIDENCE_MISSING listing each; a value given but wrong (a code not in its list, votes that do not add up,
 * a file of another case) answers 422 naming the field. Returns the facts the step establishes.
 */
export function checkInputs(
  c: CaseRow,
  requires: readonly Requirement[],
  inputs: ActionInputs,
  f: CaseFacts,
): Record<string, unknown> {
  const missing: { requirement: Requirement; message: Message }[] = [];
  const issues: FieldIssue[] = [];
  const facts: Record<string, unknown> = {};
  const need = (requirement: Requirement, zh: string, en: string) =>
    missing.push({ requirement, message: { zh, en } });
  const evidence = (
    key: 'minutes' | 'signature' | 'authorisation' | 'figuresEvidence',
    zh: string,
    en: string,
  ) => {
    const ref = inputs[key];
    if (!ref) return need(requirementOf(key), `缺少${zh}`, `${en} missing`);
    const issue = evidenceIssue(`inputs.${key}`, ref, c, f);
    if (issue) issues.push(issue);
  };
  for (const r of requires) {
    switch (r) {
      case 'minutes':
        evidence('minutes', '民主评议会议记录', 'The minutes of the democratic appraisal are');
        if (!inputs.votes)
          need(
            'minutes',
            '缺少表决结果（到会、赞成、反对人数）',
            'The votes (present, for, against) are missing',
          );
        else issues.push(...votesIssues(inputs.votes));
        break;
      case 'signature':
        evidence('signature', '农户签字确认', "The household's signature is");
        break;
      case 'authorisation':
        evidence('authorisation', '农户书面授权', "The household's written authorisation is");
        break;
      case 'income_and_assessment': {
        const a = f.assessment;
        if (!a || a.perCapitaIncome === null)
          need(r, `缺少 ${c.year} 年度的收入`, `The income of ${c.year} is not recorded`);
        if (a && a.guarantees.some((g) => g.state === 'unknown'))
          need(
            r,
            `${c.year} 年度的"两不愁三保障"及饮水安全评估不完整`,
            `The assessment of the guarantees of ${c.year} is incomplete`,
          );
        break;
      }
      case 'poverty_facts':
        code(
          facts,
          issues,
          inputs,
          'householdType',
          'household_type',
          need,
          r,
          '贫困户类型',
          'household type',
        );
        if (facts.householdType === '00')
          issues.push(codeIssue('householdType', '贫困户类型', 'household type'));
        code(facts, issues, inputs, 'mainCause', 'poverty_cause', need, r, '主要致贫原因', 'main cause');
        codes(
          facts,
          issues,
          inputs.secondaryCauses,
          'secondaryCauses',
          'poverty_cause',
          '次要致贫原因',
          'secondary causes',
        );
        break;
      case 'monitoring_facts':
        code(
          facts,
          issues,
          inputs,
          'monitoringType',
          'monitoring_type',
          need,
          r,
          '监测对象类型',
          'monitoring type',
        );
        if (!inputs.riskTypes?.length) need(r, '缺少风险类型', 'The risk types are missing');
        else
          codes(
            facts,
            issues,
            inputs.riskTypes,
            'riskTypes',
            'risk_type' as CodeList,
            '风险类型',
            'risk types',
          );
        break;
      case 'county_figures':
        for (const key of ['wrongExitRate', 'missedRate', 'approvalRate'] as const) {
          if (inputs[key] === undefined)
            need(r, `缺少${FIGURE_NAMES[key].zh}`, `The ${FIGURE_NAMES[key].en} is missing`);
          else facts[key] = inputs[key];
        }
        evidence('figuresEvidence', '评估报告', 'The evaluation report is');
        if (inputs.figuresEvidence) facts.figuresEvidence = inputs.figuresEvidence;
        break;
    }
  }
  if (issues.length) throw fieldRules('INPUT_INVALID', issues);
  if (missing.length)
    throw new DomainError(
      'rule',
      'EVIDENCE_MISSING',
      {
        zh: `材料不全：${missing.map((m) => m.message.zh).join('；')}`,
        en: `Evidence missing: ${missing.map((m) => m.message.en).join('; ')}`,
      },
      { missing: missing.map((m) => m.requirement), messages: missing.map((m) => m.message) },
    );
  return facts;
}

const FIGURE_NAMES = {
  wrongExitRate: { zh: '错退率', en: 'wrong-exit rate' },
  missedRate: { zh: '漏评率', en: 'missed-identification rate' },
  approvalRate: { zh: '群众认可度', en: 'public approval' },
} as const;

const requirementOf = (key: string): Requirement =>
  key === 'minutes' ? 'minutes' : key === 'figuresEvidence' ? 'county_figures' : (key as Requirement);

function evidenceIssue(field: string, ref: EvidenceRef, c: CaseRow, f: CaseFacts): FieldIssue | undefined {
  if ('evidenceId' in ref) {
    if (f.evidenceOwners.get(ref.evidenceId) === c.id) return undefined;
    return {
      field,
      code: 'EVIDENCE_NOT_OF_CASE',
      message: { zh: '所引用的文件不属于本案件', en: 'The file cited is not one of this case' },
    };
  }
  if (isCalendarDate(ref.date) && ref.date <= f.today) return undefined;
  return {
    field: `${field}.date`,
    code: 'DATE_INVALID',
    message: {
      zh: '文件日期须为不晚于今天的有效日期',
      en: 'The document date must be a real day, not after today',
    },
  };
}

function votesIssues(v: { present: number; for: number; against: number }): FieldIssue[] {
  if (v.for + v.against > v.present)
    return [
      {
        field: 'inputs.votes',
        code: 'VOTES_EXCEED_PRESENT',
        message: {
          zh: '赞成与反对票之和超过到会人数',
          en: 'For and against add up to more than those present',
        },
      },
    ];
  if (v.for * 2 <= v.present)
    return [
      {
        field: 'inputs.votes.for',
        code: 'NO_MAJORITY',
        message: {
          zh: `赞成票 ${v.for} 未过到会人数 ${v.present} 的半数`,
          en: `${v.for} in favour is not a majority of the ${v.present} present`,
        },
      },
    ];
  return [];
}

function codeIssue(field: string, zh: string, en: string): FieldIssue {
  return {
    field: `inputs.${field}`,
    code: 'INVALID_CODE',
    message: { zh: `${zh}代码无效`, en: `The ${en} is not a valid code` },
  };
}

function code(
  facts: Record<string, unknown>,
  issues: FieldIssue[],
  inputs: ActionInputs,
  key: 'householdType' | 'mainCause' | 'monitoringType',
  list: CodeList,
  need: (r: Requirement, zh: string, en: string) => void,
  r: Requirement,
  zh: string,
  en: string,
): void {
  const value = inputs[key];
  if (value === undefined) return need(r, `缺少${zh}`, `The ${en} is missing`);
  if (!isCode(list, value)) return void issues.push(codeIssue(key, zh, en));
  facts[key] = value;
}

function codes(
  facts: Record<string, unknown>,
  issues: FieldIssue[],
  values: readonly string[] | undefined,
  key: string,
  list: CodeList,
  zh: string,
  en: string,
): void {
  if (values === undefined) return;
  if (values.some((v) => !isCode(list, v))) return void issues.push(codeIssue(key, zh, en));
  facts[key] = [...new Set(values)];
}
