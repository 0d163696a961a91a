import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Form, Space, Typography, type FormInstance } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { ApiError, type FieldIssue } from '../../api/errors.ts';
import type { Household, HouseholdPatch } from '../../api/types.ts';
import { useErrorText } from '../../components/errors.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useFieldLabel, useValueText } from '../../components/values.ts';
import { useI18n } from '../../i18n/useT.ts';
import { FieldInput } from './FieldInput.tsx';
import {
  GUARANTEE_KEYS,
  HOUSEHOLD_FORM_FIELDS,
  INCOME_KEYS,
  YEAR_FORM_FIELDS,
  fieldOf,
  type FormField,
} from './fields.ts';
import { clearDraft, readDraft, writeDraft } from './draft.ts';
import { fieldPath, isMasked, patchOf, placeIssues, toFormValues, type FormValues } from './form-model.ts';

interface Props {
  household: Household;
  /** The year whose facts are edited. */
  year: number;
  onClose: () => void;
  /** After a save or a reload: the household as the server now has it. */
  onUpdated: (household: Household) => void;
}

/** What the user had changed, to show after loading someone else's newer version. */
interface Pending {
  key: string;
  value: unknown;
}

function pendingOf(patch: HouseholdPatch): Pending[] {
  const fields = Object.entries(patch as Record<string, unknown>).filter(
    ([key]) => key !== 'version' && key !== 'year' && key !== 'facts',
  );
  const facts = Object.entries((patch.facts ?? {}) as Record<string, unknown>);
  return [...fields, ...facts].map(([key, value]) => ({ key, value }));
}

type FieldData = Parameters<FormInstance<FormValues>['setFields']>[0][number];

/** A server message placed under the field it names (antd's path type does not know our nested names). */
function fieldData(field: string, errors: string[]): FieldData {
  return { name: fieldPath(field), errors } as FieldData;
}

const byKey = (keys: readonly string[]) => YEAR_FORM_FIELDS.filter((f) => keys.includes(f.key));
const STATUS_FIELDS = YEAR_FORM_FIELDS.filter(
  (f) =>
    !(INCOME_KEYS as readonly string[]).includes(f.key) &&
    !(GUARANTEE_KEYS as readonly string[]).includes(f.key),
);

/**
 * The edit form of a household and its facts of one year. It sends the version it loaded and only what the
 * user changed. Field errors from the server appear under their fields in the user's language; a version
 * conflict is shown, never overwritten; on any failure the form keeps what the user typed.
 */
