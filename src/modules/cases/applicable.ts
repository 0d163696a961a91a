import type { Message } from '../../app/errors.ts';
import type { CaseType } from './transitions.ts';

/** A household's standing in a year, as the procedures read it. */
export interface Standing {
  status: string | null;
  monitoringState: string | null;
}

/**
 * Whether a procedure applies to a household's standing, and if not why: identification to an ordinary household
 * (no status), exit to a poor one (01 not exited, 03 returned), return to an exited one, monitoring to one not
 * poor and not under monitoring, risk elimination to one under monitoring. The console offers only these.
 */
export function notApplicable(type: CaseType, s: Standing | undefined): Message | null {
  if (!s) return { zh: '该年度尚无该户的年度数据', en: 'The household has no facts recorded for that year' };
  switch (type) {
    case 'identification':
      return s.status === null
        ? null
        : { zh: '已是建档立卡户，无需识别', en: 'The household is already registered as poor' };
    case 'exit':
      return s.status === '01' || s.status === '03'
        ? null
        : { zh: '只有未脱贫或返贫户可以退出', en: 'Only a poor household (not exited or returned) can exit' };
    case 'return':
      return s.status === '02'
        ? null
        : { zh: '只有已脱贫户可以认定返贫', en: 'Only an exited household can return to poverty' };
    case 'monitoring':
      if (s.status === '01' || s.status === '03' || s.status === '04')
        return {
          zh: '未脱贫、返贫或已注销的户不纳入监测',
          en: 'A poor or cancelled household is not taken into monitoring',
        };
      return s.monitoringState === '1'
        ? { zh: '该户已在监测中', en: 'The household is already under monitoring' }
        : null;
    case 'risk_elimination':
      return s.monitoringState === '1'
        ? null
        : { zh: '该户不在监测中', en: 'The household is not under monitoring' };
    case 'village_exit':
    case 'county_exit':
      return null;
  }
}

/** The procedures of a household (the console offers those its standing admits). */
export const HOUSEHOLD_TYPES: readonly CaseType[] = [
  'identification',
  'return',
  'exit',
  'monitoring',
  'risk_elimination',
];
