import { Button, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import { useCodeLabel } from '../../components/codes.ts';
import { formatTime } from '../../components/format.ts';
import { useT } from '../../i18n/useT.ts';
import { shortRegionName } from '../../region/code.ts';
import type { ManagedUser } from './api.ts';
import { userState, type UserState } from './model.ts';
import { useUserActions } from './useUserActions.ts';

const STATE_COLOR: Record<UserState, string> = { active: 'green', locked: 'orange', disabled: 'default' };
const SCROLL = { x: 1100 };

interface Props {
  items: readonly ManagedUser[];
  loading: boolean;
  pagination: TablePaginationConfig;
  /** The logged-in user: not offered to disable themselves or drop their own grants. */
  selfId: number | undefined;
  onGrant: (user: ManagedUser) => void;
  onReset: (user: ManagedUser) => void;
}

/** The users, a row each: who, what they hold where, whether they can log in, and what may be done. */
export function UserTable({ items, loading, pagination, selfId, onGrant, onReset }: Props) {
  const t = useT();
  const label = useCodeLabel();
  const actions = useUserActions();
  const columns: ColumnsType<ManagedUser> = [
    {
      title: t('users.col.username'),
      dataIndex: 'username',
      width: 180,
      ellipsis: { showTitle: false },
      render: (name: string) => (
        <span className="zf-mono" title={name}>
          {name}
        </span>
      ),
    },
    { title: t('users.col.name'), dataIndex: 'displayName', width: 110, ellipsis: true },
    {
      title: t('users.col.grants'),
      key: 'grants',
      render: (_, user) => (
        <Space size={[4, 4]} wrap>
          {user.grants.map((g) => {
            // The last grant stays: without one the user would belong to no administrator.
            const revocable = user.grants.length > 1 && user.id !== selfId;
            return (
              <Tag
                key={`${g.role}@${g.regionCode}`}
                className="zf-grant"
                title={`${g.regionName} ${g.regionCode}`}
                closable={revocable}
                closeIcon={revocable ? undefined : false}
                onClose={(e) => {
                  e.preventDefault();
                  actions.revoke(user, g);
                }}
              >
                {label('role', g.role)} · {shortRegionName(g.regionName)}
              </Tag>
            );
          })}
        </Space>
      ),
    },
    {
      title: t('users.col.state'),
      key: 'state',
      width: 90,
      render: (_, user) => {
        const state = userState(user);
        const tag = <Tag color={STATE_COLOR[state]}>{t(`users.state.${state}`)}</Tag>;
        return state === 'locked' && user.lockedUntil ? (
          <Tooltip title={t('users.lockedUntil', { time: formatTime(user.lockedUntil) })}>{tag}</Tooltip>
        ) : (
          tag
        );
      },
    },
    {
      title: t('users.col.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 140,
      render: (at: string | null) =>
        at ? formatTime(at) : <Typography.Text type="secondary">{t('users.never')}</Typography.Text>,
    },
    {
      title: t('users.col.actions'),
      key: 'actions',
      width: 300,
      render: (_, user) => (
        <Space size={0} wrap className="zf-user-actions">
          <Button type="link" size="small" onClick={() => onGrant(user)}>
            {t('users.action.grant')}
          </Button>
          <Button type="link" size="small" onClick={() => onReset(user)}>
            {t('users.action.reset')}
          </Button>
          {user.locked && (
            <Button type="link" size="small" onClick={() => actions.unlock(user)}>
              {t('users.action.unlock')}
            </Button>
          )}
          {user.id !== selfId && (
            <Button
              type="link"
              size="small"
              danger={user.active}
              onClick={() => actions.setActive(user, !user.active)}
            >
              {t(user.active ? 'users.action.disable' : 'users.action.enable')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<ManagedUser>
      className="zf-user-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={SCROLL}
      locale={{ emptyText: <Empty description={t('users.empty')} /> }}
    />
  );
}
