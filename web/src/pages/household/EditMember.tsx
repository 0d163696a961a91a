import { useMutation } from '@tanstack/react-query';
import { App, Form } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import type { Household, Member, MemberPatch } from '../../api/types.ts';
import { DrawerForm } from '../../forms/DrawerForm.tsx';
import { useVersionedDraft } from '../../forms/useDraft.ts';
import { useReload } from '../../forms/useReload.ts';
import { useServerErrors } from '../../forms/useServerErrors.ts';
import { useI18n } from '../../i18n/useT.ts';
import { isMasked } from './form-model.ts';
import { isMemberPath, memberPatchOf, toMemberValues, type MemberValues } from './member-model.ts';
import { MemberFields } from './MemberFields.tsx';
import { useTypedValues } from './typed.ts';

interface Props {
  household: Household;
  member: Member;
  onClose: () => void;
  /** After a save or a reload: the household should be read again. */
  onUpdated: () => void;
}

const isShown = (field: string) => isMemberPath(field);

/**
 * Corrects a member. Like the household edit: the version it loaded and only the changed fields go to the
 * server, its messages appear under their fields, a change made meanwhile by someone else is shown with the
 * way to load it, and what the user typed survives every failure.
 */
export function EditMember({ household, member, onClose, onUpdated }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const typedValues = useTypedValues();
  const [form] = Form.useForm<MemberValues>();
  const formValues = () => form.getFieldsValue(true) as MemberValues;
  const draft = useVersionedDraft(`member.${member.id}`, () => ({
    values: toMemberValues(member),
    version: member.version,
  }));
  const errors = useServerErrors(form, { isShown });

  const save = useMutation({
    mutationFn: (body: MemberPatch) =>
      unwrap(api.PATCH('/api/v1/members/{id}', { params: { path: { id: member.id } }, body })),
    onSuccess: () => {
      draft.clear();
      void message.success(t('edit.saved'));
      onUpdated();
      onClose();
    },
    onError: errors.fail,
  });

  const changes = () => memberPatchOf(draft.base.version, draft.base.values, formValues());
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
        api.GET('/api/v1/households/{id}', { params: { path: { id: household.id } } }),
      );
      const latest = [...fresh.members, ...fresh.formerMembers].find((m) => m.id === member.id);
      if (!latest) throw new Error(t('member.gone'));
      return { values: toMemberValues(latest), version: latest.version };
    },
    onLoaded: onUpdated,
  });

  return (
    <DrawerForm<MemberValues>
      title={t('member.editTitle', { name: member.name })}
      name="member-edit"
      form={form}
      errors={errors}
      draft={draft}
      initialValues={draft.initialValues}
      onFinish={submit}
      onClose={onClose}
      saving={save.isPending}
      typed={reload.typed}
      conflict={{
        title: t('member.conflict.title'),
        body: (version) => t('member.conflict.body', { version }),
        onReload: reload.reload,
        reloading: reload.reloading,
      }}
    >
      <MemberFields prefix={[]} open masked={(key) => isMasked(draft.base.values[key])} />
    </DrawerForm>
  );
}
