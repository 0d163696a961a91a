import { useCallback, useMemo } from 'react';
import { useCodeLabel } from '../../components/codes.ts';
import { useT } from '../../i18n/useT.ts';
import { zhCN, type MessageKey } from '../../i18n/zh-CN.ts';

const known = (key: string): key is MessageKey => Object.hasOwn(zhCN, key);

/**
 * Names of the procedures' words in the reader's language: types, stages, actions, outcomes, notice levels
 * (catalogue keys `cases.type.*`, `cases.stage.*`, …) and roles (the code list). A word the catalogue does
 * not know yet shows as the server's own name, so a new stage is visible rather than blank.
 */
export function useCaseWords() {
  const t = useT();
  const code = useCodeLabel();
  const word = useCallback(
    (group: string, name: string | null | undefined) => {
      if (!name) return '';
      const key = `cases.${group}.${name}`;
      return known(key) ? t(key) : name;
    },
    [t],
  );
  return useMemo(
    () => ({
      type: (name: string) => word('type', name),
      stage: (name: string) => word('stage', name),
      action: (name: string) => word('action', name),
      outcome: (name: string | null) => word('outcome', name),
      level: (name: string) => word('level', name),
      requirement: (name: string) => word('requires', name),
      input: (name: string) => word('inputs', name),
      role: (name: string) => code('role', name) || name,
    }),
    [word, code],
  );
}
