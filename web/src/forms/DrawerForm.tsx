import { Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { FormAlerts, type ConflictHandling, type TypedValue } from './FormAlerts.tsx';
import { FormDrawer } from './FormDrawer.tsx';
import type { ServerErrors } from './useServerErrors.ts';

interface Props<V> {
  title: string;
  /** The form's name (ids of its fields). */
  name: string;
  form: FormInstance<V>;
  errors: ServerErrors;
  /** Where what is typed is kept (useDraft or useVersionedDraft): saved on every change, dropped on cancel. */
  draft: { restored: unknown; save: (values: V) => void; clear: () => void };
  initialValues: V | Partial<V> | undefined;
  onFinish: (values: V) => void;
  onClose: () => void;
  saving: boolean;
  /** Without it (a form that sends no version) a conflict is told like any other failure. */
  conflict?: ConflictHandling;
  typed?: readonly TypedValue[];
  /** Shown between the notices and the fields. */
  intro?: ReactNode;
  children: ReactNode;
}

/**
 * A form over the household page, wired the same way every time: the drawer with cancel and save, the
 * notices (conflict, failure, restored draft), the draft kept on every change, and a field's server message
 * cleared when the field is edited. Cancelling throws the draft away; saving is off while a conflict waits.
 */
export function DrawerForm<V>({
  title,
  name,
  form,
  errors,
  draft,
  initialValues,
  onFinish,
  onClose,
  saving,
  conflict,
  typed,
  intro,
  children,
}: Props<V>) {
  const cancel = () => {
    draft.clear();
    onClose();
  };
  return (
    <FormDrawer
      title={title}
      onCancel={cancel}
      onSave={() => form.submit()}
      saving={saving}
      saveDisabled={errors.conflict !== null}
    >
      <FormAlerts
        errors={errors}
        draftRestored={draft.restored !== undefined}
        {...(conflict ? { conflict } : {})}
        {...(typed ? { typed } : {})}
      />
      {intro}
      <Form<V>
        form={form}
        name={name}
        layout="vertical"
        scrollToFirstError={{ block: 'center' }}
        initialValues={initialValues as Record<string, unknown> | undefined}
        onFinish={onFinish}
        onValuesChange={(changed: Partial<V>) => {
          draft.save(form.getFieldsValue(true) as V);
          errors.edited(changed);
        }}
      >
        {children}
        <button type="submit" hidden />
      </Form>
    </FormDrawer>
  );
}
