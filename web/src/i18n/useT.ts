import { useContext } from 'react';
import type { Translate } from './format.ts';
import { I18nContext, type I18n } from './I18nProvider.tsx';

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

/** The translate function of the current language: t('households.title'), t('year.value', { year }). */
export function useT(): Translate {
  return useI18n().t;
}
