import { useCallback } from 'react';
import { CATALOGUES } from '../i18n/format.ts';
import { useI18n } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/zh-CN.ts';
import { useCodeLabel } from './codes.ts';

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(CATALOGUES['zh-CN'], key);
}

/**
 * The catalogue message of a recorded action (`household.update`, `member.death`, …): its own key, else a
 * member's event by the change_event code table, else "other action" — never the action's English key.
 */
export function actionMessage(action: string): { key: MessageKey; event?: string } {
  const key = `action.${action}`;
  if (isMessageKey(key)) return { key };
  if (action.startsWith('member.'))
    return { key: 'action.member.event', event: action.slice('member.'.length) };
  return { key: 'action.unknown' };
}

/** Labels of recorded actions and of the sources of writes, in the reader's language. */
export function useActionLabel(): (action: string) => string {
  const { t } = useI18n();
  const label = useCodeLabel();
  return useCallback(
    (action) => {
      const { key, event } = actionMessage(action);
      return event === undefined ? t(key) : t(key, { event: label('change_event', event) });
    },
    [t, label],
  );
}

export function useSourceLabel(): (source: string) => string {
  const { t } = useI18n();
  return useCallback(
    (source) => {
      const key = `audit.source.${source}`;
      return isMessageKey(key) ? t(key) : source;
    },
    [t],
  );
}
