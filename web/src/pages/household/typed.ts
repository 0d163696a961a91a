import { useCallback } from 'react';
import { useFieldLabel, useValueText } from '../../components/values.ts';
import type { TypedValue } from '../../forms/FormAlerts.tsx';
import { fieldOf } from './fields.ts';
import { typedOf } from './form-model.ts';

/** What a PATCH body would have changed, labelled and written out, to show after a reload replaced the form. */
export function useTypedValues(): (patch: Readonly<Record<string, unknown>> | null) => TypedValue[] {
  const fieldLabel = useFieldLabel();
  const valueText = useValueText();
  return useCallback(
    (patch) =>
      (patch ? typedOf(patch) : []).map(({ key, value }) => ({
        key,
        label: fieldLabel(key),
        value: valueText(fieldOf(key), value),
      })),
    [fieldLabel, valueText],
  );
}
