import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout, Spin } from 'antd';
import { useState } from 'react';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { useIsPhone } from '../components/useIsPhone.ts';
import { useCapabilities } from '../auth/capabilities.ts';
import { NotFound } from '../auth/RequireAuth.tsx';
import { ErrorAlert } from '../components/errors.tsx';
import { useT } from '../i18n/useT.ts';
import { useRegionScope } from '../region/scope.ts';
import { useWorkingYear } from '../region/working-year.ts';
import { PageNav } from './PageNav.tsx';
import { RegionBar } from './RegionBar.tsx';
import { RegionTree } from './RegionTree.tsx';
import { UserMenu } from './UserMenu.tsx';
import { WorkingYear } from './WorkingYear.tsx';

/**
 * The frame of every page of a region: header (product, language, user), the region tree (a drawer on a
 * phone), the breadcrumb with the year, and the page.
 */
export function AppLayout() {
  const t = useT();
  const phone = useIsPhone();
  const [drawer, setDrawer] = useState(false);
  const scope = useRegionScope();
  const capabilities = useCapabilities();
  const working = useWorkingYear();
  if (!scope.code) return <NotFound />;
  // Pages without a year in their address open on the working year: wait for it, so none asks twice.
  if (working.isPending) return <Spin fullscreen description={t('app.loading')} />;
  if (working.isError) {
    return (
      <div className="zf-center">
        <ErrorAlert error={working.error} onRetry={() => void working.refetch()} />
      </div>
    );
  }
  return (
    <Layout className="zf-app">
      <Layout.Header className="zf-header">
        {phone && (
          <Button
            type="text"
            className="zf-header-button"
            icon={<MenuOutlined />}
            aria-label={t('header.menu')}
            onClick={() => setDrawer(true)}
          />
        )}
        <Link to="/" className="zf-brand">
          <span className="zf-brand-mark" aria-hidden>
            扶
          </span>
          <span className="zf-brand-name">{t('app.name')}</span>
        </Link>
        <span className="zf-header-spacer" />
        {/* The working year is the registry's: the portal's roles have no use for it. */}
        {capabilities.canReadRegistry && <WorkingYear compact={phone} />}
        <LanguageSwitch />
        <UserMenu compact={phone} />
      </Layout.Header>
      <Layout>
        {!phone && (
          <Layout.Sider width={272} theme="light" className="zf-sider">
            <div className="zf-sider-title">{t('region.tree')}</div>
            <RegionTree />
          </Layout.Sider>
        )}
        {phone && (
          <Drawer
            open={drawer}
            placement="left"
            size="85%"
            title={t('region.tree')}
            styles={{ body: { padding: '8px 4px' } }}
            onClose={() => setDrawer(false)}
          >
            <RegionTree touch onSelected={() => setDrawer(false)} />
          </Drawer>
        )}
        <Layout.Content className="zf-content">
          <RegionBar />
          <PageNav />
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
