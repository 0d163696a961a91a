import { formatNumber, type Lang, type Translate } from './format.ts';
import type { MessageKey } from './zh-CN.ts';

/** The keys that come as `<key>.one` and `<key>.other`: a count in words. */
type BaseOf<K> = K extends `${infer Base}.one` ? Base : never;
export type CountKey = BaseOf<MessageKey>;

/**
 * A count in words, grouped the way the language writes numbers: `<key>.one` for exactly 1 (English
 * "1 household"), `<key>.other` for any other count ("0 households", "1,234 households"). Chinese says both
 * the same way ("共 1 户"), so its catalogue simply repeats the text.
 */
export function countText(t: Translate, lang: Lang, key: CountKey, count: number): string {
  const form: MessageKey = count === 1 ? `${key}.one` : `${key}.other`;
  return t(form, { count: formatNumber(count, lang) });
}
