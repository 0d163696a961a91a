import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { ServerMessage } from '../api/errors.ts';
import { LANGS, pickMessage, translator, type Lang, type Translate } from './format.ts';

const STORAGE_KEY = 'zhenfu.lang';

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  /** The server's {zh, en} message in the current language. */
  pick: (message: ServerMessage) => string;
}

export const I18nContext = createContext<I18n | null>(null);

/** The stored choice, else Chinese: the console is zh-CN first. */
function storedLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return LANGS.find((l) => l === stored) ?? 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Set before rendering, so the first dates drawn are already in the right language. */
function applyLang(lang: Lang): Lang {
  document.documentElement.lang = lang;
  dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en');
  return lang;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => applyLang(storedLang()));

  const setLang = useCallback((next: Lang) => {
    setLangState(applyLang(next));
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode without storage: the choice lasts until the page is closed.
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: translator(lang), pick: (m) => pickMessage(m, lang) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
