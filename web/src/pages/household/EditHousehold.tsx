import { useMutation } from '@tanstack/react-query';
import { App, Form } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import type { Household, HouseholdPatch } from '../../api/types.ts';
import { DrawerForm } from '../../forms/DrawerForm.tsx';
import { useVersionedDraft } from '../../forms/useDraft.ts';
import { useReload } from '../../forms/useReload.ts';
import { useServerErrors } from '../../forms/useServerErrors.ts';
import { useI18n } from '../../i18n/useT.ts';
import { isHouseholdPath, isMasked, patchOf, toFormValues, type FormValues } from './form-model.ts';
import { closedYear, reasonPart } from './correction.ts';
import { CorrectionReason } from './CorrectionReason.tsx';
import { todayText } from './EventFields.tsx';
import { HouseholdSections } from './HouseholdSections.tsx';
import { useTypedValues } from './typed.ts';

interface Props {
  household: Household;
  /** The year whose facts are edited. */
  year: number;
  onClose: () => void;
  /** After a save or a reload: the household as the server now has it. */
  onUpdated: (household: Household) => void;
}

/**
 * The edit form of a household and its facts of one year. It sends the version it loaded and only what the
 * user changed. Field errors from the server appear under their fields in the user's language; a version
 * conflict is shown, never overwritten; on any failure the form keeps what the user typed. The facts of a closed
 * year change only with a reason (更正原因).
 */
export function EditHousehold({ household, year, onClose, onUpdated }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const typedValues = useTypedValues();
  const [form] = Form.useForm<FormValues>();
  // Every field, including those not shown (antd types the whole store as any).
  const formValues = () => form.getFieldsValue(true) as FormValues;
  const draft = useVersionedDraft(`household.${household.id}.${year}`, () => ({
    values: toFormValues(household),
    version: household.version,
  }));
  const errors = useServerErrors(form, { isShown: isHouseholdPath });

  const save = useMutation({
    mutationFn: (body: HouseholdPatch) =>
      unwrap(api.PATCH('/api/v1/households/{id}', { params: { path: { id: household.id } }, body })),
    onSuccess: (updated) => {
      draft.clear();
      void message.success(t('edit.saved'));
      onUpdated(updated);
      onClose();
    },
    onError: errors.fail,
  });

  const changes = () => patchOf(draft.base.version, year, draft.base.values, formValues());
  // Changing the facts of a closed year corrects it: then, and only then, the reason is required.
  const closed = closedYear(year, todayText());
  const reasonRule = {
    validator: async (_: unknown, value: unknown) => {
      if (changes()?.facts && !reasonPart(value).reason)
        throw new Error(t('form.required', { field: t('correction.reason') }));
    },
  };
  const submit = () => {
    const patch = changes();
    if (!patch) {
      void message.info(t('edit.nothing'));
      return;
    }
    save.mutate(patch);
  };

  const reload = useReload({
    form,
    draft,
    errors,
    typedNow: () => typedValues(changes()),
    fetchLatest: async () => {
      const fresh = await unwrap(
        api.GET('/api/v1/households/{id}', { params: { path: { id: household.id }, query: { year } } }),
      );
      onUpdated(fresh);
      return { values: toFormValues(fresh), version: fresh.version };
    },
  });

  return (
    <DrawerForm<FormValues>
      title={t('edit.title', { no: household.householdNo })}
      name="household-edit"
      form={form}
      errors={errors}
      draft={draft}
      initialValues={draft.initialValues}
      onFinish={submit}
      onClose={onClose}
      saving={save.isPending}
      typed={reload.typed}
      conflict={{
        title: t('edit.conflict.title'),
        body: (version) => t('edit.conflict.body', { version }),
        onReload: reload.reload,
        reloading: reload.reloading,
      }}
    >
      <HouseholdSections year={year} masked={(key) => isMasked(draft.base.values[key])} />
      {closed !== undefined && <CorrectionReason year={closed} rules={[reasonRule]} />}
    </DrawerForm>
  );
}
