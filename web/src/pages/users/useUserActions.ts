import { App } from 'antd';
import { useCodeLabel } from '../../components/codes.ts';
import { useErrorText } from '../../components/errors.tsx';
import { useT } from '../../i18n/useT.ts';
import { shortRegionName } from '../../region/code.ts';
import { usePatchUser, useUnlockUser, type ManagedUser } from './api.ts';
import { withoutGrant } from './model.ts';

type Grant = ManagedUser['grants'][number];

/**
 * The one-click changes of a row: disable or enable (asked first), unlock, revoke a grant (asked first).
 * Each says what it did, or the server's reason; the list is read again either way.
 */
export function useUserActions() {
  const t = useT();
  const label = useCodeLabel();
  const errorText = useErrorText();
  const { modal, message } = App.useApp();
  const patch = usePatchUser();
  const unlock = useUnlockUser();
  const failed = (error: unknown) => void message.error(errorText(error));

  const setActive = (user: ManagedUser, active: boolean): void => {
    modal.confirm({
      title: t(active ? 'users.confirm.enable' : 'users.confirm.disable', { name: user.displayName }),
      okText: t(active ? 'users.action.enable' : 'users.action.disable'),
      okButtonProps: { danger: !active },
      onOk: () =>
        patch.mutateAsync({ id: user.id, body: { version: user.version, active } }).then(() => {
          void message.success(
            t(active ? 'users.done.enable' : 'users.done.disable', { name: user.displayName }),
          );
        }, failed),
    });
  };

  const revoke = (user: ManagedUser, grant: Grant) => {
    const words = {
      name: user.displayName,
      role: label('role', grant.role),
      region: shortRegionName(grant.regionName),
    };
    modal.confirm({
      title: t('users.confirm.revoke', words),
      okText: t('users.revoke'),
      okButtonProps: { danger: true },
      onOk: () =>
        patch
          .mutateAsync({
            id: user.id,
            body: { version: user.version, grants: withoutGrant(user.grants, grant) },
          })
          .then(() => void message.success(t('users.done.revoke', words)), failed),
    });
  };

  const unlockUser = (user: ManagedUser) =>
    unlock.mutate(user.id, {
      onSuccess: () => void message.success(t('users.done.unlock', { name: user.displayName })),
      onError: failed,
    });

  return { setActive, revoke, unlock: unlockUser };
}
