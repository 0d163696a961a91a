import type { Message } from '../../app/errors.ts';
import type { Derived } from './derive.ts';
import { GUARANTEES, guaranteeLabel, type Guarantee, type GuaranteeState } from './guarantees.ts';

/**
 * The household assessment, free of the database: income against the standard, and each guarantee from the
 * best source there is — a manual assessment (with evidence) first, then what the data derive, then the flag
 * recorded in the yearly facts.
 */
export type GuaranteeSource = 'manual' | 'derived' | 'recorded';

export interface GuaranteeResult {
  guarantee: Guarantee;
  label: Message;
  state: GuaranteeState;
  /** null when nothing says anything (the state is then unknown). */
  source: GuaranteeSource | null;
  reason: Message | null;
}

export interface ManualJudgement {
  secure: boolean;
  reason: string;
}

export function resolveGuarantee(
  guarantee: Guarantee,
  derived: Derived | undefined,
  manual: ManualJudgement | undefined,
  recorded: boolean | null,
): GuaranteeResult {
  const label = guaranteeLabel(guarantee);
  if (manual)
    return {
      guarantee,
      label,
      state: manual.secure ? 'secure' : 'not_secure',
      source: 'manual',
      reason: { zh: `人工评定：${manual.reason}`, en: `Assessed manually: ${manual.reason}` },
    };
  if (derived && derived.state !== 'unknown')
    return { guarantee, label, state: derived.state, source: 'derived', reason: derived.reason };
  if (recorded !== null)
    return {
      guarantee,
      label,
      state: recorded ? 'secure' : 'not_secure',
      source: 'recorded',
      reason: { zh: '按年度数据中登记的结果', en: 'As recorded in the yearly facts' },
    };
  return {
    guarantee,
    label,
    state: 'unknown',
    source: null,
    reason: derived?.reason ?? { zh: '无数据，需入户核实', en: 'No data; a visit is needed' },
  };
}

export interface IncomeStandard {
  line: number;
  monitoringLine: number;
}

export interface IncomeResult {
  belowLine: boolean | null;
  /** line ≤ income < line × multiplier (监测范围). */
  withinMonitoringRange: boolean | null;
}

export function assessIncome(
  perCapitaIncome: number | null,
  standard: IncomeStandard | undefined,
): IncomeResult {
  if (perCapitaIncome === null || !standard) return { belowLine: null, withinMonitoringRange: null };
  return {
    belowLine: perCapitaIncome < standard.line,
    withinMonitoringRange: perCapitaIncome >= standard.line && perCapitaIncome < standard.monitoringLine,
  };
}

export const VERDICTS = [
  'below_line',
  'within_monitoring_range',
  'guarantees_failed',
  'guarantees_unknown',
  'income_unknown',
  'no_standard',
  'secure',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * Every verdict that applies. `secure` only when income is above the monitoring range and all six guarantees
 * are known to be met: anything unknown keeps a household from being called secure.
 */
export function verdictsOf(
  perCapitaIncome: number | null,
  standard: IncomeStandard | undefined,
  guarantees: readonly GuaranteeResult[],
): Verdict[] {
  const income = assessIncome(perCapitaIncome, standard);
  const out: Verdict[] = [];
  if (!standard) out.push('no_standard');
  else if (perCapitaIncome === null) out.push('income_unknown');
  if (income.belowLine) out.push('below_line');
  if (income.withinMonitoringRange) out.push('within_monitoring_range');
  if (guarantees.some((g) => g.state === 'not_secure')) out.push('guarantees_failed');
  if (guarantees.some((g) => g.state === 'unknown')) out.push('guarantees_unknown');
  if (out.length === 0 && guarantees.length === GUARANTEES.length) out.push('secure');
  return out;
}
