import { ApiError } from '../api/errors.ts';
import type { I18n } from '../i18n/I18nProvider.tsx';

/**
 * Any failure as one plain sentence in the reader's language: the console's own words for what it knows (no
 * network, not found, a server fault), else the server's message in the reader's language — the server sends
 * every message in zh and en, validation messages included (src/app/validation-messages.ts).
 */
export function errorText(error: unknown, { t, pick }: Pick<I18n, 't' | 'pick'>): string {
  if (error instanceof ApiError) {
    if (error.isNetwork) return t('error.network');
    if (error.status === 404) return t('error.notFound');
    if (error.serverMessage) return pick(error.serverMessage);
    if (error.status >= 500) return t('error.server');
  }
  return t('error.generic', { message: error instanceof Error ? error.message : String(error) });
}
