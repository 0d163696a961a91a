import { CONSOLE_PATH } from '../../../src/app/static.ts';

/**
 * The console lives under /console/ (the portal has the root). Tests name its pages by the paths of its router
 * (`/r/371324/households`), which is also what the login page's `next` holds; consoleAddress (src/app/static.ts)
 * makes an address of one.
 */

/**
 * The router's path of a console address, with its query (`http://…/console/r/1?year=2020` → `/r/1?year=2020`);
 * undefined for an address outside the console.
 */
export function routerPath(address: string | URL): string | undefined {
  const url = new URL(address);
  if (!url.pathname.startsWith(CONSOLE_PATH)) return undefined;
  return `/${url.pathname.slice(CONSOLE_PATH.length)}${url.search}`;
}
