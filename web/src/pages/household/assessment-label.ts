import { useCallback } from 'react';
import type { GuaranteeResult } from '../../api/measures.ts';
import { capitalise } from '../../components/codes.ts';
import { useI18n } from '../../i18n/useT.ts';

/**
 * A guarantee's name as the server gives it, in the reader's language; its English is lower case for use in
 * sentences, so on its own it starts upper case (as code labels do).
 */
export function useGuaranteeLabel(): (result: Pick<GuaranteeResult, 'label'>) => string {
  const { lang, pick } = useI18n();
  return useCallback(
    (result) => (lang === 'zh-CN' ? pick(result.label) : capitalise(pick(result.label))),
    [lang, pick],
  );
}
