/**
 * An unsaved form, kept in this tab's sessionStorage while the user types, so an expired session (login and
 * back) or a reload does not lose it. What a draft holds is the form's business (the household edit keeps the
 * version it was based on, so saving it later still meets the version check). Cleared on save and on cancel;
 * gone when the tab closes.
 */
const PREFIX = 'zhenfu.draft.';

export function readDraft<T>(key: string, isValid: (value: unknown) => value is T): T | undefined {
  try {
    const text = sessionStorage.getItem(PREFIX + key);
    if (!text) return undefined;
    const value: unknown = JSON.parse(text);
    return isValid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // No storage (private mode, full): the form still works, only without this safety net.
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(PREFIX + key);
  } catch {
    // As above.
  }
}

/** A draft of a form whose saving carries a version: what was loaded, its version, and what was typed. */
export interface VersionedDraft<V> {
  version: number;
  base: V;
  values: V;
}

export function isVersionedDraft<V>(value: unknown): value is VersionedDraft<V> {
  // The values are the form's own; only the frame is checked.
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<VersionedDraft<V>>;
  return typeof draft.version === 'number' && Boolean(draft.base) && Boolean(draft.values);
}
