import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configureSeal } from './seal.ts';

/** The file in the data directory holding the generated secret (used with PGlite and with DATABASE_URL). */
export const SECRET_FILE = 'secret';

/**
 * The secret that keys the hashes of personal data at rest: ZHENFU_SECRET when set, else the file `secret`
 * in the data directory, generated on first start (mode 0600) and read afterwards. Losing it does not lose
 * data, only the ability to match a known value against the history; so back it up with the data directory.
 */
export function loadSecret(config: { secret?: string | undefined; dataDir: string }): string {
  if (config.secret) return config.secret;
  const file = join(config.dataDir, SECRET_FILE);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    // 'wx': two processes starting together — the second finds the first one's file and reads it.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readFileSync(file, 'utf8').trim();
  }
}

/** Loads the configured secret and makes it the key of every seal in this process. */
export function useConfiguredSecret(config: { secret?: string | undefined; dataDir: string }): void {
  configureSeal(loadSecret(config));
}
