import { describe, expect, it } from 'vitest';
import {
  availableActions,
  mayEdit,
  portalHref,
  rightsOn,
  siteShortCode,
  withdrawableFrom,
} from './workflow.ts';

const contributor = { write: true, publish: false };
const editor = { write: true, publish: true };
const reader = { write: false, publish: false };

describe('article workflow in the console', () => {
  it('lets a contributor submit a draft and redraft a withdrawn article, nothing else', () => {
    expect(availableActions('draft', contributor)).toEqual(['submit']);
    expect(availableActions('in_review', contributor)).toEqual([]);
    expect(availableActions('scheduled', contributor)).toEqual([]);
    expect(availableActions('published', contributor)).toEqual([]);
    expect(availableActions('withdrawn', contributor)).toEqual(['redraft']);
  });

  it('lets an editor publish, schedule, return, unschedule and withdraw by state', () => {
    expect(availableActions('draft', editor)).toEqual(['submit', 'publish', 'schedule']);
    expect(availableActions('in_review', editor)).toEqual(['publish', 'schedule', 'return']);
    expect(availableActions('scheduled', editor)).toEqual(['unschedule']);
    expect(availableActions('published', editor)).toEqual(['withdraw']);
    expect(availableActions('withdrawn', editor)).toEqual(['redraft']);
  });

  it('offers nothing to one who may neither write nor publish', () => {
    for (const state of ['draft', 'in_review', 'scheduled', 'published', 'withdrawn'] as const) {
      expect(availableActions(state, reader)).toEqual([]);
    }
  });

  it('keeps a published article from a contributor, not from an editor, and a withdrawn one from both', () => {
    expect(mayEdit('draft', contributor)).toBe(true);
    expect(mayEdit('in_review', contributor)).toBe(true);
    expect(mayEdit('published', contributor)).toBe(false);
    expect(mayEdit('published', editor)).toBe(true);
    expect(mayEdit('withdrawn', editor)).toBe(false);
    expect(mayEdit('draft', reader)).toBe(false);
  });

  it('holds a disclosure for its minimum days after publishing', () => {
    expect(withdrawableFrom('2026-06-20T08:00:00.000Z', 10)?.toISOString()).toBe('2026-06-30T08:00:00.000Z');
    expect(withdrawableFrom('2026-06-20T08:00:00.000Z', null)).toBeNull();
    expect(withdrawableFrom(null, 10)).toBeNull();
  });

  it('links a published article to its site: 6 digits for a county, 9 for a town', () => {
    expect(siteShortCode('371324000000')).toBe('371324');
    expect(siteShortCode('371324106000')).toBe('371324106');
    expect(portalHref('371324106000', 42)).toBe('/s/371324106/a/42');
  });

  it('reads the rights on a site from the regions of each capability', () => {
    const regions = { articleRegions: ['371324000000'], publishRegions: ['371324106000'], siteRegions: [] };
    expect(rightsOn(regions, '371324106000')).toEqual({ write: true, publish: true, manage: false });
    expect(rightsOn(regions, '371324000000')).toEqual({ write: true, publish: false, manage: false });
    expect(rightsOn(regions, '371302000000')).toEqual({ write: false, publish: false, manage: false });
  });
});
