import { Form } from 'antd';
import { useFieldLabel } from '../../components/values.ts';
import { useT } from '../../i18n/useT.ts';
import type { FormField } from './fields.ts';
import { FieldInput } from './FieldInput.tsx';

interface Props {
  field: FormField;
  /** The field's name in the form (inside a Form.List, relative to the row). */
  name: (string | number)[];
  /** A masked value cannot be edited; it is shown as the server sent it. */
  masked?: boolean;
  /** Checked before sending, so an empty required field is named in plain words, not by the schema. */
  required?: boolean;
  /** Shown, not edited: the type of a new (ordinary) household (fields set elsewhere are read-only anyway). */
  readOnly?: boolean;
}

/** Why a field set elsewhere is shown read-only. */
const SET_BY_HINT = { procedure: 'edit.standingHint', pairing: 'edit.pairingHint' } as const;

/** One labelled field of a registry form; the server's messages for it appear under it. */
export function FieldItem({ field, name, masked = false, required = false, readOnly = false }: Props) {
  const t = useT();
  const fieldLabel = useFieldLabel();
  const label = fieldLabel(field.key);
  return (
    <Form.Item
      name={name}
      label={label}
      extra={masked ? t('edit.maskedHint') : field.setBy ? t(SET_BY_HINT[field.setBy]) : undefined}
      rules={
        required ? [{ required: true, whitespace: true, message: t('form.required', { field: label }) }] : []
      }
    >
      <FieldInput field={field} masked={masked} readOnly={readOnly || Boolean(field.setBy)} />
    </Form.Item>
  );
}
