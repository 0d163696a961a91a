import { App, Alert, Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { ApiError } from '../../../api/errors.ts';
import { useCodeOptions } from '../../../components/codes.ts';
import { DateField } from '../../../components/DateField.tsx';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { useT } from '../../../i18n/useT.ts';
import { RefusalAlert } from '../../cases/RefusalAlert.tsx';
import { useSaveMeasure, type Measure, type MeasureSave } from './api.ts';
import {
  DEVELOPMENT_CATEGORIES,
  measureBody,
  measurePatch,
  newMeasureValues,
  valuesOf,
  type MeasureValues,
} from './measure-model.ts';

interface Props {
  householdId: number;
  year: number;
  /** The responsible cadre's unit (the household's, kept in step by the pairing): a new measure's provider. */
  provider: string | null;
  /** The measure to change; none for a new one. */
  measure?: Measure;
  onClose: () => void;
}

/**
 * A measure of the household: new ones start from what the system holds (the page's year, the cadre's unit,
 * a start date), and the development flag follows the category until the user sets it. An edit sends only
 * what changed with the version it loaded; a stale version (409) closes the form and the list reloads.
 */
export function MeasureForm({ householdId, year, provider, measure, onClose }: Props) {
  const t = useT();
  const phone = useIsPhone();
  const { message } = App.useApp();
  const [form] = Form.useForm<MeasureValues>();
  const categories = useCodeOptions('measure_category');
  const save = useSaveMeasure(householdId);
  const initial = measure
    ? valuesOf(measure)
    : newMeasureValues(year, provider, dayjs().format('YYYY-MM-DD'));
  const required = [{ required: true, message: t('casework.required') }];

  const submit = (values: MeasureValues) => {
    const patch = measure && measurePatch(measure, values);
    if (measure && !patch) {
      void message.info(t('casework.measures.nothingChanged'));
      return onClose();
    }
    const change: MeasureSave =
      measure && patch
        ? { id: measure.id, body: patch }
        : { body: measureBody(householdId, values, form.isFieldTouched('development')) };
    save.mutate(change, {
      onSuccess: () => {
        void message.success(t('casework.measures.saved'));
        onClose();
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409) {
          void message.warning(t('casework.measures.stale'));
          onClose();
        }
      },
    });
  };

  return (
    <Modal
      open
      title={measure ? t('casework.measures.editTitle') : t('casework.measures.addTitle', { year })}
      okText={t('casework.save')}
      cancelText={t('casework.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={phone ? '100%' : 600}
      destroyOnHidden
    >
      {!measure && (
        <Alert type="info" showIcon className="zf-prefilled" title={t('casework.measures.prefilled')} />
      )}
      {save.isError && !(save.error instanceof ApiError && save.error.status === 409) && (
        <RefusalAlert error={save.error} />
      )}
      <Form<MeasureValues>
        name="measure"
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={submit}
        onValuesChange={(changed: Partial<MeasureValues>) => {
          // The flag follows the category unless the user has set it by hand.
          if (changed.category && !form.isFieldTouched('development')) {
            form.setFieldValue('development', DEVELOPMENT_CATEGORIES.includes(changed.category));
          }
        }}
      >
        <div className="zf-form-grid">
          <Form.Item name="year" label={t('casework.measures.year')} rules={required}>
            <InputNumber min={2013} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="category" label={t('casework.measures.category')} rules={required}>
            <Select options={categories} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </div>
        <Form.Item name="description" label={t('casework.measures.description')} rules={required}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <div className="zf-form-grid">
          <Form.Item name="amount" label={t('casework.measures.amount')}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="provider" label={t('casework.measures.provider')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="startOn" label={t('casework.measures.startOn')} rules={required}>
            {/* A planned start may lie ahead (the server takes one within a year). */}
            <DateField allowFuture />
          </Form.Item>
          <Form.Item name="endOn" label={t('casework.measures.endOn')}>
            <DateField allowFuture />
          </Form.Item>
        </div>
        <Form.Item name="development" valuePropName="checked">
          <Checkbox>{t('casework.measures.developmentFlag')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
