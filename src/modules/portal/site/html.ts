/**
 * The one HTML escaper of the server's pages (the portal and the printable notices). Every value a template
 * writes goes through it; only markup the code builds itself, or article bodies after sanitizeArticleHtml,
 * is written unescaped.
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A query string from defined values, escaped for an attribute: `?page=2&amp;q=%E6%89%B6`. */
export function queryString(params: Record<string, string | number | undefined>): string {
  const pairs = Object.entries(params).filter(
    (entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '',
  );
  if (pairs.length === 0) return '';
  return escapeHtml(`?${new URLSearchParams(pairs.map(([k, v]) => [k, String(v)])).toString()}`);
}
