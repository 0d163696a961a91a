import { App, Form, Input, Modal, Select } from 'antd';
import { useCodeOptions } from '../../components/codes.ts';
import { DateField } from '../../components/DateField.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useT } from '../../i18n/useT.ts';
import { RefusalAlert } from '../cases/RefusalAlert.tsx';
import { useCreateProblem, type ProblemCategory } from './api.ts';

interface Values {
  category?: ProblemCategory;
  description?: string;
  due?: string | null;
}

/**
 * Records a problem of a household: category and what it is; the due date may be left to the local rule
 * (problemDueDays), the owner to the household's responsible cadre (the server fills both).
 */
export function AddProblemModal({ householdId, onClose }: { householdId: number; onClose: () => void }) {
  const t = useT();
  const phone = useIsPhone();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const categories = useCodeOptions('problem_category');
  const create = useCreateProblem();
  const required = [{ required: true, whitespace: true, message: t('problems.required') }];

  const submit = (v: Values) =>
    create.mutate(
      {
        householdId,
        // The form requires a category; without one the server answers 422 with the field.
        category: v.category ?? ('' as ProblemCategory),
        description: v.description?.trim() ?? '',
        ...(v.due ? { due: v.due } : {}),
      },
      {
        onSuccess: () => {
          void message.success(t('problems.add.done'));
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      title={t('problems.add.title')}
      okText={t('problems.submit')}
      cancelText={t('problems.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={phone ? '100%' : 520}
      destroyOnHidden
    >
      {create.isError && <RefusalAlert error={create.error} />}
      <Form<Values> name="problem-add" form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="category" label={t('problems.add.category')} rules={required}>
          <Select options={categories} />
        </Form.Item>
        <Form.Item name="description" label={t('problems.add.description')} rules={required}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="due" label={t('problems.add.due')} extra={t('problems.add.dueHint')}>
          <DateField allowFuture />
        </Form.Item>
      </Form>
    </Modal>
  );
}