export function EditHousehold({ household, year, onClose, onUpdated }: Props) {
  const { t, pick, lang } = useI18n();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const errorText = useErrorText();
  const fieldLabel = useFieldLabel();
  const valueText = useValueText();
  const [form] = Form.useForm<FormValues>();
  // Every field, including those not shown (antd types the whole store as any).
  const formValues = () => form.getFieldsValue(true) as FormValues;
  // A draft left by an expired session or a reload comes back with the version it was based on.
  const [draft] = useState(() => readDraft(household.id, year));
  // What the form was loaded from: kept while editing even if the page refetches a newer version.
  const [base, setBase] = useState(() =>
    draft
      ? { values: draft.base, version: draft.version }
      : { values: toFormValues(household), version: household.version },
  );
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<ApiError | Error | null>(null);
  const [pending, setPending] = useState<Pending[]>([]);
  const [reloading, setReloading] = useState(false);

  const { inline, other } = useMemo(() => placeIssues(issues), [issues]);
  // Server messages under their fields, again when the language changes.
  useEffect(() => {
    form.setFields(inline.map((i) => fieldData(i.field, [pick(i.message)])));
  }, [form, inline, pick]);

  const save = useMutation({
    mutationFn: (body: HouseholdPatch) =>
      unwrap(api.PATCH('/api/v1/households/{id}', { params: { path: { id: household.id } }, body })),
    onSuccess: (updated) => {
      clearDraft(household.id, year);
      void message.success(t('edit.saved'));
      onUpdated(updated);
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'VALIDATION' && error.fields.length > 0) {
        setIssues([...error.fields]);
        setFailure(null);
        const first = placeIssues(error.fields).inline[0];
        if (first) form.scrollToField(fieldPath(first.field), { block: 'center' });
        return;
      }
      setFailure(error);
    },
  });

  const submit = () => {
    const patch = patchOf(base.version, year, base.values, formValues());
    if (!patch) {
      void message.info(t('edit.nothing'));
      return;
    }
    setFailure(null);
    save.mutate(patch);
  };

  const conflict = failure instanceof ApiError && failure.code === 'VERSION_CONFLICT' ? failure : null;

  const reload = async () => {
    const patch = patchOf(base.version, year, base.values, formValues());
    setReloading(true);
    try {
      const fresh = await unwrap(
        api.GET('/api/v1/households/{id}', { params: { path: { id: household.id }, query: { year } } }),
      );
      const values = toFormValues(fresh);
      setBase({ values, version: fresh.version });
      form.resetFields();
      form.setFieldsValue(values);
      setPending(patch ? pendingOf(patch) : []);
      clearDraft(household.id, year);
      setIssues([]);
      setFailure(null);
      onUpdated(fresh);
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setReloading(false);
    }
  };

  const item = (field: FormField, prefix: 'facts' | null) => {
    const name = prefix ? [prefix, field.key] : [field.key];
    const masked = Boolean(field.personal) && isMasked(prefix ? undefined : base.values[field.key]);
    return (
      <Form.Item
        key={field.key}
        name={name}
        label={fieldLabel(field.key)}
        extra={masked ? t('edit.maskedHint') : undefined}
      >
        <FieldInput field={field} masked={masked} />
      </Form.Item>
    );
  };

  const cancel = () => {
    clearDraft(household.id, year);
    onClose();
  };

  return (
    <Drawer
      open
      size={phone ? '100%' : 760}
      title={t('edit.title', { no: household.householdNo })}
      onClose={cancel}
      mask={{ closable: false }}
      footer={
        <Space className="zf-drawer-footer">
          <Button onClick={cancel}>{t('edit.cancel')}</Button>
          <Button type="primary" onClick={submit} loading={save.isPending} disabled={conflict !== null}>
            {t('edit.save')}
          </Button>
        </Space>
      }
    >
      <div className="zf-stack" lang={lang}>
        {conflict && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            className="zf-conflict"
            title={t('edit.conflict.title')}
            description={t('edit.conflict.body', {
              version:
                typeof conflict.details.currentVersion === 'number' ? conflict.details.currentVersion : '?',
            })}
            action={
              <Button size="small" type="primary" loading={reloading} onClick={() => void reload()}>
                {t('edit.conflict.reload')}
              </Button>
            }
          />
        )}
        {failure && !conflict && <Alert type="error" showIcon role="alert" title={errorText(failure)} />}
        {issues.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('edit.invalid', { count: issues.length })}
            description={
              other.length > 0 ? (
                <>
                  {t('edit.otherFields')}
                  <ul>
                    {other.map((i) => (
                      <li key={`${i.field}:${i.code}`}>{pick(i.message)}</li>
                    ))}
                  </ul>
                </>
              ) : undefined
            }
          />
        )}
        {draft && <Alert type="info" showIcon closable title={t('edit.draftRestored')} />}
        {pending.length > 0 && (
          <Alert
            type="info"
            showIcon
            closable
            title={t('edit.reloaded')}
            description={
              <ul>
                {pending.map((p) => (
                  <li key={p.key}>
                    {fieldLabel(p.key)}: {t('edit.yourValue', { value: valueText(fieldOf(p.key), p.value) })}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        <Form<FormValues>
          form={form}
          name="household-edit"
          layout="vertical"
          initialValues={draft?.values ?? base.values}
          onFinish={submit}
          onValuesChange={(changed: Partial<FormValues>) => {
            writeDraft(household.id, year, {
              version: base.version,
              base: base.values,
              values: formValues(),
            });
            // An edited field's server message no longer applies.
            const touched = new Set(
              Object.entries(changed).flatMap(([key, value]) =>
                key === 'facts' && value && typeof value === 'object'
                  ? Object.keys(value).map((k) => `facts.${k}`)
                  : [key],
              ),
            );
            if (!issues.some((i) => touched.has(i.field))) return;
            form.setFields([...touched].map((f) => fieldData(f, [])));
            setIssues((all) => all.filter((i) => !touched.has(i.field)));
          }}
        >
          <Typography.Title level={5}>{t('edit.facts', { year })}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('edit.yearHint', { year })}</Typography.Paragraph>
          <div className="zf-form-grid">{STATUS_FIELDS.map((f) => item(f, 'facts'))}</div>
          <Typography.Title level={5}>{t('edit.income', { year })}</Typography.Title>
          <div className="zf-form-grid">{byKey(INCOME_KEYS).map((f) => item(f, 'facts'))}</div>
          <Typography.Title level={5}>{t('edit.guarantees')}</Typography.Title>
          <div className="zf-form-grid zf-form-grid-3">
            {byKey(GUARANTEE_KEYS).map((f) => item(f, 'facts'))}
          </div>
          <Typography.Title level={5}>{t('edit.basic')}</Typography.Title>
          <div className="zf-form-grid">{HOUSEHOLD_FORM_FIELDS.map((f) => item(f, null))}</div>
          <button type="submit" hidden />
        </Form>
      </div>
    </Drawer>
  );
}
