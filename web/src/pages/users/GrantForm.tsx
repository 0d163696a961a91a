import { App, Form } from 'antd';
import { useCodeLabel } from '../../components/codes.ts';
import { useServerErrors } from '../../forms/useServerErrors.ts';
import { useT } from '../../i18n/useT.ts';
import { shortRegionName } from '../../region/code.ts';
import { usePatchUser, type GrantInput, type ManagedUser } from './api.ts';
import { grantField, GrantFields } from './GrantFields.tsx';
import { withGrant } from './model.ts';
import { UserFormModal } from './UserFormModal.tsx';

type Values = GrantInput;

const isShown = (field: string) => field === 'role' || field === 'regionCode';

/**
 * Adds a role on a region to a user. The API replaces the whole list with the version read, so a grant made
 * meanwhile by someone else is not lost silently: it answers 409 and the list is read again.
 */
export function GrantForm({ user, here, onClose }: { user: ManagedUser; here: string; onClose: () => void }) {
  const t = useT();
  const label = useCodeLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, { isShown, rename: grantField });
  const patch = usePatchUser();

  const submit = (values: Values) => {
    errors.reset();
    patch.mutate(
      { id: user.id, body: { version: user.version, grants: withGrant(user.grants, values) } },
      {
        onSuccess: ({ user: after }) => {
          const region = after.grants.find((g) => g.regionCode === values.regionCode)?.regionName ?? '';
          void message.success(
            t('users.done.grant', {
              name: after.displayName,
              role: label('role', values.role),
              region: shortRegionName(region),
            }),
          );
          onClose();
        },
        onError: errors.fail,
      },
    );
  };

  return (
    <UserFormModal<Values>
      title={t('users.form.grantTitle', { name: user.displayName })}
      okText={t('users.action.grant')}
      form={form}
      errors={errors}
      saving={patch.isPending}
      onFinish={submit}
      onClose={onClose}
    >
      <GrantFields here={here} />
    </UserFormModal>
  );
}
