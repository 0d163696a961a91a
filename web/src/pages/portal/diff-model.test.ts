import { describe, expect, it } from 'vitest';
import { diffCounts, diffRevisions, htmlText, revisionText } from './diff-model.ts';

describe('revision diff', () => {
  it('reads the text of article HTML: blocks on lines, images by their alt text, entities decoded', () => {
    expect(htmlText('<h2>通知</h2><p>一&amp;二<br>三</p><p><img src="/media/3" alt="村口"></p>')).toBe(
      '通知\n一&二\n三\n[村口]',
    );
    expect(revisionText({ title: '标题', bodyHtml: '<p>正文</p>' })).toBe('标题\n\n正文');
  });

  it('marks what was added and removed, title included, and keeps the rest', () => {
    const parts = diffRevisions(
      { title: '春耕通知', bodyHtml: '<p>今天下雨</p>' },
      { title: '春耕通告', bodyHtml: '<p>今天晴</p>' },
      'char',
    );
    const text = (kind: string) =>
      parts
        .filter((p) => p.kind === kind)
        .map((p) => p.text)
        .join('');
    expect(text('removed')).toBe('知下雨');
    expect(text('added')).toBe('告晴');
    expect(parts.map((p) => (p.kind === 'added' ? '' : p.text)).join('')).toBe('春耕通知\n\n今天下雨');
    expect(parts.map((p) => (p.kind === 'removed' ? '' : p.text)).join('')).toBe('春耕通告\n\n今天晴');
    expect(diffCounts(parts)).toEqual({ added: 2, removed: 3 });
  });

  it('diffs whole words at word level', () => {
    const parts = diffRevisions(
      { title: 'Spring notice', bodyHtml: '<p>rain today</p>' },
      { title: 'Spring notice', bodyHtml: '<p>sun today</p>' },
      'word',
    );
    expect(parts.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'rain' },
      { kind: 'added', text: 'sun' },
    ]);
    expect(diffRevisions({ title: 'a', bodyHtml: '' }, { title: 'a', bodyHtml: '' }, 'word')).toEqual([
      { kind: 'same', text: 'a' },
    ]);
  });
});
