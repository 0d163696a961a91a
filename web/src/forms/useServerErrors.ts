import type { FormInstance } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, type FieldIssue } from '../api/errors.ts';
import { useI18n } from '../i18n/useT.ts';
import { changedPaths, fieldPath, issuesOf, placeIssues } from './issues.ts';

/** What a form shows of a failed save. */
export interface ServerErrors {
  /** Issues shown under their fields, and the others (shown above the form). */
  inline: FieldIssue[];
  other: FieldIssue[];
  count: number;
  /** A failure that is not about fields: offline, a server error, a version conflict. */
  failure: unknown;
  /** The failure when it is a stale version (409 VERSION_CONFLICT). */
  conflict: ApiError | null;
  /** Takes a failed save: field issues under their fields, anything else as the failure. */
  fail: (error: unknown) => void;
  /** Forgets every message (a new attempt, a reload). */
  reset: () => void;
  /** Takes antd's `onValuesChange` change: an edited field's message no longer applies. */
  edited: (changed: unknown) => void;
}

interface Options {
  /** Whether the form has a field of this path (issues of other paths are listed above the form). */
  isShown: (field: string) => boolean;
  /** Maps a path the server names to the form's own, where the two differ. */
  rename?: (field: string) => string;
}

type FieldData = Parameters<FormInstance['setFields']>[0][number];

/** A message under the field it names (antd's path type does not know the nested names of our forms). */
function fieldData(field: string, errors: string[]): FieldData {
  return { name: fieldPath(field), errors } as FieldData;
}

/**
 * The server's answer to a save, on the form: each field issue under its field in the reader's language (again
 * when the language changes), the first one scrolled into view, and gone once the user edits that field.
 * The form's values are never touched, so nothing typed is lost on an error.
 */
export function useServerErrors(form: FormInstance, { isShown, rename }: Options): ServerErrors {
  const { pick } = useI18n();
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const { inline, other } = useMemo(() => placeIssues(issues, isShown), [issues, isShown]);
  // Fields that carry a server message now, so a message that no longer applies is taken away.
  const marked = useRef(new Set<string>());

  useEffect(() => {
    const now = new Set(inline.map((i) => i.field));
    const cleared = [...marked.current].filter((f) => !now.has(f)).map((f) => fieldData(f, []));
    const byField = new Map<string, string[]>();
    for (const i of inline) byField.set(i.field, [...(byField.get(i.field) ?? []), pick(i.message)]);
    form.setFields([...cleared, ...[...byField].map(([f, messages]) => fieldData(f, messages))]);
    marked.current = now;
  }, [form, inline, pick]);

  const fail = useCallback(
    (error: unknown) => {
      const found = issuesOf(error);
      if (!found) {
        setFailure(error);
        return;
      }
      const named = rename ? found.map((i) => ({ ...i, field: rename(i.field) })) : found;
      setIssues(named);
      setFailure(null);
      const first = named.find((i) => isShown(i.field));
      if (first) form.scrollToField(fieldPath(first.field), { block: 'center' });
    },
    [form, isShown, rename],
  );

  const reset = useCallback(() => {
    setIssues([]);
    setFailure(null);
  }, []);

  const edited = useCallback((changed: unknown) => {
    const touched = new Set(changedPaths(changed));
    setIssues((all) =>
      all.some((i) => touched.has(i.field)) ? all.filter((i) => !touched.has(i.field)) : all,
    );
  }, []);

  const conflict = failure instanceof ApiError && failure.code === 'VERSION_CONFLICT' ? failure : null;
  return { inline, other, count: issues.length, failure, conflict, fail, reset, edited };
}
