import type { Rule } from 'antd/es/form';
import { useT } from '../i18n/useT.ts';

/** The rule of a field the user must fill, with the message naming it: required(t('field.year')). */
export function useRequired(): (field: string) => Rule[] {
  const t = useT();
  return (field) => [{ required: true, message: t('form.required', { field }) }];
}
