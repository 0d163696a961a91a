import { userInfo } from 'node:os';
import { loadConfig, type Config } from '../app/config.ts';
import { openDatabase } from '../db/open.ts';
import { migrate } from '../db/migrate.ts';
import { useConfiguredSecret } from '../modules/privacy/secret.ts';
import type { Db } from '../db/types.ts';
import { shellActor, type Actor, type WriteSource } from '../modules/auth/actor.ts';
import { DomainError } from '../app/errors.ts';

export interface CliContext {
  db: Db;
  config: Config;
}

/** Opens the configured database (migrated), runs `fn`, and always closes it. */
export async function withDatabase<T>(fn: (ctx: CliContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  // The secret first: migrations seal personal data with it, and so does every write.
  useConfiguredSecret(config);
  const db = await openDatabase(config);
  try {
    await migrate(db);
    return await fn({ db, config });
  } finally {
    await db.close();
  }
}

/** The actor for a command run from the shell (see shellActor). */
export function cliActor(source: WriteSource = 'cli'): Actor {
  return shellActor(userInfo().username, source);
}

/** A domain error as the shell prints it: the code with the message in both languages, then each field. */
export function describeCliError(error: DomainError): string {
  const fields = error.fields.map((f) => `  - ${f.field}: ${f.message.zh} / ${f.message.en}\n`);
  return `错误 ${error.code}: ${error.messages.zh}\nerror ${error.code}: ${error.messages.en}\n${fields.join('')}`;
}

/** Prints a domain error in both languages and sets a failing exit code; anything else is rethrown. */
export function reportCliError(error: unknown): void {
  if (error instanceof DomainError) {
    process.stderr.write(describeCliError(error));
    process.exitCode = 1;
    return;
  }
  throw error;
}
