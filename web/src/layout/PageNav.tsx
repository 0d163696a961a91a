import { Segmented } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { readsComplaintsAt, useCapabilities, usesPortalAt, type Capabilities } from '../auth/capabilities.ts';
import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/zh-CN.ts';
import { CasesNavLabel } from '../pages/cases/CasesNavLabel.tsx';
import { showsOrganisationAt } from '../pages/organisation/access.ts';
import { ProblemsNavLabel } from '../pages/problems/ProblemsNavLabel.tsx';
import { regionHref, useRegionScope } from '../region/scope.ts';

type Shown = (c: Capabilities, code: string) => boolean;
// The registry's pages answer 404 to the portal's roles (contributor, editor): not offered to them.
const registry: Shown = (c) => c.canReadRegistry;

const PAGES: readonly { page: string; label: MessageKey; shown: Shown }[] = [
  { page: 'dashboard', label: 'nav.dashboard', shown: registry },
  { page: 'households', label: 'nav.households', shown: registry },
  { page: 'cases', label: 'nav.cases', shown: registry },
  { page: 'problems', label: 'nav.problems', shown: (c) => c.canReadRegistry || c.pairedCadre },
  { page: 'import', label: 'nav.import', shown: (c) => c.canImport },
  { page: 'standards', label: 'nav.standards', shown: registry },
  { page: 'what-if', label: 'nav.whatIf', shown: registry },
  { page: 'portal', label: 'nav.portal', shown: usesPortalAt },
  { page: 'complaints', label: 'nav.complaints', shown: readsComplaintsAt },
  { page: 'users', label: 'nav.users', shown: (c) => c.canManageUsers },
  { page: 'organisation', label: 'nav.organisation', shown: showsOrganisationAt },
  { page: 'projects', label: 'nav.projects', shown: registry },
  { page: 'field', label: 'nav.field', shown: (c) => c.pairedCadre || c.caseworkRegions.length > 0 },
];

/** The pages of a region the user may use; switching keeps the region and the year. */
export function PageNav() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const scope = useRegionScope();
  const capabilities = useCapabilities();
  const current = location.pathname.split('/')[3] ?? 'households';
  const pages = PAGES.filter((p) => p.shown(capabilities, scope.code ?? ''));
  return (
    <Segmented<string>
      className="zf-page-nav"
      aria-label={t('nav.label')}
      value={current}
      options={pages.map((p) => ({
        value: p.page,
        label:
          p.page === 'cases' ? (
            <CasesNavLabel text={t(p.label)} />
          ) : p.page === 'problems' ? (
            <ProblemsNavLabel text={t(p.label)} />
          ) : (
            t(p.label)
          ),
      }))}
      onChange={(page) => scope.code && void navigate(regionHref(scope.code, page, scope.year))}
    />
  );
}
