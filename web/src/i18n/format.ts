import type { ServerMessage } from '../api/errors.ts';
import { enUS } from './en-US.ts';
import { zhCN, type MessageKey } from './zh-CN.ts';

export type Lang = 'zh-CN' | 'en-US';
export const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const CATALOGUES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  'zh-CN': zhCN,
  'en-US': enUS,
};

/** Fills `{name}` placeholders; an unknown placeholder is left as it is, so a mistake shows. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function translator(lang: Lang): Translate {
  const catalogue = CATALOGUES[lang];
  return (key, params) => fill(catalogue[key], params);
}

/** The server's bilingual message in the reader's language. */
export function pickMessage(message: ServerMessage, lang: Lang): string {
  return lang === 'zh-CN' ? message.zh : message.en;
}

/** Numbers the way the language writes them (grouping, decimals). */
export function formatNumber(value: number, lang: Lang, fractionDigits = 0): string {
  return new Intl.NumberFormat(lang, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}
