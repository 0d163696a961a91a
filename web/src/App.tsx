import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { ApiError } from './api/errors.ts';
import { LoginPage } from './auth/LoginPage.tsx';
import { HomeRedirect, NotFound, RequireAuth } from './auth/RequireAuth.tsx';
import { SessionProvider } from './auth/session.tsx';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { useI18n } from './i18n/useT.ts';

// The login page loads alone; the console behind it comes in its own chunks while the user types.
const AppLayout = lazy(() => import('./layout/AppLayout.tsx').then((m) => ({ default: m.AppLayout })));
const HouseholdsPage = lazy(() =>
  import('./pages/households/HouseholdsPage.tsx').then((m) => ({ default: m.HouseholdsPage })),
);
const DashboardPage = lazy(() =>
  import('./pages/dashboard/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })),
);
const ImportPage = lazy(() =>
  import('./pages/import/ImportPage.tsx').then((m) => ({ default: m.ImportPage })),
);
const CreateHouseholdPage = lazy(() =>
  import('./pages/create/CreateHouseholdPage.tsx').then((m) => ({ default: m.CreateHouseholdPage })),
);
const HouseholdPage = lazy(() =>
  import('./pages/household/HouseholdPage.tsx').then((m) => ({ default: m.HouseholdPage })),
);
const StandardsPage = lazy(() =>
  import('./pages/standards/StandardsPage.tsx').then((m) => ({ default: m.StandardsPage })),
);
const InboxPage = lazy(() => import('./pages/cases/InboxPage.tsx').then((m) => ({ default: m.InboxPage })));
const CasePage = lazy(() => import('./pages/cases/CasePage.tsx').then((m) => ({ default: m.CasePage })));
const UsersPage = lazy(() => import('./pages/users/UsersPage.tsx').then((m) => ({ default: m.UsersPage })));
const InspectionPage = lazy(() =>
  import('./pages/portal/InspectionPage.tsx').then((m) => ({ default: m.InspectionPage })),
);
const WhatIfPage = lazy(() =>
  import('./pages/what-if/WhatIfPage.tsx').then((m) => ({ default: m.WhatIfPage })),
);

const ArticlesPage = lazy(() =>
  import('./pages/portal/ArticlesPage.tsx').then((m) => ({ default: m.ArticlesPage })),
);
const ArticlePage = lazy(() =>
  import('./pages/portal/ArticlePage.tsx').then((m) => ({ default: m.ArticlePage })),
);
const ComplaintsPage = lazy(() =>
  import('./pages/complaints/ComplaintsPage.tsx').then((m) => ({ default: m.ComplaintsPage })),
);
const ComplaintPage = lazy(() =>
  import('./pages/complaints/ComplaintPage.tsx').then((m) => ({ default: m.ComplaintPage })),
);
const CalendarPage = lazy(() =>
  import('./pages/calendar/CalendarPage.tsx').then((m) => ({ default: m.CalendarPage })),
);
const OrganisationPage = lazy(() =>
  import('./pages/organisation/OrganisationPage.tsx').then((m) => ({ default: m.OrganisationPage })),
);
const VillagePage = lazy(() =>
  import('./pages/village/VillagePage.tsx').then((m) => ({ default: m.VillagePage })),
);
const ProjectsPage = lazy(() =>
  import('./pages/projects/ProjectsPage.tsx').then((m) => ({ default: m.ProjectsPage })),
);
const ProjectPage = lazy(() =>
  import('./pages/projects/ProjectPage.tsx').then((m) => ({ default: m.ProjectPage })),
);
const ProblemsPage = lazy(() =>
  import('./pages/problems/ProblemsPage.tsx').then((m) => ({ default: m.ProblemsPage })),
);
const ProblemPage = lazy(() =>
  import('./pages/problems/ProblemPage.tsx').then((m) => ({ default: m.ProblemPage })),
);
const BurdenPage = lazy(() =>
  import('./pages/burden/BurdenPage.tsx').then((m) => ({ default: m.BurdenPage })),
);
const SitesPage = lazy(() => import('./pages/portal/SitesPage.tsx').then((m) => ({ default: m.SitesPage })));
const FieldHomePage = lazy(() =>
  import('./pages/field/FieldHomePage.tsx').then((m) => ({ default: m.FieldHomePage })),
);
const VisitPage = lazy(() => import('./pages/field/VisitPage.tsx').then((m) => ({ default: m.VisitPage })));
const CheckinPage = lazy(() =>
  import('./pages/field/CheckinPage.tsx').then((m) => ({ default: m.CheckinPage })),
);
const SitePage = lazy(() => import('./pages/portal/SitePage.tsx').then((m) => ({ default: m.SitePage })));

/** Retries only what may pass on a second try: an outage or a server error, once. */
function retry(failures: number, error: unknown): boolean {
  if (error instanceof ApiError && (error.isNetwork || error.status >= 500)) return failures < 1;
  return false;
}

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry, staleTime: 15_000 }, mutations: { retry: false } },
});

