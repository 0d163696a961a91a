import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Radio, Select, Typography, Upload, type UploadFile } from 'antd';
import {
  measureKeys,
  useRecordAssessment,
  type Guarantee,
  type GuaranteeResult,
} from '../../api/measures.ts';
import { DateField } from '../../components/DateField.tsx';
import { DrawerForm } from '../../forms/DrawerForm.tsx';
import { useRequired } from '../../forms/rules.ts';
import { useDraft } from '../../forms/useDraft.ts';
import { useServerErrors } from '../../forms/useServerErrors.ts';
import { useI18n } from '../../i18n/useT.ts';
import {
  assessmentBody,
  EVIDENCE_ACCEPT,
  formFieldOf,
  textOf,
  type AssessmentValues,
} from './assessment-model.ts';
import { useGuaranteeLabel } from './assessment-label.ts';

interface Props {
  householdId: number;
  year: number;
  guarantees: readonly GuaranteeResult[];
  /** The guarantee the form opens on (it can be changed). */
  initial: Guarantee;
  onClose: () => void;
  onSaved: () => void;
}

type Values = AssessmentValues & { file?: UploadFile[] };

const SHOWN = new Set(['guarantee', 'secure', 'reason', 'visitReference', 'visitDate', 'file']);
const isShown = (field: string) => SHOWN.has(field);

/**
 * A manual assessment of one guarantee for the year: secure or not, why, and the evidence it rests on — a
 * file (PDF or a photo, up to 5 MB), or the reference and date of a field visit, or both. The server refuses
 * one without evidence; its answer appears under the fields and everything typed stays (a draft keeps the
 * text across an expired session; a file has to be chosen again).
 */
export function AssessmentForm({ householdId, year, guarantees, initial, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const required = useRequired();
  const label = useGuaranteeLabel();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const draft = useDraft<AssessmentValues>(`assessment.${householdId}.${year}`);
  const errors = useServerErrors(form, { isShown, rename: formFieldOf });
  const save = useRecordAssessment(householdId);

  const submit = (values: Values) => {
    errors.reset();
    const file = values.file?.[0]?.originFileObj;
    save.mutate(assessmentBody(year, values, file), {
      onSuccess: () => {
        draft.clear();
        void message.success(t('assessment.saved'));
        void client.invalidateQueries({ queryKey: measureKeys.assessment(householdId, year) });
        onSaved();
        onClose();
      },
      onError: errors.fail,
    });
  };

  return (
    <DrawerForm<Values>
      title={t('assessment.formTitle', { year })}
      name="assessment"
      form={form}
      errors={errors}
      draft={{ ...draft, save: (values) => draft.save(textOf(values)) }}
      initialValues={draft.restored ?? { guarantee: initial }}
      onFinish={submit}
      onClose={onClose}
      saving={save.isPending}
      intro={<Alert type="info" showIcon title={t('assessment.formHelp')} />}
    >
      <div className="zf-form-grid">
        <Form.Item
          name="guarantee"
          label={t('assessment.guarantee')}
          rules={required(t('assessment.guarantee'))}
        >
          <Select
            placeholder={t('edit.select')}
            options={guarantees.map((g) => ({ value: g.guarantee, label: label(g) }))}
          />
        </Form.Item>
        <Form.Item name="secure" label={t('assessment.result')} rules={required(t('assessment.result'))}>
          <Radio.Group optionType="button" buttonStyle="solid">
            <Radio.Button value={true}>{t('assessment.state.secure')}</Radio.Button>
            <Radio.Button value={false}>{t('assessment.state.not_secure')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('assessment.reason')}
          rules={required(t('assessment.reason'))}
          className="zf-form-wide"
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </div>
      <Typography.Title level={5}>{t('assessment.evidence')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('assessment.evidenceHelp')}</Typography.Paragraph>
      <Form.Item
        name="file"
        label={t('assessment.file')}
        valuePropName="fileList"
        getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
      >
        <Upload accept={EVIDENCE_ACCEPT} maxCount={1} beforeUpload={() => false}>
          <Button icon={<UploadOutlined />}>{t('import.chooseFile')}</Button>
        </Upload>
      </Form.Item>
      <div className="zf-form-grid">
        <Form.Item name="visitReference" label={t('assessment.visitReference')}>
          <Input maxLength={200} placeholder={t('assessment.visitReferenceHint')} />
        </Form.Item>
        <Form.Item name="visitDate" label={t('assessment.visitDate')}>
          <DateField />
        </Form.Item>
      </div>
    </DrawerForm>
  );
}
