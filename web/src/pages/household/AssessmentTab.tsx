import { Button, Card, Empty, Spin, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useAssessment, type Assessment, type Guarantee, type GuaranteeResult } from '../../api/measures.ts';
import type { Household } from '../../api/types.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { useMeasureFormat } from '../../components/measureFormat.ts';
import { useI18n } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import '../measures.css';
import { AssessmentForm } from './AssessmentForm.tsx';
import { useGuaranteeLabel } from './assessment-label.ts';
import { ManualAssessments } from './ManualAssessments.tsx';

const STATE: Record<GuaranteeResult['state'], { label: MessageKey; colour: string }> = {
  secure: { label: 'assessment.state.secure', colour: 'green' },
  not_secure: { label: 'assessment.state.not_secure', colour: 'red' },
  unknown: { label: 'assessment.state.unknown', colour: 'gold' },
};
const SOURCE: Record<NonNullable<GuaranteeResult['source']>, MessageKey> = {
  manual: 'assessment.source.manual',
  derived: 'assessment.source.derived',
  recorded: 'assessment.source.recorded',
};
const VERDICT: Record<Assessment['verdicts'][number], { label: MessageKey; colour: string }> = {
  below_line: { label: 'assessment.verdict.below_line', colour: 'red' },
  within_monitoring_range: { label: 'assessment.verdict.within_monitoring_range', colour: 'orange' },
  guarantees_failed: { label: 'assessment.verdict.guarantees_failed', colour: 'red' },
  guarantees_unknown: { label: 'assessment.verdict.guarantees_unknown', colour: 'gold' },
  income_unknown: { label: 'assessment.verdict.income_unknown', colour: 'default' },
  no_standard: { label: 'assessment.verdict.no_standard', colour: 'default' },
  secure: { label: 'assessment.verdict.secure', colour: 'green' },
};

interface Props {
  household: Household;
  /** Whether the user may record a manual assessment (a write of this household). */
  writable: boolean;
  /** After an assessment is recorded: the household (its yearly flags) should be read again. */
  onUpdated: () => void;
}

/**
 * The household measured against the standard of its year: the verdict, per-capita income against the poverty
 * line and the monitoring line, and each of 两不愁三保障 + water with its state, where that comes from and why;
 * the manual assessments of the year with their evidence; and for a writer, a manual assessment to record.
 */
export function AssessmentTab({ household, writable, onUpdated }: Props) {
  const { t } = useI18n();
  const year = household.facts?.year;
  const assessment = useAssessment(household.id, year, year !== undefined);
  const [assessing, setAssessing] = useState<Guarantee | null>(null);

  if (year === undefined)
    return (
      <Card size="small">
        <Empty description={t('household.noYears')} />
      </Card>
    );
  if (assessment.isPending) return <Spin className="zf-block-spin" />;
  if (assessment.isError)
    return <ErrorAlert error={assessment.error} onRetry={() => void assessment.refetch()} />;
  const data = assessment.data;

  return (
    <div className="zf-stack zf-assessment">
      <Verdicts data={data} />
      <Income data={data} />
      <Card size="small" title={t('assessment.guarantees', { year: data.year })}>
        <ul className="zf-guarantees">
          {data.guarantees.map((g) => (
            <GuaranteeItem
              key={g.guarantee}
              result={g}
              onAssess={writable ? () => setAssessing(g.guarantee) : undefined}
            />
          ))}
        </ul>
      </Card>
      <ManualAssessments householdId={household.id} data={data} />
      {assessing !== null && (
        <AssessmentForm
          householdId={household.id}
          year={data.year}
          guarantees={data.guarantees}
          initial={assessing}
          onClose={() => setAssessing(null)}
          onSaved={onUpdated}
        />
      )}
    </div>
  );
}

function Verdicts({ data }: { data: Assessment }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('assessment.verdict', { year: data.year })} className="zf-verdicts">
      {data.verdicts.map((v) => (
        <Tag key={v} color={VERDICT[v].colour} className="zf-verdict">
          {t(VERDICT[v].label)}
        </Tag>
      ))}
    </Card>
  );
}

function Income({ data }: { data: Assessment }) {
  const { t } = useI18n();
  const f = useMeasureFormat();
  const s = data.standard;
  const position =
    data.belowLine === null
      ? null
      : data.belowLine
        ? t('assessment.income.below')
        : data.withinMonitoringRange
          ? t('assessment.income.within')
          : t('assessment.income.above');
  return (
    <Card size="small" title={t('assessment.income', { year: data.year })}>
      <div className="zf-figures">
        <Card size="small">
          <Statistic
            title={t('household.perCapita')}
            value={f.yuan(data.perCapitaIncome)}
            prefix={data.perCapitaIncome === null ? undefined : '¥'}
          />
        </Card>
        <Card size="small">
          <Statistic
            title={t(s?.source === 'provincial' ? 'assessment.provincialLine' : 'assessment.line')}
            value={f.yuan(s?.line)}
            prefix={s ? '¥' : undefined}
          />
        </Card>
        <Card size="small">
          <Statistic
            title={
              s
                ? t('assessment.monitoringLine', { multiplier: f.multiplier(s.monitoringMultiplier) })
                : t('assessment.monitoringLineOnly')
            }
            value={f.yuan(s?.monitoringLine)}
            prefix={s ? '¥' : undefined}
          />
        </Card>
      </div>
      {position && <Typography.Paragraph className="zf-income-position">{position}</Typography.Paragraph>}
      {data.identifiedUnder && (
        <Typography.Text type="secondary">
          {t('assessment.identifiedUnder', {
            year: data.identifiedUnder.year,
            version: data.identifiedUnder.version,
            line: f.yuan(data.identifiedUnder.line),
          })}
        </Typography.Text>
      )}
    </Card>
  );
}

function GuaranteeItem({ result, onAssess }: { result: GuaranteeResult; onAssess?: () => void }) {
  const { t, pick } = useI18n();
  const label = useGuaranteeLabel();
  const state = STATE[result.state];
  return (
    <li className={`zf-guarantee zf-guarantee-${result.guarantee}`}>
      <div className="zf-guarantee-head">
        <div className="zf-guarantee-title">
          <Typography.Text strong>{label(result)}</Typography.Text>
          <Tag color={state.colour} className="zf-guarantee-state">
            {t(state.label)}
          </Tag>
        </div>
        {onAssess && (
          <Button size="small" type="link" className="zf-guarantee-assess" onClick={onAssess}>
            {t('assessment.assess')}
          </Button>
        )}
      </div>
      <div className="zf-guarantee-reason">
        <span className="zf-guarantee-source">
          {result.source ? t(SOURCE[result.source]) : t('assessment.source.none')}
        </span>
        {result.reason && pick(result.reason)}
      </div>
    </li>
  );
}