const THEME = {
  token: {
    colorPrimary: '#b71c1c',
    colorLink: '#a31515',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
  },
};

function Themed({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  return (
    <ConfigProvider locale={lang === 'zh-CN' ? zhCN : enUS} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** `/r/371324` opens the region's household list, keeping the year. */
function RegionIndex() {
  const location = useLocation();
  return <Navigate to={`${location.pathname.replace(/\/$/, '')}/households${location.search}`} replace />;
}

/** The console lives under /console/ (vite's base, web/vite.config.ts); the public portal has the site's root. */
const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '');

export function App() {
  return (
    <I18nProvider>
      <Themed>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter basename={BASENAME}>
            <SessionProvider>
              <Suspense fallback={<Spin fullscreen />}>
                <Routes>
                  <Route path="/login" element={<LoginPage />} />
                  <Route element={<RequireAuth />}>
                    <Route index element={<HomeRedirect />} />
                    <Route path="r/:region" element={<AppLayout />}>
                      <Route index element={<RegionIndex />} />
                      <Route path="dashboard" element={<DashboardPage />} />
                      <Route path="households" element={<HouseholdsPage />} />
                      <Route path="households/new" element={<CreateHouseholdPage />} />
                      <Route path="households/:id" element={<HouseholdPage />} />
                      <Route path="import" element={<ImportPage />} />
                      <Route path="cases" element={<InboxPage />} />
                      <Route path="cases/:id" element={<CasePage />} />
                      <Route path="standards" element={<StandardsPage />} />
                      <Route path="what-if" element={<WhatIfPage />} />
                      <Route path="users" element={<UsersPage />} />
                      <Route path="portal" element={<ArticlesPage />} />
                      <Route path="portal/articles/:articleId" element={<ArticlePage />} />
                      <Route path="portal/sites" element={<SitesPage />} />
                      <Route path="portal/sites/:siteId" element={<SitePage />} />
                      <Route path="portal/sites/:siteId/:tab" element={<SitePage />} />
                      <Route path="portal/sites/:siteId/inspection" element={<InspectionPage />} />
                      <Route path="complaints" element={<ComplaintsPage />} />
                      <Route path="complaints/:id" element={<ComplaintPage />} />
                      <Route path="calendar" element={<CalendarPage />} />
                      <Route path="organisation" element={<OrganisationPage />} />
                      <Route path="villages/:code" element={<VillagePage />} />
                      <Route path="projects" element={<ProjectsPage />} />
                      <Route path="projects/:id" element={<ProjectPage />} />
                      <Route path="field" element={<FieldHomePage />} />
                      <Route path="field/visit/:householdId" element={<VisitPage />} />
                      <Route path="field/checkin" element={<CheckinPage />} />
                      <Route path="problems" element={<ProblemsPage />} />
                      <Route path="problems/:id" element={<ProblemPage />} />
                      <Route path="burden" element={<BurdenPage />} />
                    </Route>
                    <Route path="*" element={<NotFound />} />
                  </Route>
                </Routes>
              </Suspense>
            </SessionProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </Themed>
    </I18nProvider>
  );
}
