import { Segmented } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/zh-CN.ts';
import { regionHref, useRegionScope } from '../region/scope.ts';

const PAGES: readonly { page: string; label: MessageKey }[] = [
  { page: 'dashboard', label: 'nav.dashboard' },
  { page: 'households', label: 'nav.households' },
  { page: 'import', label: 'nav.import' },
];

/** The pages of a region; switching keeps the region and the year. */
export function PageNav() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const scope = useRegionScope();
  const current = location.pathname.split('/')[3] ?? 'households';
  return (
    <Segmented<string>
      className="zf-page-nav"
      aria-label={t('nav.label')}
      value={current}
      options={PAGES.map((p) => ({ value: p.page, label: t(p.label) }))}
      onChange={(page) => scope.code && void navigate(regionHref(scope.code, page, scope.year))}
    />
  );
}
