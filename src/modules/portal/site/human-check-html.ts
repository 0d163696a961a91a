import type { Config } from '../../../app/config.ts';
import { issueChallenge } from '../human-check.ts';
import { escapeHtml as e } from './html.ts';

/**
 * The human check inside a public form. A form page writes HUMAN_CHECK_SLOT where the question goes; the page
 * is rendered (and cached) once, and each reader gets a question and token of their own when it is sent
 * (a token answers once, so it can never be shared through a cache). Such a page is sent no-store.
 */
export const HUMAN_CHECK_SLOT = '<!--human-check-->';

export function humanCheckFieldsHtml(config: Pick<Config, 'humanCheck'>, now: Date): string {
  const challenge = issueChallenge(config, now);
  return `<input type="hidden" name="humanToken" value="${e(challenge.token)}">
<label for="human-answer">验证问题：${e(challenge.question.zh)}</label>
<input id="human-answer" name="humanAnswer" inputmode="numeric" maxlength="20" autocomplete="off" required>`;
}

/** The page with its slot filled for this reader, or undefined when the page has no form with the check. */
export function withHumanCheck(
  html: string,
  config: Pick<Config, 'humanCheck'>,
  now: Date,
): string | undefined {
  return html.includes(HUMAN_CHECK_SLOT)
    ? html.replace(HUMAN_CHECK_SLOT, humanCheckFieldsHtml(config, now))
    : undefined;
}
