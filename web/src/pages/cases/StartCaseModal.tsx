import { Form, Input, InputNumber, Modal } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { DateField } from '../../components/DateField.tsx';
import { useT } from '../../i18n/useT.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useCreateCase, type CaseType } from './api.ts';
import { useCaseWords } from './labels.ts';
import { RefusalAlert } from './RefusalAlert.tsx';

interface Values {
  year: number;
  reason: string;
  date: string;
}

/**
 * Opens a procedure for a household: the year it concerns (the working year by default), why, and the day it
 * was applied for or proposed (today by default; paper work is entered later). The new case opens.
 */
export function StartCaseModal({
  householdId,
  type,
  onClose,
}: {
  householdId: number;
  type: CaseType;
  onClose: () => void;
}) {
  const t = useT();
  const words = useCaseWords();
  const scope = useRegionScope();
  const navigate = useNavigate();
  const create = useCreateCase();
  const [form] = Form.useForm<Values>();
  const submit = (v: Values) =>
    create.mutate(
      { type, householdId, year: v.year, reason: v.reason.trim(), date: v.date },
      { onSuccess: (view) => void navigate(regionHref(scope.code ?? '', `cases/${view.id}`, scope.year)) },
    );
  return (
    <Modal
      open
      title={t('cases.start.title', { type: words.type(type) })}
      okText={t('cases.start.ok')}
      cancelText={t('cases.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {create.isError && <RefusalAlert error={create.error} />}
      <Form<Values>
        name="case-start"
        form={form}
        layout="vertical"
        initialValues={{ year: scope.viewYear ?? dayjs().year(), date: dayjs().format('YYYY-MM-DD') }}
        onFinish={submit}
      >
        <Form.Item
          name="year"
          label={t('cases.col.year')}
          rules={[{ required: true, message: t('cases.required') }]}
        >
          <InputNumber min={2013} max={2100} precision={0} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('cases.start.reason')}
          rules={[{ required: true, whitespace: true, message: t('cases.required') }]}
        >
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item
          name="date"
          label={t('cases.start.date')}
          rules={[{ required: true, message: t('cases.required') }]}
        >
          <DateField />
        </Form.Item>
      </Form>
    </Modal>
  );
}
