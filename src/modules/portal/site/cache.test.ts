import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearRenderedPages, PAGE_TTL_MS, renderCached } from './cache.ts';

describe('the rendered-page cache', () => {
  afterEach(() => {
    vi.useRealTimers();
    clearRenderedPages();
  });

  it('renders a page once for a crowd within the TTL, again after it, and at once after a clear', async () => {
    vi.useFakeTimers();
    const render = vi.fn(async () => ({ html: `<p>${render.mock.calls.length}</p>`, status: 200 }));
    const first = await renderCached('m|/s/371324/', render);
    for (let i = 0; i < 50; i++) expect(await renderCached('m|/s/371324/', render)).toBe(first);
    expect(render).toHaveBeenCalledTimes(1);
    expect(first.etag).toMatch(/^"[\w-]{27}"$/);
    await renderCached('l|/s/371324/', render);
    expect(render).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(PAGE_TTL_MS + 1);
    await renderCached('m|/s/371324/', render);
    expect(render).toHaveBeenCalledTimes(3);
    clearRenderedPages();
    await renderCached('m|/s/371324/', render);
    expect(render).toHaveBeenCalledTimes(4);
  });

  it('shares one render among requests that miss together, and keeps none begun before a clear', async () => {
    let finish: (value: { html: string; status: number }) => void = () => undefined;
    const render = vi.fn(
      () => new Promise<{ html: string; status: number }>((resolve) => (finish = resolve)),
    );
    const crowd = Array.from({ length: 20 }, () => renderCached('m|/s/371324/a/1', render));
    expect(render).toHaveBeenCalledTimes(1);
    finish({ html: '<p>旧</p>', status: 200 });
    const pages = await Promise.all(crowd);
    expect(new Set(pages).size).toBe(1);

    clearRenderedPages();
    const before = renderCached('m|/s/371324/a/1', render);
    clearRenderedPages(); // a publish while the page renders
    finish({ html: '<p>旧</p>', status: 200 });
    await before;
    const after = renderCached('m|/s/371324/a/1', render);
    expect(render).toHaveBeenCalledTimes(3);
    finish({ html: '<p>新</p>', status: 200 });
    expect((await after).html).toBe('<p>新</p>');
  });
});
