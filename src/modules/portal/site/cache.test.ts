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
});
