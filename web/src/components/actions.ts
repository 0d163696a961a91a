import { useCallback } from 'react';
import { CATALOGUES } from '../i18n/format.ts';
import { useI18n } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/zh-CN.ts';
import { useCodeLabel } from './codes.ts';

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(CATALOGUES['zh-CN'], key);
}

/** Labels of recorded actions (`household.update`, `member.death`, …) and of the sources of writes. */
export function useActionLabel(): (action: string) => string {
  const { t } = useI18n();
  const label = useCodeLabel();
  return useCallback(
    (action) => {
      const key = `action.${action}`;
      if (isMessageKey(key)) return t(key);
      if (action.startsWith('member.')) {
        return t('action.member.event', { event: label('change_event', action.slice('member.'.length)) });
      }
      return action;
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
