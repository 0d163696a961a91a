import { Alert, Form, Input, InputNumber, Select, Typography, type FormInstance } from 'antd';
import { useCodeOptions } from '../../components/codes.ts';
import { DateField } from '../../components/DateField.tsx';
import { useI18n } from '../../i18n/useT.ts';
import { inputGroups, type ActionValues, type InputGroup } from './action-form.ts';
import { EvidenceInput } from './EvidenceInput.tsx';
import { useCaseWords } from './labels.ts';

interface Props {
  requires: readonly string[];
  needsReason: boolean;
  /** The case evidence is uploaded to (none in a bulk run: paper documents only). */
  caseId?: number;
}

/** Household types a registration may write (00, the ordinary household, is what identification leaves). */
const POOR_TYPES = new Set(['01', '02', '03']);

function Group({ group, caseId }: { group: InputGroup; caseId?: number }) {
  const { t } = useI18n();
  const types = useCodeOptions('household_type').filter((o) => POOR_TYPES.has(o.value));
  const causes = useCodeOptions('poverty_cause');
  const monitoring = useCodeOptions('monitoring_type');
  // The risk types' list, when the server has it; else the codes are typed (the server checks them).
  const riskList = useCodeOptions('risk_type');
  const risks = riskList.length > 0 ? riskList : undefined;
  const evidence = (name: string, label: string) => (
    <Form.Item name={name} label={label} required>
      <EvidenceInput caseId={caseId} />
    </Form.Item>
  );
  switch (group) {
    case 'incomeAndAssessment':
      return <Alert type="info" showIcon title={t('cases.requires.incomeHint')} className="zf-case-hint" />;
    case 'minutes':
      return (
        <>
          {evidence('minutes', t('cases.input.minutes'))}
          <Typography.Text strong>{t('cases.input.votes')}</Typography.Text>
          <div className="zf-form-grid zf-form-grid-3">
            {(['present', 'for', 'against'] as const).map((k) => (
              <Form.Item key={k} name={['votes', k]} label={t(`cases.votes.${k}`)} required={k === 'present'}>
                <InputNumber min={k === 'present' ? 1 : 0} max={10_000} precision={0} className="zf-wide" />
              </Form.Item>
            ))}
          </div>
        </>
      );
    case 'signature':
      return evidence('signature', t('cases.input.signature'));
    case 'authorisation':
      return evidence('authorisation', t('cases.input.authorisation'));
    case 'povertyFacts':
      return (
        <div className="zf-form-grid">
          <Form.Item name="householdType" label={t('cases.input.householdType')} required>
            <Select options={types} />
          </Form.Item>
          <Form.Item name="mainCause" label={t('cases.input.mainCause')} required>
            <Select options={causes} />
          </Form.Item>
          <Form.Item name="secondaryCauses" label={t('cases.input.secondaryCauses')}>
            <Select mode="multiple" options={causes} maxCount={12} />
          </Form.Item>
        </div>
      );
    case 'monitoringFacts':
      return (
        <div className="zf-form-grid">
          <Form.Item name="monitoringType" label={t('cases.input.monitoringType')} required>
            <Select options={monitoring} />
          </Form.Item>
          <Form.Item
            name="riskTypes"
            label={t('cases.input.riskTypes')}
            required
            extra={risks ? undefined : t('cases.input.riskCodes')}
          >
            <Select mode={risks ? 'multiple' : 'tags'} options={risks ?? []} maxCount={9} />
          </Form.Item>
        </div>
      );
    case 'countyFigures':
      return (
        <>
          <div className="zf-form-grid zf-form-grid-3">
            {(['wrongExitRate', 'missedRate', 'approvalRate'] as const).map((k) => (
              <Form.Item key={k} name={k} label={t(`cases.input.${k}`)} required>
                <InputNumber min={0} max={100} step={0.01} suffix="%" className="zf-wide" />
              </Form.Item>
            ))}
          </div>
          {evidence('figuresEvidence', t('cases.input.figuresEvidence'))}
        </>
      );
  }
}

/**
 * The fields of a step: the day it happened (today by default, never after today), the inputs its
 * requirements ask for, the reason where one is required, and a comment.
 */
export function ActionFields({ requires, needsReason, caseId }: Props) {
  const { t } = useI18n();
  const words = useCaseWords();
  const groups = inputGroups(requires);
  return (
    <>
      <Form.Item name="date" label={t('cases.input.date')} required>
        <DateField />
      </Form.Item>
      {groups.map((g) => (
        <Group key={g} group={g} caseId={caseId} />
      ))}
      {requires
        .filter((r) => inputGroups([r]).length === 0)
        .map((r) => (
          <Typography.Paragraph key={r} type="secondary">
            {words.requirement(r)}
          </Typography.Paragraph>
        ))}
      {needsReason && (
        <Form.Item name="reason" label={t('cases.input.reason')} required>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
        </Form.Item>
      )}
      <Form.Item name="comment" label={t('cases.input.comment')}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2 }} />
      </Form.Item>
    </>
  );
}

/** The form's names of what missingRequired reports. */
const FIELD_PATH: Readonly<Record<string, string[]>> = { votes: ['votes', 'present'] };

/** Marks each missing field of a step form under the field itself. */
export function showMissing(
  form: FormInstance<ActionValues>,
  missing: readonly string[],
  text: string,
): void {
  form.setFields(missing.map((m) => ({ name: (FIELD_PATH[m] ?? [m]) as never, errors: [text] })));
}
