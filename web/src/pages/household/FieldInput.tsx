import { Input, InputNumber, Select } from 'antd';
import { useCodeOptions } from '../../components/codes.ts';
import { useT } from '../../i18n/useT.ts';
import type { FormField } from './fields.ts';

/**
 * The input for one field. No limits are enforced here: the server's validation is the one rule book, and its
 * messages (in zh and en) are shown under the field, so the form and the import say the same thing.
 */
export function FieldInput({
  field,
  masked,
  readOnly = false,
  ...props
}: {
  field: FormField;
  masked: boolean;
  readOnly?: boolean;
}) {
  const t = useT();
  const codes = useCodeOptions(field.list ?? 'yes_no');
  const yesNo = useCodeOptions('yes_no');
  // Form.Item passes value, onChange and id through the remaining props.
  const pass = props as Record<string, unknown>;
  if (masked) return <Input {...pass} disabled />;
  const disabled = readOnly || undefined;
  switch (field.kind) {
    case 'text':
    case 'date':
      return <Input {...pass} disabled={disabled} />;
    case 'code':
      return (
        <Select {...pass} disabled={disabled} allowClear placeholder={t('edit.select')} options={codes} />
      );
    case 'codes':
      return (
        <Select
          {...pass}
          disabled={disabled}
          mode="multiple"
          allowClear
          placeholder={t('edit.select')}
          options={codes}
        />
      );
    case 'boolean':
      return (
        <Select {...pass} disabled={disabled} allowClear placeholder={t('edit.select')} options={yesNo} />
      );
    case 'integer':
      return <InputNumber {...pass} disabled={disabled} className="zf-number" precision={0} />;
    case 'decimal':
    case 'money':
      return <InputNumber {...pass} disabled={disabled} className="zf-number" />;
  }
}
