/**
 * The diff of two revisions: their title and the text of their body, word by word (Chinese has no spaces, so
 * "word" falls back to characters there) or character by character. Each part says whether it was kept,
 * added or removed, so the page marks it by colour and by text for screen readers and print.
 */
import { diffChars, diffWordsWithSpace } from 'diff';
import type { Revision } from './types.ts';

export type DiffLevel = 'word' | 'char';
export type PartKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: PartKind;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The readable text of sanitised article HTML: block ends become line breaks, tags go, entities decode. */
export function htmlText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|h[2-4]|li|blockquote|tr)>/gi, '\n')
    .replace(/<img\b[^>]*\balt="([^"]*)"[^>]*>/gi, '[$1]')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function revisionText(revision: Pick<Revision, 'title' | 'bodyHtml'>): string {
  return `${revision.title}\n\n${htmlText(revision.bodyHtml)}`.trimEnd();
}

export function diffRevisions(
  older: Pick<Revision, 'title' | 'bodyHtml'>,
  newer: Pick<Revision, 'title' | 'bodyHtml'>,
  level: DiffLevel,
): DiffPart[] {
  const run = level === 'word' ? diffWordsWithSpace : diffChars;
  return run(revisionText(older), revisionText(newer)).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** How much changed, for the summary line above the diff. */
export function diffCounts(parts: readonly DiffPart[]): { added: number; removed: number } {
  const count = (kind: PartKind) =>
    parts.filter((p) => p.kind === kind).reduce((sum, p) => sum + [...p.text].length, 0);
  return { added: count('added'), removed: count('removed') };
}
