import { App, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useRequired } from '../../forms/rules.ts';
import { useServerErrors } from '../../forms/useServerErrors.ts';
import { useT } from '../../i18n/useT.ts';
import { useCreateUser, type GrantInput } from './api.ts';
import { grantField, GrantFields } from './GrantFields.tsx';
import { UserFormModal } from './UserFormModal.tsx';

interface Values {
  username: string;
  displayName: string;
  password: string;
  role: GrantInput['role'];
  regionCode: string;
}

const SHOWN = new Set(['username', 'displayName', 'password', 'role', 'regionCode']);
const isShown = (field: string) => SHOWN.has(field);

/**
 * 24 random base64url characters (144 bits). At 20 characters or more the password rule asks for no mix of
 * kinds, so this always meets it (the server still checks, e.g. that it does not contain the username).
 */
export function randomPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

/** A new user with a first grant: the page's region is offered first. */
export function CreateUser({
  here,
  onClose,
  onCreated,
}: {
  here: string;
  onClose: () => void;
  /** The new user's username: the page finds them, wherever the order of names puts them. */
  onCreated: (username: string) => void;
}) {
  const t = useT();
  const required = useRequired();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, { isShown, rename: grantField });
  const create = useCreateUser();
  const [visible, setVisible] = useState(false);

  const submit = (values: Values) => {
    errors.reset();
    create.mutate(
      {
        username: values.username.trim().toLowerCase(),
        displayName: values.displayName,
        password: values.password,
        grants: [{ role: values.role, regionCode: values.regionCode }],
      },
      {
        onSuccess: ({ user }) => {
          void message.success(t('users.done.create', { name: user.username }));
          onCreated(user.username);
          onClose();
        },
        onError: errors.fail,
      },
    );
  };

  return (
    <UserFormModal<Values>
      title={t('users.form.createTitle')}
      okText={t('users.create')}
      form={form}
      errors={errors}
      saving={create.isPending}
      onFinish={submit}
      onClose={onClose}
    >
      <div className="zf-form-grid">
        <Form.Item
          name="username"
          label={t('users.form.username')}
          extra={t('users.form.usernameHelp')}
          rules={required(t('users.form.username'))}
        >
          <Input autoComplete="off" maxLength={64} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.form.displayName')}
          rules={required(t('users.form.displayName'))}
        >
          <Input maxLength={100} />
        </Form.Item>
      </div>
      {/* The label names the input inside the compact group, so screen readers (and tests) find it. */}
      <Form.Item
        label={t('users.form.password')}
        htmlFor="new-user-password"
        extra={t('users.form.passwordHelp')}
        required
      >
        <Space.Compact block>
          <Form.Item name="password" noStyle rules={required(t('users.form.password'))}>
            <Input.Password
              id="new-user-password"
              autoComplete="new-password"
              visibilityToggle={{ visible, onVisibleChange: setVisible }}
            />
          </Form.Item>
          <Button
            className="zf-generate-password"
            onClick={() => {
              form.setFieldValue('password', randomPassword());
              setVisible(true);
            }}
          >
            {t('users.form.generate')}
          </Button>
        </Space.Compact>
      </Form.Item>
      <div className="zf-form-section">{t('users.form.firstGrant')}</div>
      <GrantFields here={here} />
      <div className="zf-muted">{t('users.form.passwordNote')}</div>
    </UserFormModal>
  );
}
