import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The portal's two static files, the stylesheet and the small script, read once at start and named by a hash
 * of their content (`site.3f2a9c1e.css`): a page always asks for the version it was rendered with, so they can
 * be cached for a year.
 */
interface Asset {
  name: string;
  type: string;
  body: Buffer;
}

function load(file: string, type: string): Asset {
  const body = readFileSync(new URL(`./assets/${file}`, import.meta.url));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const [stem, ext] = file.split('.');
  return { name: `${stem}.${hash}.${ext}`, type, body };
}

const STYLE = load('site.css', 'text/css; charset=utf-8');
const SCRIPT = load('site.js', 'text/javascript; charset=utf-8');

export const ASSET_PREFIX = '/portal/assets/';
export const styleHref = ASSET_PREFIX + STYLE.name;
export const scriptHref = ASSET_PREFIX + SCRIPT.name;

const BY_NAME = new Map([STYLE, SCRIPT].map((a) => [a.name, a]));

export function assetByName(name: string): Asset | undefined {
  return BY_NAME.get(name);
}
