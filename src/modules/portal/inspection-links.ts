/**
 * The internal links of an article's body, read for the self-inspection: every `href` and `src` that points
 * into the portal (`/s/{site}/…`, `/media/{id}`), and every image with its alt text. The bodies are sanitised
 * HTML (double-quoted attributes, no scripts), so a scan of the tags is enough; no DOM is built.
 */

/** Where an internal link points, as far as the portal's URLs tell. */
export type LinkTarget =
  | { kind: 'media'; id: number }
  | { kind: 'site'; code: string }
  | { kind: 'column'; code: string; slug: string }
  | { kind: 'article'; code: string; id: number }
  | { kind: 'notice'; code: string; serial: string };

export interface InternalLink {
  href: string;
  target: LinkTarget;
}

const ATTRIBUTE = /\b(?:href|src)\s*=\s*"([^"]*)"/gi;
const IMAGE = /<img\b[^>]*>/gi;
const ALT = /\balt\s*=\s*"([^"]*)"/i;

/** The portal's own links of a body, in order of appearance, each once. */
export function internalLinks(html: string): InternalLink[] {
  const seen = new Set<string>();
  const links: InternalLink[] = [];
  for (const match of html.matchAll(ATTRIBUTE)) {
    const href = decodeEntities(match[1] ?? '');
    const target = parseTarget(href);
    if (!target || seen.has(href)) continue;
    seen.add(href);
    links.push({ href, target });
  }
  return links;
}

/** The `src` of each image whose alt text is missing or blank (a screen reader has nothing to say). */
export function imagesWithoutAlt(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(IMAGE)) {
    const alt = ALT.exec(tag)?.[1];
    if (alt !== undefined && decodeEntities(alt).trim() !== '') continue;
    found.push(decodeEntities(/\bsrc\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? ''));
  }
  return found;
}

/** Reads a portal path; undefined for anything outside the portal (other sites, mail, the console). */
export function parseTarget(href: string): LinkTarget | undefined {
  const path = href.split(/[?#]/)[0] ?? '';
  const media = /^\/media\/(\d{1,15})$/.exec(path);
  if (media) return { kind: 'media', id: Number(media[1]) };
  const site = /^\/s\/(\d{6}|\d{9})(?:\/(.*))?$/.exec(path);
  if (!site) return undefined;
  const code = site[1] ?? '';
  const rest = site[2] ?? '';
  const article = /^a\/(\d{1,15})\/?$/.exec(rest);
  if (article) return { kind: 'article', code, id: Number(article[1]) };
  const column = /^c\/([a-z][a-z0-9-]{0,39})(?:\/.*)?$/.exec(rest);
  if (column) return { kind: 'column', code, slug: column[1] ?? '' };
  const notice = /^notices\/([^/]+)\/?$/.exec(rest);
  if (notice) return { kind: 'notice', code, serial: safeDecode(notice[1] ?? '') };
  return { kind: 'site', code };
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
