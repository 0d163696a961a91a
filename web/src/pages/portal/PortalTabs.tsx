import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useT } from '../../i18n/useT.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';

/** The portal's two areas in a region: the articles, and the sites with their settings. */
export function PortalTabs() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const scope = useRegionScope();
  const area = location.pathname.split('/')[4] === 'sites' ? 'portal/sites' : 'portal';
  return (
    <Tabs
      className="zf-portal-tabs"
      activeKey={area}
      items={[
        { key: 'portal', label: t('portal.tab.articles') },
        { key: 'portal/sites', label: t('portal.tab.sites') },
      ]}
      onChange={(key) => scope.code && void navigate(regionHref(scope.code, key, undefined))}
    />
  );
}
