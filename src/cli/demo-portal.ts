import { DomainError } from '../app/errors.ts';
import type { Db } from '../db/types.ts';
import { createDemoPortal } from '../modules/portal/demo/portal.ts';
import { today } from '../modules/registry/commands/shared.ts';
import { cliActor } from './runtime.ts';

/**
 * The demo portal for a registry without any site (a first `npm start`, or a data directory made before the
 * portal existed), dated back from today. Returns a line for the operator, or undefined when some site
 * existed already. Needs the demo county's regions (loaded before it, as for the demo county).
 */
export async function demoPortalOnEmpty(db: Db, day = today(new Date())): Promise<string | undefined> {
  try {
    const made = await createDemoPortal(db, cliActor('demo'), day);
    if (!made) return undefined;
    return `演示门户已建立：${made.sites} 个网站、${made.articles} 篇文章、${made.disclosures} 条资金项目公示 / demo portal created: ${made.sites} sites, ${made.articles} articles, ${made.disclosures} fund disclosures`;
  } catch (error) {
    // A server without its demo portal is still a server: say why and start anyway.
    if (!(error instanceof DomainError)) throw error;
    return `未建立演示门户 / demo portal not created: ${error.messages.zh} / ${error.messages.en}`;
  }
}
