import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown } from 'antd';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { keys } from '../api/queries.ts';
import type { SessionUser } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { useCodeLabel } from '../components/codes.ts';
import { useErrorText } from '../components/errors.tsx';
import { useT } from '../i18n/useT.ts';

/** Logs out on the server, forgets everything cached for this user, and shows the login page. */
function useLogout() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorText = useErrorText();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout')),
    onSuccess: () => {
      void navigate('/login', { replace: true, state: { loggedOut: true } });
      client.clear();
      client.setQueryData(keys.me, null);
    },
    onError: (error) => void message.error(errorText(error)),
  });
}

function grantLines(user: SessionUser, roleLabel: (code: string) => string) {
  return user.grants.map((g) => ({
    key: `${g.role}:${g.regionCode}`,
    label: `${roleLabel(g.role)} · ${g.regionName}`,
    disabled: true,
  }));
}

export function UserMenu({ compact }: { compact: boolean }) {
  const t = useT();
  const session = useSession();
  const label = useCodeLabel();
  const logout = useLogout();
  const user = session.data;
  if (!user) return null;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { type: 'group', label: t('header.grants'), children: grantLines(user, (c) => label('role', c)) },
          { type: 'divider' },
          {
            key: 'logout',
            icon: <LogoutOutlined />,
            label: t('header.logout'),
            onClick: () => logout.mutate(),
          },
        ],
      }}
    >
      <Button type="text" icon={<UserOutlined />} className="zf-user" aria-label={user.displayName}>
        {compact ? null : user.displayName}
      </Button>
    </Dropdown>
  );
}
