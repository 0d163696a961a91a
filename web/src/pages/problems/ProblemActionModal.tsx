import { App, Form, Input, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { ApiError } from '../../api/errors.ts';
import { DateField } from '../../components/DateField.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useT } from '../../i18n/useT.ts';
import { RefusalAlert } from '../cases/RefusalAlert.tsx';
import { useProblemAction, type ProblemActionName, type ProblemView } from './api.ts';
import { useProblemWords } from './labels.ts';
import { actionNeeds, problemActionBody, type ActionValues } from './model.ts';

interface Props {
  view: ProblemView;
  action: ProblemActionName;
  onClose: () => void;
  /** The problem changed under the user (409): read it again. */
  onStale: () => void;
}

/**
 * One action on a problem: the day (today unless changed, never after it), evidence when solving, a reason
 * when reopening, a note. It sends the version the page shows; a stale one reloads the problem and says so.
 */
export function ProblemActionModal({ view, action, onClose, onStale }: Props) {
  const t = useT();
  const words = useProblemWords();
  const phone = useIsPhone();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const act = useProblemAction(view.id);
  const needs = actionNeeds(action);
  const required = [{ required: true, whitespace: true, message: t('problems.required') }];
  const today = dayjs().format('YYYY-MM-DD');

  const submit = (values: ActionValues) =>
    act.mutate(problemActionBody(action, view.version, values), {
      onSuccess: () => {
        void message.success(t('problems.done', { action: words.action(action) }));
        onClose();
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409) {
          void message.warning(t('problems.stale'));
          onStale();
          onClose();
        }
      },
    });

  return (
    <Modal
      open
      title={words.action(action)}
      okText={t('problems.submit')}
      cancelText={t('problems.cancel')}
      confirmLoading={act.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={phone ? '100%' : 560}
      className="zf-action-modal"
      destroyOnHidden
    >
      {act.isError && !(act.error instanceof ApiError && act.error.status === 409) && (
        <RefusalAlert error={act.error} />
      )}
      <Form<ActionValues>
        name="problem-action"
        form={form}
        layout="vertical"
        initialValues={{ date: today, evidenceDate: today }}
        onFinish={submit}
      >
        <Form.Item name="date" label={t('problems.field.date')} rules={required}>
          <DateField />
        </Form.Item>
        {needs.includes('evidence') && (
          <>
            <Typography.Paragraph type="secondary">{t('problems.field.evidenceHint')}</Typography.Paragraph>
            <Form.Item name="documentNo" label={t('problems.field.documentNo')} rules={required}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="evidenceDate" label={t('problems.field.evidenceDate')} rules={required}>
              <DateField />
            </Form.Item>
          </>
        )}
        {needs.includes('reason') && (
          <Form.Item name="reason" label={t('problems.field.reason')} rules={required}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
        {!needs.includes('reason') && (
          <Form.Item name="note" label={t('problems.field.note')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
