import { App, Form, Modal } from 'antd';
import dayjs from 'dayjs';
import { ApiError } from '../../api/errors.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useT } from '../../i18n/useT.ts';
import { actionBody, missingRequired, type ActionValues } from './action-form.ts';
import { ActionFields, showMissing } from './ActionFields.tsx';
import { useCaseAction, type AvailableAction, type CaseView } from './api.ts';
import { useCaseWords } from './labels.ts';
import { RefusalAlert } from './RefusalAlert.tsx';

interface Props {
  view: CaseView;
  step: AvailableAction;
  onClose: () => void;
  /** The case changed under the user (409): read it again. */
  onStale: () => void;
}

/**
 * One step of a case: the day, the inputs its requirements ask for, a reason where needed. It sends the
 * version the page shows; a stale one (someone acted meanwhile) reloads the case and says so; any other
 * refusal stays on the form with the server's words (and the failing criteria).
 */
export function ActionModal({ view, step, onClose, onStale }: Props) {
  const t = useT();
  const words = useCaseWords();
  const phone = useIsPhone();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const act = useCaseAction(view.id);

  const submit = (values: ActionValues) => {
    const missing = missingRequired(step, values);
    if (missing.length > 0) return showMissing(form, missing, t('cases.required'));
    act.mutate(actionBody(step, view.version, values), {
      onSuccess: (fresh) => {
        void message.success(
          t('cases.done', { action: words.action(step.action), stage: words.stage(fresh.stage) }),
        );
        onClose();
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409) {
          void message.warning(t('cases.stale'));
          onStale();
          onClose();
        }
      },
    });
  };

  return (
    <Modal
      open
      title={words.action(step.action)}
      okText={t('cases.submit')}
      cancelText={t('cases.cancel')}
      confirmLoading={act.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={phone ? '100%' : 640}
      className="zf-action-modal"
      destroyOnHidden
    >
      {act.isError && !(act.error instanceof ApiError && act.error.status === 409) && (
        <RefusalAlert error={act.error} />
      )}
      <Form<ActionValues>
        name="case-action"
        form={form}
        layout="vertical"
        initialValues={{ date: dayjs().format('YYYY-MM-DD') }}
        onFinish={submit}
        className="zf-action-form"
      >
        <ActionFields requires={step.requires} needsReason={step.needsReason} caseId={view.id} />
      </Form>
    </Modal>
  );
}
