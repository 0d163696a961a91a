import { useMutation } from '@tanstack/react-query';
import { App, Form } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import type { Household, MemberAdd } from '../../api/types.ts';
import { DrawerForm } from '../../forms/DrawerForm.tsx';
import { useDraft } from '../../forms/useDraft.ts';
import { useVersionRefresh } from '../../forms/useReload.ts';
import { useServerErrors } from '../../forms/useServerErrors.ts';
import { useI18n } from '../../i18n/useT.ts';
import { EventFields, todayText } from './EventFields.tsx';
import { MEMBER_FORM_FIELDS } from './fields.ts';
import {
  addMemberBody,
  isMemberPath,
  JOIN_EVENTS,
  needsDetails,
  type AddMemberValues,
} from './member-model.ts';
import { MemberFields } from './MemberFields.tsx';

interface Props {
  household: Household;
  onClose: () => void;
  /** After the member was added: the household should be read again. */
  onUpdated: () => void;
}

const EVENT_PATHS = new Set(['event', 'eventDate', 'note', 'reason']);
const isShown = (field: string) => EVENT_PATHS.has(field) || isMemberPath(field, 'member.');
const MEMBER_KEYS = new Set<string>(MEMBER_FORM_FIELDS.map((f) => f.key));
// A rule about the new person (a second head) names the member field without its place in the body.
const rename = (field: string) => (MEMBER_KEYS.has(field) ? `member.${field}` : field);

/**
 * A person joins the household: born into it, married in, moved in. The household's version goes with the
 * request; when someone changed the household meanwhile, the form keeps everything and takes the latest
 * version on request (nothing of theirs is overwritten by adding a person).
 */
export function AddMember({ household, onClose, onUpdated }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddMemberValues>();
  const draft = useDraft<AddMemberValues>(`addMember.${household.id}`);
  const errors = useServerErrors(form, { isShown, rename });

  const save = useMutation({
    mutationFn: (body: MemberAdd) =>
      unwrap(api.POST('/api/v1/households/{id}/members', { params: { path: { id: household.id } }, body })),
    onSuccess: () => {
      draft.clear();
      void message.success(t('member.added'));
      onUpdated();
      onClose();
    },
    onError: errors.fail,
  });

  const refresh = useVersionRefresh(household.version, {
    errors,
    fetchVersion: async () =>
      (await unwrap(api.GET('/api/v1/households/{id}', { params: { path: { id: household.id } } }))).version,
    onLoaded: onUpdated,
  });

  return (
    <DrawerForm<AddMemberValues>
      title={t('member.addTitle', { no: household.householdNo })}
      name="member-add"
      form={form}
      errors={errors}
      draft={draft}
      initialValues={draft.restored ?? { event: 'birth', eventDate: todayText(), member: {} }}
      onFinish={(values) => save.mutate(addMemberBody(refresh.version, values))}
      onClose={onClose}
      saving={save.isPending}
      conflict={{
        title: t('form.conflict.title'),
        body: (current) => t('form.conflict.body', { version: current }),
        onReload: refresh.reload,
        reloading: refresh.reloading,
      }}
    >
      <EventFields events={JOIN_EVENTS} />
      <MemberFields prefix={['member']} detailsNeeded={needsDetails(errors.inline, 'member.')} />
    </DrawerForm>
  );
}
