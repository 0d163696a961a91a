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

/**
 * A count with its words, in the ICU form: `{count, plural, one {# household} other {# households}}` — `#` is
 * the count as passed (already grouped, say), the form is chosen by Intl.PluralRules of the language (`=0`
 * picks an exact count first). Only English needs it; Chinese writes `{count} 户`.
 */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const FORM = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/** The number a parameter stands for, also when it comes formatted ('1,234'). */
const countOf = (value: string | number) =>
  typeof value === 'number' ? value : Number(value.replace(/[^\d.-]/g, ''));

function plural(lang: Lang, name: string, forms: string, params: Params, whole: string): string {
  if (!Object.hasOwn(params, name)) return whole;
  const value = params[name]!;
  const count = countOf(value);
  const options = new Map([...forms.matchAll(FORM)].map((m) => [m[1]!, m[2]!]));
  const form =
    options.get(`=${count}`) ?? options.get(new Intl.PluralRules(lang).select(count)) ?? options.get('other');
  return form === undefined ? whole : form.replaceAll('#', String(value));
}

/**
 * Fills `{name}` placeholders and `{name, plural, …}` counts; an unknown placeholder is left as it is, so a
 * mistake shows.
 */
export function fill(template: string, params: Params = {}, lang: Lang = 'en-US'): string {
  return template
    .replace(PLURAL, (whole, name: string, forms: string) => plural(lang, name, forms, params, whole))
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
}

/** The names of a message's parameters, plain and plural (the catalogue test compares them across languages). */
export function placeholders(template: string): string[] {
  const plain = template.replace(PLURAL, (_whole, name: string) => `{${name}}`);
  return [...plain.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

export function translator(lang: Lang): Translate {
  const catalogue = CATALOGUES[lang];
  return (key, params) => fill(catalogue[key], params, lang);
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
