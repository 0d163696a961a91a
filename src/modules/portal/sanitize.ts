import sanitizeHtml from 'sanitize-html';

/**
 * The one allowlist of an article's rich text, applied when an article is written and again when a page is
 * rendered. Only plain structure survives: paragraphs, headings, lists, quotes, tables, links (http, https,
 * mailto or a path on this site) and the site's own images (`/media/<id>`, nothing hot-linked). No style, no
 * class, no event handler; script, style and embedded objects go with their content.
 */
const MEDIA_SRC = /^\/media\/\d+$/;
const DIMENSION = /^\d{1,4}$/;

const ARTICLE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'b',
    'i',
    'u',
    's',
    'h2',
    'h3',
    'h4',
    'ul',
    'ol',
    'li',
    'blockquote',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'rel'], img: ['src', 'alt', 'width', 'height'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: [] },
  // `//host/x` would leave the site while looking like a local path.
  allowProtocolRelative: false,
  // Tags whose text is code or a foreign document, not words of the article: dropped with their content.
  nonTextTags: ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'textarea', 'title'],
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: {
        ...(attribs.href === undefined ? {} : { href: attribs.href }),
        rel: 'noopener noreferrer',
      },
    }),
    img: (tagName, attribs) => ({ tagName, attribs: imageAttributes(attribs) }),
  },
  // An image that is not one of the site's own is removed entirely rather than left without a source.
  exclusiveFilter: (frame) => frame.tag === 'img' && !MEDIA_SRC.test(frame.attribs.src ?? ''),
};

function imageAttributes(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const kept: sanitizeHtml.Attributes = {};
  const src = (attribs.src ?? '').trim();
  if (MEDIA_SRC.test(src)) kept.src = src;
  kept.alt = attribs.alt ?? '';
  for (const key of ['width', 'height'] as const) {
    const value = attribs[key]?.trim();
    if (value !== undefined && DIMENSION.test(value)) kept[key] = value;
  }
  return kept;
}

export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, ARTICLE_OPTIONS);
}

/** Where one block ends and the next begins, so the text keeps its words apart ("第一段" "第二段"). */
const BLOCK_END = /<\/(?:p|h2|h3|h4|li|blockquote|tr|th|td|table)>|<br\s*\/?>/g;

const TEXT_ONLY: sanitizeHtml.IOptions = { allowedTags: [], allowedAttributes: {}, nonTextTags: [] };

/** The plain text of an article's html (for search, summaries and the self-inspection), entities decoded. */
export function htmlToText(html: string): string {
  // A line break in the source is only a space; the blocks make the lines.
  const marked = sanitizeArticleHtml(html)
    .replace(/\s+/g, ' ')
    .replace(BLOCK_END, (end) => `${end}\n`);
  const text = sanitizeHtml(marked, TEXT_ONLY);
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/ +/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** sanitize-html escapes only these four in text; `&amp;` last so `&amp;lt;` stays the text `&lt;`. */
function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
