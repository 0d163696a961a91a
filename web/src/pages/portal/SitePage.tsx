import { ArrowLeftOutlined } from '@ant-design/icons';
import { Spin, Tabs, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/errors.tsx';
import { useT } from '../../i18n/useT.ts';
import { COUNTRY } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useSite } from './api.ts';
import { ColumnsEditor } from './ColumnsEditor.tsx';
import { ImageLibrary } from './ImageLibrary.tsx';
import { SiteSettingsForm } from './SiteSettingsForm.tsx';
import './portal.css';

const TABS = ['settings', 'columns', 'images'] as const;
type Tab = (typeof TABS)[number];

/** One site's settings, columns and image library, a tab each (`?tab=columns`). */
export function SitePage() {
  const t = useT();
  const scope = useRegionScope();
  const id = Number(useParams().siteId);
  const [search, setSearch] = useSearchParams();
  const site = useSite(id);
  const tab: Tab = TABS.find((name) => name === search.get('tab')) ?? 'settings';
  const back = regionHref(scope.code ?? COUNTRY, 'portal/sites', undefined);
  if (site.isPending) return <Spin className="zf-portal-loading" />;
  if (site.isError) return <ErrorAlert error={site.error} onRetry={() => void site.refetch()} />;
  return (
    <div className="zf-portal zf-portal-site">
      <Link to={back} className="zf-portal-back">
        <ArrowLeftOutlined /> {t('portal.tab.sites')}
      </Link>
      <Typography.Title level={3} className="zf-portal-title">
        {site.data.name}
      </Typography.Title>
      <Tabs
        className="zf-portal-site-tabs"
        activeKey={tab}
        onChange={(key) => setSearch(new URLSearchParams({ tab: key }), { replace: true })}
        items={[
          {
            key: 'settings',
            label: t('portal.settings.tab'),
            children: <SiteSettingsForm site={site.data} />,
          },
          { key: 'columns', label: t('portal.columns.tab'), children: <ColumnsEditor siteId={id} /> },
          { key: 'images', label: t('portal.images.tab'), children: <ImageLibrary siteId={id} /> },
        ]}
      />
    </div>
  );
}
