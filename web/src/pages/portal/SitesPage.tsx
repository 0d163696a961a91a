import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Spin, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCapabilities } from '../../auth/capabilities.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { useT } from '../../i18n/useT.ts';
import { COUNTRY, shortRegionName } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useSites } from './api.ts';
import { CreateSiteModal } from './CreateSiteModal.tsx';
import { sitesInScope } from './list-params.ts';
import { PortalTabs } from './PortalTabs.tsx';
import type { Site } from './types.ts';
import { rightsOn, siteShortCode } from './workflow.ts';
import './portal.css';

/** The region's sites, with their public address and settings, and setting up a new one. */
export function SitesPage() {
  const t = useT();
  const scope = useRegionScope();
  const capabilities = useCapabilities();
  const sites = useSites();
  const [creating, setCreating] = useState(false);
  const region = scope.code ?? COUNTRY;
  if (sites.isPending) return <Spin className="zf-portal-loading" />;
  if (sites.isError) return <ErrorAlert error={sites.error} onRetry={() => void sites.refetch()} />;
  const shown = sitesInScope(sites.data, region);
  const mayCreate = capabilities.siteRegions.length > 0;
  return (
    <div className="zf-portal zf-portal-sites">
      <PortalTabs />
      {mayCreate && (
        <div className="zf-portal-toolbar">
          <Button
            type="primary"
            icon={<PlusOutlined />}
            className="zf-portal-create-site"
            onClick={() => setCreating(true)}
          >
            {t('portal.sites.create')}
          </Button>
        </div>
      )}
      <Table<Site>
        className="zf-portal-site-table"
        rowKey="id"
        dataSource={shown}
        pagination={false}
        scroll={{ x: 600 }}
        locale={{ emptyText: <Empty description={t('portal.noSite')} /> }}
        columns={[
          {
            title: t('portal.sites.name'),
            key: 'name',
            render: (_, site) => (
              <>
                {site.name} {site.isPrimary && <Tag className="zf-portal-primary">{t('portal.primary')}</Tag>}
              </>
            ),
          },
          {
            title: t('portal.sites.region'),
            key: 'region',
            render: (_, site) => shortRegionName(site.regionName ?? site.regionCode),
          },
          {
            title: t('portal.sites.address'),
            key: 'address',
            render: (_, site) => {
              const href = `/s/${siteShortCode(site.regionCode)}/`;
              return (
                <a href={href} target="_blank" rel="noopener noreferrer" className="zf-portal-site-address">
                  {href}
                </a>
              );
            },
          },
          {
            title: '',
            key: 'settings',
            width: 100,
            render: (_, site) =>
              rightsOn(capabilities, site.regionCode).manage && (
                <Link
                  className="zf-portal-site-settings"
                  to={regionHref(region, `portal/sites/${site.id}`, undefined)}
                >
                  {t('portal.sites.settings')}
                </Link>
              ),
          },
        ]}
      />
      {creating && <CreateSiteModal taken={sites.data} onClose={() => setCreating(false)} />}
    </div>
  );
}
