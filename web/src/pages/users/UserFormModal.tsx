import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { FormAlerts } from '../../forms/FormAlerts.tsx';
import type { ServerErrors } from '../../forms/useServerErrors.ts';
import { useI18n } from '../../i18n/useT.ts';

interface Props<V> {
  title: string;
  form: FormInstance<V>;
  errors: ServerErrors;
  saving: boolean;
  okText?: string;
  onFinish: (values: V) => void;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The short forms of the users page in a dialog: the server's field messages under their fields, any other
 * refusal above them. Unlike the household forms they keep no draft: what they hold is a password or a grant,
 * nothing worth restoring, and a password must not sit in the browser's storage.
 */
export function UserFormModal<V>({
  title,
  form,
  errors,
  saving,
  okText,
  onFinish,
  onClose,
  children,
}: Props<V>) {
  const { lang } = useI18n();
  return (
    <Modal
      open
      className="zf-user-form"
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText}
      confirmLoading={saving}
      mask={{ closable: false }}
      destroyOnHidden
      width={560}
    >
      <div className="zf-stack" lang={lang}>
        <FormAlerts errors={errors} />
        <Form<V>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          onValuesChange={(changed: Partial<V>) => errors.edited(changed)}
        >
          {children}
          <button type="submit" hidden />
        </Form>
      </div>
    </Modal>
  );
}
