import type { FastifyRequest } from 'fastify';

/**
 * The reader's display preferences — font size and the elder mode (大字, high contrast) — kept in one cookie
 * that `/prefs` sets, so they stick from page to page with no script. Pages read it to put the matching classes
 * on <html>; the page therefore varies by cookie (sendPage says so with Vary).
 */
export type FontSize = 's' | 'm' | 'l';

export interface Prefs {
  elder: boolean;
  size: FontSize;
  /** The page's own local path and query: where `/prefs` sends the reader back. */
  path: string;
}

export const PREFS_COOKIE = 'zhenfu_portal';
const VALUE = /^([01])([sml])$/;

/** The cookie's value: elder 0|1 then size s|m|l, e.g. `1l`. */
export function prefsCookieValue(p: Pick<Prefs, 'elder' | 'size'>): string {
  return `${p.elder ? 1 : 0}${p.size}`;
}

export function parsePrefsCookie(value: string | undefined): Pick<Prefs, 'elder' | 'size'> {
  const match = VALUE.exec(value ?? '');
  return match ? { elder: match[1] === '1', size: match[2] as FontSize } : { elder: false, size: 'm' };
}

/** The preferences of a request, with its path for the way back. */
export function readPrefs(request: FastifyRequest): Prefs {
  return { ...parsePrefsCookie(request.cookies[PREFS_COOKIE]), path: request.url };
}

const hasControl = (text: string) => [...text].some((c) => c.charCodeAt(0) < 0x20 || c === '\x7f');

/**
 * A local path to send the reader back to, or `/`. Only a path on this server is followed: `//host`,
 * `/\host`, a scheme or anything the URL parser resolves elsewhere falls back to `/` (no open redirect).
 */
export function localPath(back: string | undefined): string {
  if (!back || !back.startsWith('/') || back.startsWith('//') || /[\\\s]/.test(back) || hasControl(back))
    return '/';
  const base = 'http://portal.invalid';
  const url = new URL(back, base);
  return url.origin === base ? `${url.pathname}${url.search}` : '/';
}

/**
 * The `/prefs` link that changes one preference and comes back to this page. Only the changed one is named:
 * `/prefs` keeps the other as the cookie has it (the script may have changed it since the page was rendered).
 */
export function prefsHref(prefs: Prefs, change: { elder: boolean } | { size: FontSize }): string {
  const params = new URLSearchParams(
    'elder' in change ? { elder: change.elder ? '1' : '0' } : { size: change.size },
  );
  params.set('back', prefs.path);
  return `/prefs?${params.toString()}`;
}
