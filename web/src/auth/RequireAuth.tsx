import { Result, Spin } from 'antd';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../components/errors.tsx';
import { useI18n } from '../i18n/useT.ts';
import { COUNTRY, shortCode } from '../region/code.ts';
import { homePage } from './capabilities.ts';
import { useSession } from './session.tsx';

/** The pages behind the login: without a session, to /login?next=<this page> and back after logging in. */
export function RequireAuth() {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Spin fullscreen description={t('app.loading')} />;
  if (session.isError) {
    return (
      <div className="zf-center">
        <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      </div>
    );
  }
  if (!session.data) {
    const here = `${location.pathname}${location.search}`;
    const next = here === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    return <Navigate to={`/login${next}`} replace />;
  }
  return <Outlet />;
}

/**
 * `/` opens the household list of the user's first grant (the whole country for a system administrator); the
 * portal's roles, who read no registry, open on the portal's pages of their first grant.
 */
export function HomeRedirect() {
  const session = useSession();
  const grant = session.data?.grants[0];
  const page = session.data ? homePage(session.data.capabilities) : 'households';
  return <Navigate to={`/r/${shortCode(grant?.regionCode ?? COUNTRY)}/${page}`} replace />;
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('app.notFound')}
      extra={<Link to="/">{t('app.backHome')}</Link>}
    />
  );
}
