import { describe, expect, it } from 'vitest';
import { imagesWithoutAlt, internalLinks, parseTarget } from './inspection-links.ts';

describe('parseTarget', () => {
  it('reads the portal’s own paths', () => {
    expect(parseTarget('/media/12')).toEqual({ kind: 'media', id: 12 });
    expect(parseTarget('/s/371324/')).toEqual({ kind: 'site', code: '371324' });
    expect(parseTarget('/s/371324106')).toEqual({ kind: 'site', code: '371324106' });
    expect(parseTarget('/s/371324/a/7?x=1#top')).toEqual({ kind: 'article', code: '371324', id: 7 });
    expect(parseTarget('/s/371324/c/work/rss.xml')).toEqual({ kind: 'column', code: '371324', slug: 'work' });
    expect(parseTarget('/s/371324/notices/371324-2026-5')).toEqual({
      kind: 'notice',
      code: '371324',
      serial: '371324-2026-5',
    });
    expect(parseTarget('/s/371324/search?q=扶贫')).toEqual({ kind: 'site', code: '371324' });
  });

  it('leaves everything else alone', () => {
    for (const href of [
      'https://www.gov.cn/',
      'mailto:a@b.cn',
      '/console/',
      '/s/37/',
      '/s/3713240/',
      '#top',
      '',
    ])
      expect(parseTarget(href), href).toBeUndefined();
  });
});

describe('internalLinks', () => {
  it('lists each internal href and src once, entities decoded', () => {
    const html =
      '<p><a href="/s/371324/a/1">一</a><a href="/s/371324/a/1">again</a><a href="https://x.cn/">out</a>' +
      '<img src="/media/3" alt="图"><a href="/s/371324/c/work/?page=2&amp;x=1">列表</a></p>';
    expect(internalLinks(html).map((l) => l.href)).toEqual([
      '/s/371324/a/1',
      '/media/3',
      '/s/371324/c/work/?page=2&x=1',
    ]);
  });
});

describe('imagesWithoutAlt', () => {
  it('finds images with no alt, an empty one or only spaces', () => {
    const html =
      '<img src="/media/1"><img alt="" src="/media/2"><img src="/media/3" alt="  "><img src="/media/4" alt="村道">';
    expect(imagesWithoutAlt(html)).toEqual(['/media/1', '/media/2', '/media/3']);
  });
});
