import { readdirSync, readFileSync } from 'node:fs';
import type { Db, Tx } from './types.ts';

const migrationsDir = new URL('./migrations/', import.meta.url);

export interface MigrationResult {
  applied: string[];
}

/**
 * A migration that needs more than SQL (e.g. the secret that seals personal data, which never goes into a
 * file): a `NNNN_name.ts` module exporting `up`, run in the migration's transaction like an SQL file.
 */
export interface CodeMigration {
  up(tx: Tx): Promise<void>;
}

/** Migration files in order: `NNNN_name.sql` or `NNNN_name.ts`. Forward-only: once applied, never edited. */
export function migrationFiles(): string[] {
  return readdirSync(migrationsDir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.(sql|ts)$/.test(f))
    .sort();
}

async function apply(tx: Tx, file: string): Promise<void> {
  const url = new URL(file, migrationsDir);
  if (file.endsWith('.sql')) return tx.exec(readFileSync(url, 'utf8'));
  const migration = (await import(url.href)) as CodeMigration;
  await migration.up(tx);
}

/**
 * Applies every migration not yet recorded, each in its own transaction. An advisory lock keeps two processes
 * from migrating at once (several API processes booting together on PostgreSQL). `until` (a version, e.g.
 * '0011') stops after that one: tests use it to build a database as an older release left it.
 */
export async function migrate(db: Db, options: { until?: string } = {}): Promise<MigrationResult> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: string[] = [];
  for (const file of migrationFiles()) {
    const version = file.replace(/\.(sql|ts)$/, '');
    if (options.until !== undefined && version.slice(0, 4) > options.until) break;
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(7242001)');
      const rows = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [version]);
      if (rows.length > 0) return false;
      await apply(tx, file);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      return true;
    });
    if (done) applied.push(version);
  }
  return { applied };
}
