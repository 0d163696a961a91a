import { Segmented } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useCapabilities, type Capabilities } from '../auth/capabilities.ts';
import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/zh-CN.ts';
import { CasesNavLabel } from '../pages/cases/CasesNavLabel.tsx';
import { regionHref, useRegionScope } from '../region/scope.ts';

const PAGES: readonly { page: string; label: MessageKey; shown?: (c: Capabilities) => boolean }[] = [
  { page: 'dashboard', label: 'nav.dashboard' },
  { page: 'households', label: 'nav.households' },
  { page: 'cases', label: 'nav.cases' },
  { page: 'import', label: 'nav.import', shown: (c) => c.canImport },
  { page: 'standards', label: 'nav.standards' },
  { page: 'what-if', label: 'nav.whatIf' },
  { page: 'users', label: 'nav.users', shown: (c) => c.canManageUsers },
];

/** The pages of a region the user may use; switching keeps the region and the year. */
export function PageNav() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const scope = useRegionScope();
  const capabilities = useCapabilities();
  const current = location.pathname.split('/')[3] ?? 'households';
  return (
    <Segmented<string>
      className="zf-page-nav"
      aria-label={t('nav.label')}
      value={current}
      options={PAGES.filter((p) => p.shown?.(capabilities) ?? true).map((p) => ({
        value: p.page,
        label: p.page === 'cases' ? <CasesNavLabel text={t(p.label)} /> : t(p.label),
      }))}
      onChange={(page) => scope.code && void navigate(regionHref(scope.code, page, scope.year))}
    />
  );
}
