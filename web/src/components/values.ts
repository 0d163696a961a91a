import { useCallback } from 'react';
import { isFieldKey, type FormField } from '../pages/household/fields.ts';
import { CATALOGUES } from '../i18n/format.ts';
import { useI18n } from '../i18n/useT.ts';
import { useCodeLabel } from './codes.ts';
import { useMoney } from './format.ts';

/**
 * A field's value as text for reading: code labels, 是/否, money in yuan, a dash for nothing. History keeps
 * values as JSON text (`true`, `6000`, `["02"]`), so text is parsed for fields that are not text.
 */
export function useValueText(): (field: FormField | undefined, value: unknown) => string {
  const { t } = useI18n();
  const label = useCodeLabel();
  const money = useMoney();
  return useCallback(
    (field, raw) => {
      // Text and dates are kept as they are written (2026-05-01), not as JSON.
      const plain = field?.kind === 'text' || field?.kind === 'date';
      const value = field && !plain && typeof raw === 'string' ? parseJson(raw) : raw;
      if (value === null || value === undefined || value === '') return t('household.unknown');
      const code = (c: unknown) => (field?.list ? label(field.list, asText(c)) : asText(c));
      switch (field?.kind) {
        case 'code':
          return code(value);
        case 'codes':
          return Array.isArray(value) ? value.map(code).join('、') || t('household.unknown') : asText(value);
        case 'boolean':
          return value === true
            ? t('household.yes')
            : value === false
              ? t('household.no.value')
              : asText(value);
        case 'money':
          return typeof value === 'number' ? money(value) : asText(value);
        case 'integer':
        case 'decimal':
        case 'text':
        case 'date':
        case undefined:
          return asText(value);
      }
    },
    [t, label, money],
  );
}

/** Plain values as they are; anything else (an object in an audit row) as JSON. */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The label of a field key, or the key itself when the catalogue has none. */
export function useFieldLabel(): (key: string) => string {
  const { t } = useI18n();
  return useCallback((key) => (isFieldKey(key, CATALOGUES['zh-CN']) ? t(`field.${key}`) : key), [t]);
}
