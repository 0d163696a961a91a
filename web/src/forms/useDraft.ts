import { useCallback, useState } from 'react';
import { clearDraft, isVersionedDraft, readDraft, writeDraft, type VersionedDraft } from './draft.ts';

function isObject<V>(value: unknown): value is V {
  return typeof value === 'object' && value !== null;
}

/** A form's draft (see draft.ts): the one left behind, read once when the form opens, and how to keep one. */
export function useDraft<V>(key: string) {
  const [restored] = useState(() => readDraft<V>(key, isObject));
  const save = useCallback((values: V) => writeDraft(key, values), [key]);
  const clear = useCallback(() => clearDraft(key), [key]);
  return { restored, save, clear };
}

/**
 * The draft of an edit that saves with a version: the values and version the form was loaded from (kept while
 * editing even when the page refetches a newer version, and replaced by a reload), and what was typed. A
 * draft left by an expired session comes back with the version it was based on, so a change made meanwhile
 * by someone else still shows as a conflict.
 */
export function useVersionedDraft<V>(key: string, load: () => { values: V; version: number }) {
  const [restored] = useState(() => readDraft<VersionedDraft<V>>(key, isVersionedDraft));
  const [base, setBase] = useState(() =>
    restored ? { values: restored.base, version: restored.version } : load(),
  );
  const save = useCallback(
    (values: V) => writeDraft(key, { version: base.version, base: base.values, values }),
    [key, base],
  );
  const clear = useCallback(() => clearDraft(key), [key]);
  return { restored, base, setBase, initialValues: restored?.values ?? base.values, save, clear };
}
