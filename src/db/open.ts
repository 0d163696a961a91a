import type { Db } from './types.ts';

/**
 * PostgreSQL when a URL is configured, otherwise the embedded PGlite in `dataDir`. Each driver is imported only
 * when chosen: a process uses one of them, and importing the other is time spent for nothing.
 */
export async function openDatabase(config: {
  databaseUrl?: string | undefined;
  dataDir: string;
}): Promise<Db> {
  if (config.databaseUrl) return (await import('./postgres.ts')).openPostgres(config.databaseUrl);
  return (await import('./pglite.ts')).openPglite(config.dataDir);
}
