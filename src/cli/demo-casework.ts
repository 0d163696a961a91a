import { DomainError } from '../app/errors.ts';
import type { Db, Queryable } from '../db/types.ts';
import type { Actor } from '../modules/auth/actor.ts';
import { seedDemoAssistance } from '../modules/assistance/demo.ts';
import { seedDemoOrganisation } from '../modules/organisation/demo.ts';
import { seedDemoProblems } from '../modules/problems/demo.ts';
import { padCode } from '../modules/regions/region-code.ts';
import { today } from '../modules/registry/commands/shared.ts';
import { seedDemoVisits } from '../modules/visits/demo.ts';
import { cliActor } from './runtime.ts';

/**
 * The demo county's people and casework (issue 13): its organisation and pairings, a year of check-ins and
 * visits, problems in every state, assistance measures and projects — dated back from today, written through
 * each module's own commands. Runs on a registry whose demo county has households and no cadre yet.
 */
export interface CaseworkDemoContext {
  /** The county's 12-digit code. */
  county: string;
  /** The server's today (YYYY-MM-DD): the year of visits ends here. */
  today: string;
  /** The registry's demo year (the year of the households' facts). */
  year: number;
}

type Step = (db: Db, actor: Actor, context: CaseworkDemoContext) => Promise<string>;

/** In order: each step builds on the ones before (the pairings on the organisation, the visits on the pairings…). */
const STEPS: Step[] = [
  seedDemoOrganisation, // units, branches, teams, cadres, demo users, pairings
  seedDemoVisits, // a year of check-ins and visits
  seedDemoProblems, // problems in every state, some escalated
  seedDemoAssistance, // measures and projects with their funds
];

/**
 * Whether the casework's organisation was built: a work team exists. Not "a cadre exists": the registry's
 * import makes the cadres and pairings its file names (the demo county's too), but never a team.
 */
async function hasOrganisation(q: Queryable): Promise<boolean> {
  const [row] = await q.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM work_teams) AS any');
  return row?.any ?? false;
}

/** Returns lines for the operator, or undefined when the organisation existed already. */
export async function demoCaseworkOnEmpty(
  db: Db,
  context: Omit<CaseworkDemoContext, 'today'> & { today?: string },
): Promise<string | undefined> {
  if (await hasOrganisation(db)) return undefined;
  // The demo names its county by six digits; the steps grant and scope by the 12-digit code.
  const full = { ...context, county: padCode(context.county), today: context.today ?? today(new Date()) };
  const lines: string[] = [];
  try {
    for (const step of STEPS) lines.push(await step(db, cliActor('demo'), full));
  } catch (error) {
    // A server without its demo casework is still a server: say why and start anyway.
    if (!(error instanceof DomainError)) throw error;
    lines.push(`未建立演示帮扶数据 / demo casework not created: ${error.messages.zh} / ${error.messages.en}`);
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
}
