import type { App } from './context.ts';
import { healthRoutes } from './health.ts';

/** Every module's routes, in one list so the server and the OpenAPI generator see the same API. */
export async function registerModules(app: App): Promise<void> {
  await app.register(healthRoutes);
}
