import type { App } from '../../src/app/context.ts';
import { shellActor, type Actor } from '../../src/modules/auth/actor.ts';
import { resolveSession } from '../../src/modules/auth/session.ts';
import { createHousehold } from '../../src/modules/registry/commands/create-household.ts';
import type { CreateHouseholdInput } from '../../src/modules/registry/schemas.ts';
import type { LoggedIn } from './auth.ts';
import { TEST_TODAY } from './server.ts';

/**
 * The one way tests register a household with a standing already decided (a status, a monitoring type, a
 * year identified): the registry's create command with `recorded: true`, which the API never passes — there a
 * new household is an ordinary one and its standing comes from the procedures. As the import records the
 * decisions taken before the system, this records those a test starts from. `who` is the logged-in user the
 * household is created as (the audit and history name them, the access layer checks their grants); without
 * one, the shell.
 */
export async function seedHousehold(
  app: App,
  who: LoggedIn | undefined,
  input: Record<string, unknown>,
): Promise<{ id: number }> {
  const actor = who ? await actorOf(app, who) : shellActor('seed');
  const body = { year: 2020, ...input } as CreateHouseholdInput;
  const id = await app.db.transaction((tx) =>
    createHousehold(tx, actor, body, TEST_TODAY, { recorded: true }),
  );
  return { id };
}

async function actorOf(app: App, who: LoggedIn): Promise<Actor> {
  const session = await resolveSession(app.db, who.cookie.slice(who.cookie.indexOf('=') + 1));
  if (!session) throw new Error(`no session for ${who.username}`);
  return {
    userId: session.userId,
    username: session.username,
    source: 'api',
    grants: session.grants,
    requestId: null,
  };
}
