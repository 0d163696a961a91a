import { buildWeb } from '../../scripts/build-web.mjs';
import { chromiumMissing } from './support/browser.ts';

/** Before any browser test: a browser must exist (fail loudly, never skip), and the console must be built. */
export default async function setup(): Promise<void> {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  await buildWeb({ quiet: true });
}
