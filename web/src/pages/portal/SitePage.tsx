import { ArrowLeftOutlined } from '@ant-design/icons';
import { Space, Spin, Tabs, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
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

/**
 * One site's settings, columns and image library, a tab each (`portal/sites/3/columns`: the self-inspection links
 * there), and the way to its self-inspection.
 */
export function SitePage() {
  const t = useT();
  const scope = useRegionScope();
  const navigate = useNavigate();
  const params = useParams();
  const id = Number(params.siteId);
  const site = useSite(id);
  const tab: Tab = TABS.find((name) => name === params.tab) ?? 'settings';
  const region = scope.code ?? COUNTRY;
  const back = regionHref(region, 'portal/sites', undefined);
  if (site.isPending) return <Spin className="zf-portal-loading" />;
  if (site.isError) return <ErrorAlert error={site.error} onRetry={() => void site.refetch()} />;
  return (
    <div className="zf-portal zf-portal-site">
      <Space wrap className="zf-portal-site-links">
        <Link to={back} className="zf-portal-back">
          <ArrowLeftOutlined /> {t('portal.tab.sites')}
        </Link>
        <Link
          to={regionHref(region, `portal/sites/${id}/inspection`, undefined)}
          className="zf-portal-inspection-link"
        >
          {t('inspection.title')}
        </Link>
      </Space>
      <Typography.Title level={3} className="zf-portal-title">
        {site.data.name}
      </Typography.Title>
      <Tabs
        className="zf-portal-site-tabs"
        activeKey={tab}
        onChange={(key) =>
          void navigate(
            regionHref(region, `portal/sites/${id}${key === 'settings' ? '' : `/${key}`}`, undefined),
            {
              replace: true,
            },
          )
        }
        items={[
          {
            key: 'settings',
            label: t('portal.settings.tab'),
            children: <SiteSettingsForm key={site.data.version} site={site.data} />,
          },
          { key: 'columns', label: t('portal.columns.tab'), children: <ColumnsEditor siteId={id} /> },
          { key: 'images', label: t('portal.images.tab'), children: <ImageLibrary siteId={id} /> },
        ]}
      />
    </div>
  );
}
