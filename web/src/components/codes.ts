import { useCallback, useMemo } from 'react';
import { useCodeTables } from '../api/queries.ts';
import type { CodeEntry, CodeList, CodeTables } from '../api/types.ts';
import { useI18n } from '../i18n/useT.ts';

/** The server's English labels are lower case for use inside sentences; on their own they start upper case. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type Index = ReadonlyMap<CodeList, ReadonlyMap<string, CodeEntry>>;

function indexOf(tables: CodeTables | undefined): Index {
  const index = new Map<CodeList, ReadonlyMap<string, CodeEntry>>();
  if (!tables) return index;
  for (const [list, entries] of Object.entries(tables) as [CodeList, CodeEntry[]][]) {
    index.set(list, new Map(entries.map((e) => [e.code, e])));
  }
  return index;
}

/**
 * Labels of codes (GET /api/v1/codes) in the reader's language. An unknown code shows as itself, so a bad
 * value is visible rather than blank.
 */
export function useCodeLabel(): (list: CodeList, code: string | null | undefined) => string {
  const { data } = useCodeTables();
  const { lang } = useI18n();
  const index = useMemo(() => indexOf(data), [data]);
  return useCallback(
    (list, code) => {
      if (code === null || code === undefined || code === '') return '';
      const entry = index.get(list)?.get(code);
      if (!entry) return code;
      return lang === 'zh-CN' ? entry.zh : capitalise(entry.en);
    },
    [index, lang],
  );
}

/** The options of a code list for a Select, in the table's order. */
export function useCodeOptions(list: CodeList): { value: string; label: string }[] {
  const { data } = useCodeTables();
  const { lang } = useI18n();
  return useMemo(
    () =>
      (data?.[list] ?? []).map((e) => ({ value: e.code, label: lang === 'zh-CN' ? e.zh : capitalise(e.en) })),
    [data, list, lang],
  );
}
