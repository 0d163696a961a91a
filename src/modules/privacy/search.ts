import { fieldError } from '../../app/errors.ts';

/**
 * The member search (q) of the household list and the export. A full ID number or its last 5–6 characters
 * would let a role that sees IDs masked (371324********123X) confirm guesses of the hidden digits one request
 * at a time, so such a role may search by name or by the last 4 characters — the ones it already sees.
 */
export const SEARCH_DESCRIPTION =
  'a member name (substring) or the last 4 characters of an ID number; roles that see personal data may also ' +
  'give a full ID number or its last 5–6 characters (refused with 400 SEARCH_NOT_ALLOWED for other roles)';

const FULL_ID = /^\d{17}[\dX]$/;
const LONG_SUFFIX = /^\d{4,5}[\dX]$/;

/** Refuses a search a role without personal data may not make; `personal` is its right on the listed region. */
export function checkSearch(q: string | undefined, personal: boolean): void {
  if (q === undefined || personal) return;
  const text = q.trim().toUpperCase();
  if (!FULL_ID.test(text) && !LONG_SUFFIX.test(text)) return;
  throw fieldError('q', 'SEARCH_NOT_ALLOWED', {
    zh: '您的角色只能按姓名或证件号码后4位查找',
    en: 'Your role may search by name or by the last 4 characters of an ID number only',
  });
}
