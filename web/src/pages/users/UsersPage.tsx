import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Result, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useRegion } from '../../api/queries.ts';
import { useCapabilities } from '../../auth/capabilities.ts';
import { useSession } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useT } from '../../i18n/useT.ts';
import { COUNTRY, shortRegionName } from '../../region/code.ts';
import { useRegionScope } from '../../region/scope.ts';
import { useUserPage, type ManagedUser } from './api.ts';
import { CreateUser } from './CreateUser.tsx';
import { GrantForm } from './GrantForm.tsx';
import { listQuery, PAGE_SIZE, readListParams } from './model.ts';
import { ResetPassword } from './ResetPassword.tsx';
import { UserTable } from './UserTable.tsx';
import './users.css';

type Open = { form: 'create' } | { form: 'grant' | 'reset'; user: ManagedUser } | null;

/** For roles that may not manage users, the page says so rather than showing an empty list or an error. */
function NoPermission() {
  const t = useT();
  return (
    <Result
      status="403"
      title={t('users.noPermission')}
      subTitle={t('users.noPermissionHint')}
      className="zf-no-permission"
    />
  );
}

/**
 * The users the caller manages with a grant inside the region of the page (the region tree narrows the
 * list), a page at a time with the total; search and page live in the URL.
 */
export function UsersPage() {
  const capabilities = useCapabilities();
  if (!capabilities.canManageUsers) return <NoPermission />;
  return <UserList />;
}

function UserList() {
  const t = useT();
  const capabilities = useCapabilities();
  const scope = useRegionScope();
  const session = useSession();
  const [search, setSearch] = useSearchParams();
  const params = readListParams(search);
  const region = scope.code ?? COUNTRY;
  const here = useRegion(region);
  const page = useUserPage(listQuery(region, params));
  const [open, setOpen] = useState<Open>(null);
  const [text, setText] = useState(params.q);

  const go = (changes: { q?: string; page?: number }) => {
    const next = new URLSearchParams(search);
    const q = changes.q ?? params.q;
    const number = changes.page ?? 1;
    if (q) next.set('q', q);
    else next.delete('q');
    if (number > 1) next.set('page', String(number));
    else next.delete('page');
    setSearch(next);
  };
  const total = page.data?.total ?? 0;
  // On a region below where the caller manages users, the list is narrowed to it: say so.
  const narrowed = region !== COUNTRY && !capabilities.userRegions.includes(region);
  const close = () => setOpen(null);

  return (
    <div className="zf-page">
      <div className="zf-page-head">
        <Typography.Title level={3} className="zf-page-title">
          {t('users.title')}
        </Typography.Title>
        {page.data && (
          <Typography.Text type="secondary" className="zf-users-total">
            {t(total === 1 ? 'users.totalOne' : 'users.total', { count: total })}
          </Typography.Text>
        )}
        <div className="zf-page-actions">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen({ form: 'create' })}>
            {t('users.create')}
          </Button>
        </div>
      </div>
      {narrowed && here.data && (
        <Alert
          type="info"
          showIcon
          title={t('users.withinHint', { region: shortRegionName(here.data.name) })}
        />
      )}
      <Input.Search
        className="zf-users-search"
        allowClear
        maxLength={64}
        placeholder={t('users.search')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(q) => go({ q: q.trim(), page: 1 })}
      />
      {page.isError ? (
        <ErrorAlert error={page.error} onRetry={() => void page.refetch()} />
      ) : (
        <UserTable
          items={page.data?.items ?? []}
          loading={page.isFetching}
          selfId={session.data?.id}
          onGrant={(user) => setOpen({ form: 'grant', user })}
          onReset={(user) => setOpen({ form: 'reset', user })}
          pagination={{
            current: params.page,
            pageSize: PAGE_SIZE,
            total,
            showSizeChanger: false,
            showQuickJumper: true,
            hideOnSinglePage: false,
            onChange: (number) => go({ page: number }),
          }}
        />
      )}
      {open?.form === 'create' && (
        <CreateUser
          here={region}
          onClose={close}
          onCreated={(username) => {
            setText(username);
            go({ q: username });
          }}
        />
      )}
      {open?.form === 'grant' && <GrantForm user={open.user} here={region} onClose={close} />}
      {open?.form === 'reset' && <ResetPassword user={open.user} onClose={close} />}
    </div>
  );
}
