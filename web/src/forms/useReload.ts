import type { FormInstance } from 'antd';
import { useState } from 'react';
import type { TypedValue } from './FormAlerts.tsx';
import type { ServerErrors } from './useServerErrors.ts';

interface Options<V> {
  form: FormInstance;
  /** The form's base (see useVersionedDraft): replaced by the latest data. */
  draft: { setBase: (base: { values: V; version: number }) => void; clear: () => void };
  errors: ServerErrors;
  /** Reads the record again; its values in the form's shape and its version. */
  fetchLatest: () => Promise<{ values: V; version: number }>;
  /** What the user had typed, read before the form is replaced. */
  typedNow: () => TypedValue[];
  onLoaded?: () => void;
}

/**
 * The way out of a version conflict: the latest data goes into the form with its version, and what the user
 * had typed is listed beside it to redo by hand (merging it silently could undo the other person's change).
 */
export function useReload<V>({ form, draft, errors, fetchLatest, typedNow, onLoaded }: Options<V>) {
  const [reloading, setReloading] = useState(false);
  const [typed, setTyped] = useState<TypedValue[]>([]);
  const reload = async () => {
    const before = typedNow();
    setReloading(true);
    try {
      const latest = await fetchLatest();
      draft.setBase(latest);
      form.resetFields();
      form.setFieldsValue(latest.values);
      setTyped(before);
      draft.clear();
      errors.reset();
      onLoaded?.();
    } catch (error) {
      errors.fail(error);
    } finally {
      setReloading(false);
    }
  };
  return { reload: () => void reload(), reloading, typed };
}

/**
 * The way out of a version conflict for a form that adds to a record (a new member, an event) rather than
 * rewriting it: nothing typed conflicts with the other person's change, so the form stays as it is and only
 * the version it will send is brought up to date.
 */
export function useVersionRefresh(
  initial: number,
  {
    errors,
    fetchVersion,
    onLoaded,
  }: { errors: ServerErrors; fetchVersion: () => Promise<number>; onLoaded?: () => void },
) {
  const [version, setVersion] = useState(initial);
  const [reloading, setReloading] = useState(false);
  const reload = async () => {
    setReloading(true);
    try {
      setVersion(await fetchVersion());
      errors.reset();
      onLoaded?.();
    } catch (error) {
      errors.fail(error);
    } finally {
      setReloading(false);
    }
  };
  return { version, reload: () => void reload(), reloading };
}
