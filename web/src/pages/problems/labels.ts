import { useCallback, useMemo } from 'react';
import { useCodeLabel } from '../../components/codes.ts';
import { useT } from '../../i18n/useT.ts';
import { zhCN, type MessageKey } from '../../i18n/zh-CN.ts';

const known = (key: string): key is MessageKey => Object.hasOwn(zhCN, key);

/**
 * The problems' words in the reader's language: state, category and source from the code lists; actions and
 * handling levels from the catalogue (`problems.action.*`, `problems.level.*`), an unknown one as the server
 * names it, so it shows rather than going blank.
 */
export function useProblemWords() {
  const t = useT();
  const code = useCodeLabel();
  const word = useCallback(
    (group: string, name: string) => {
      const key = `problems.${group}.${name}`;
      return known(key) ? t(key) : name;
    },
    [t],
  );
  return useMemo(
    () => ({
      state: (name: string) => code('problem_state', name),
      category: (name: string) => code('problem_category', name),
      source: (name: string) => code('problem_source', name),
      action: (name: string) => word('action', name),
      level: (name: string) => word('level', name),
    }),
    [code, word],
  );
}
