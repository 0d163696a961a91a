import { readdirSync, readFileSync } from 'node:fs';
import type { Db } from './types.ts';

const migrationsDir = new URL('./migrations/', import.meta.url);

export interface MigrationResult {
  applied: string[];
}

/** Migration files in order: `NNNN_name.sql`. Forward-only: a file, once applied, is never edited. */
export function migrationFiles(): string[] {
  return readdirSync(migrationsDir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
}

/**
 * Applies every migration not yet recorded, each in its own transaction. An advisory lock keeps two processes
 * from migrating at once (several API processes booting together on PostgreSQL).
 */
export async function migrate(db: Db): Promise<MigrationResult> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: string[] = [];
  for (const file of migrationFiles()) {
    const version = file.slice(0, -'.sql'.length);
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(7242001)');
      const rows = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [version]);
      if (rows.length > 0) return false;
      await tx.exec(readFileSync(new URL(file, migrationsDir), 'utf8'));
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      return true;
    });
    if (done) applied.push(version);
  }
  return { applied };
}
