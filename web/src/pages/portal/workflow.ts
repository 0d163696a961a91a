/**
 * Which workflow actions the console offers on an article, mirroring the contract: a contributor (article
 * write) drafts and submits; an editor (article publish) returns, publishes, schedules and withdraws. The
 * server still decides every request; this only avoids offering buttons it would refuse.
 */
import { isWithin } from '../../region/code.ts';
import type { ArticleAction, ArticleState } from './types.ts';

export interface ArticleRights {
  /** article.write on the site's region (contributor, editor). */
  write: boolean;
  /** article.publish on the site's region (editor). */
  publish: boolean;
}

/** The caller's rights on a site of `regionCode`, from the regions /auth/me names for each capability. */
export function rightsOn(
  capabilities: {
    articleRegions: readonly string[];
    publishRegions: readonly string[];
    siteRegions: readonly string[];
  },
  regionCode: string,
): ArticleRights & { manage: boolean } {
  const holds = (regions: readonly string[]) => regions.some((region) => isWithin(regionCode, region));
  return {
    write: holds(capabilities.articleRegions),
    publish: holds(capabilities.publishRegions),
    manage: holds(capabilities.siteRegions),
  };
}

const RULES: readonly { action: ArticleAction; from: readonly ArticleState[]; needs: keyof ArticleRights }[] =
  [
    { action: 'submit', from: ['draft'], needs: 'write' },
    { action: 'publish', from: ['draft', 'in_review'], needs: 'publish' },
    { action: 'schedule', from: ['draft', 'in_review'], needs: 'publish' },
    { action: 'return', from: ['in_review'], needs: 'publish' },
    { action: 'unschedule', from: ['scheduled'], needs: 'publish' },
    { action: 'withdraw', from: ['published'], needs: 'publish' },
    { action: 'redraft', from: ['withdrawn'], needs: 'write' },
  ];

export function availableActions(state: ArticleState, rights: ArticleRights): ArticleAction[] {
  return RULES.filter((rule) => rule.from.includes(state) && rights[rule.needs]).map((rule) => rule.action);
}

/** The actions that ask for a reason (the author reads it) or a time. */
export const NEEDS_REASON: readonly ArticleAction[] = ['return', 'withdraw'];
export const NEEDS_TIME: readonly ArticleAction[] = ['schedule'];

/**
 * Whether the article's fields may be edited: a contributor may not touch a published article (the server
 * answers 403); an editor's edit of a published one stays published as a new revision. A withdrawn article is
 * redrafted first.
 */
export function mayEdit(state: ArticleState, rights: ArticleRights): boolean {
  if (state === 'withdrawn') return false;
  if (state === 'published') return rights.publish;
  return rights.write || rights.publish;
}

const DAY_MS = 86_400_000;

/**
 * The first moment a disclosure may be withdrawn (published at least `minDays` days), or null when nothing
 * holds it; the server refuses earlier with 422 DISCLOSURE_PERIOD.
 */
export function withdrawableFrom(publishedAt: string | null, minDays: number | null): Date | null {
  if (!publishedAt || !minDays) return null;
  return new Date(Date.parse(publishedAt) + minDays * DAY_MS);
}

/** The public address of a published article on its site (`/s/{site}/a/{id}`), outside the console. */
export function portalHref(siteRegionCode: string, articleId: number): string {
  return `/s/${siteShortCode(siteRegionCode)}/a/${articleId}`;
}

/** A site's short code: 6 digits for a county, 9 for a town (the contract's `{site}`). */
export function siteShortCode(regionCode: string): string {
  return regionCode.endsWith('000000') ? regionCode.slice(0, 6) : regionCode.slice(0, 9);
}
