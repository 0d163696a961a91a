import type { App } from './context.ts';
import { healthRoutes } from './health.ts';
import { regionRoutes } from '../modules/regions/routes.ts';
import { registryRoutes } from '../modules/registry/routes.ts';
import { measureRoutes } from '../modules/measure/routes.ts';
import { measuresRoutes } from '../modules/measure/measures-routes.ts';
import { incidenceRoutes } from '../modules/measure/incidence-routes.ts';
import { registryMeasureRoutes } from '../modules/measure/registry-measure-routes.ts';
import { auditRoutes } from '../modules/audit/routes.ts';
import { authRoutes } from '../modules/auth/routes.ts';
import { userRoutes } from '../modules/auth/user-routes.ts';
import { importRoutes } from '../modules/registry/import/routes.ts';
import { exportRoutes } from '../modules/registry/export/routes.ts';
import { jobRoutes } from '../modules/jobs/routes.ts';
import { standardsRoutes } from '../modules/standards/routes.ts';
import { assessmentRoutes } from '../modules/assessment/routes.ts';
import { settingsRoutes } from '../modules/settings/routes.ts';
import { caseRoutes } from '../modules/cases/routes.ts';
import { noticeRoutes } from '../modules/cases/notice-routes.ts';
import { publicNoticeRoutes } from '../modules/cases/public-routes.ts';
import { humanCheckRoutes } from '../modules/portal/human-check.ts';
import { calendarRoutes } from '../modules/portal/calendar/routes.ts';
import { complaintRoutes } from '../modules/portal/complaints/routes.ts';
import { publicComplaintRoutes } from '../modules/portal/complaints/public-routes.ts';
import { complaintSettingsRoutes } from '../modules/portal/complaints/settings.ts';
import { bulkRoutes } from '../modules/cases/bulk-routes.ts';
import { portalRoutes } from '../modules/portal/routes.ts';
import { mediaRoutes } from '../modules/portal/media-routes.ts';
import { portalSiteRoutes } from '../modules/portal/site/routes.ts';
import { clearPagesOnStaffWrites } from '../modules/portal/site/cache.ts';
import { inspectionRoutes } from '../modules/portal/inspection-routes.ts';
import { webConsole } from './static.ts';

/** Every module's routes, in one list so the server and the OpenAPI generator see the same API. */
export async function registerModules(app: App): Promise<void> {
  // First, so the hook is on every route registered below.
  clearPagesOnStaffWrites(app);
  await app.register(healthRoutes);
  await app.register(regionRoutes);
  await app.register(registryRoutes);
  await app.register(measureRoutes);
  await app.register(measuresRoutes);
  await app.register(incidenceRoutes);
  await app.register(registryMeasureRoutes);
  await app.register(auditRoutes);
  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(importRoutes);
  await app.register(exportRoutes);
  await app.register(jobRoutes);
  await app.register(standardsRoutes);
  await app.register(assessmentRoutes);
  await app.register(settingsRoutes);
  await app.register(caseRoutes);
  await app.register(noticeRoutes);
  await app.register(publicNoticeRoutes);
  await app.register(bulkRoutes);
  await app.register(portalRoutes);
  await app.register(mediaRoutes);
  await app.register(humanCheckRoutes);
  await app.register(calendarRoutes);
  await app.register(complaintSettingsRoutes);
  await app.register(complaintRoutes);
  await app.register(publicComplaintRoutes);
  // The public site's exact paths (`/`, `/s/…`, `/prefs`, …) before the console's catch-all.
  await app.register(portalSiteRoutes);
  await app.register(inspectionRoutes);
  await app.register(webConsole);
}
