import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Select } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import type { Household, Member, MemberEvent as MemberEventBody } from '../../api/types.ts';
import { useCodeLabel, useCodeOptions } from '../../components/codes.ts';
import { DrawerForm } from '../../forms/DrawerForm.tsx';
import { useDraft } from '../../forms/useDraft.ts';
import { useVersionRefresh } from '../../forms/useReload.ts';
import { useServerErrors } from '../../forms/useServerErrors.ts';
import { useI18n } from '../../i18n/useT.ts';
import { EventFields, todayText } from './EventFields.tsx';
import { HouseholdPicker } from './HouseholdPicker.tsx';
import { eventBody, LEAVE_EVENTS, type EventValues } from './member-model.ts';
import { useRequired } from '../../forms/rules.ts';

interface Props {
  household: Household;
  member: Member;
  onClose: () => void;
  /** After the event was recorded: the household should be read again. */
  onUpdated: () => void;
}

const HEAD = '01';
const PATHS = new Set([
  'event',
  'eventDate',
  'note',
  'reason',
  'newHeadMemberId',
  'toHouseholdId',
  'relationInNewHousehold',
]);
const isShown = (field: string) => PATHS.has(field);

/**
 * A member leaves the household (death, marriage out, moving away, prison, army) or moves to another household
 * of the registry. Members leave by events, never by deletion. When the head leaves others behind, the form
 * asks for the successor the server requires; a move asks for the other household and the relation there.
 */
export function MemberEvent({ household, member, onClose, onUpdated }: Props) {
  const { t } = useI18n();
  const required = useRequired();
  const { message } = App.useApp();
  const label = useCodeLabel();
  const relations = useCodeOptions('relation');
  const [form] = Form.useForm<EventValues>();
  const draft = useDraft<EventValues>(`event.${member.id}`);
  const errors = useServerErrors(form, { isShown });
  const event = Form.useWatch('event', form);
  const others = household.members.filter((m) => m.id !== member.id);
  const needsSuccessor = member.relation === HEAD && others.length > 0;

  const save = useMutation({
    mutationFn: (body: MemberEventBody) =>
      unwrap(api.POST('/api/v1/members/{id}/events', { params: { path: { id: member.id } }, body })),
    onSuccess: () => {
      draft.clear();
      void message.success(t('event.recorded'));
      onUpdated();
      onClose();
    },
    onError: errors.fail,
  });

  const refresh = useVersionRefresh(member.version, {
    errors,
    fetchVersion: async () => {
      const fresh = await unwrap(
        api.GET('/api/v1/households/{id}', { params: { path: { id: household.id } } }),
      );
      const latest = fresh.members.find((m) => m.id === member.id);
      if (!latest) throw new Error(t('member.gone'));
      return latest.version;
    },
    onLoaded: onUpdated,
  });

  return (
    <DrawerForm<EventValues>
      title={t('event.title', { name: member.name })}
      name="member-event"
      form={form}
      errors={errors}
      draft={draft}
      initialValues={draft.restored ?? { eventDate: todayText(), relationInNewHousehold: '99' }}
      onFinish={(values) => save.mutate(eventBody(refresh.version, values, needsSuccessor))}
      onClose={onClose}
      saving={save.isPending}
      conflict={{
        title: t('form.conflict.title'),
        body: (current) => t('form.conflict.body', { version: current }),
        onReload: refresh.reload,
        reloading: refresh.reloading,
      }}
      intro={
        <Alert
          type="info"
          showIcon
          title={t('event.who', { name: member.name, relation: label('relation', member.relation) })}
          description={others.length === 0 ? t('event.lastMember') : t('event.help')}
        />
      }
    >
      <EventFields events={LEAVE_EVENTS} />
      {needsSuccessor && (
        <Form.Item
          name="newHeadMemberId"
          label={t('event.newHead')}
          extra={t('event.newHeadHelp')}
          rules={required(t('event.newHead'))}
        >
          <Select
            placeholder={t('edit.select')}
            options={others.map((m) => ({
              value: m.id,
              label: `${m.name} · ${label('relation', m.relation)}`,
            }))}
          />
        </Form.Item>
      )}
      {event === 'move' && (
        <div className="zf-form-grid">
          <Form.Item
            name="toHouseholdId"
            label={t('event.toHousehold')}
            rules={required(t('event.toHousehold'))}
          >
            <HouseholdPicker region={household.countyCode} exclude={household.id} />
          </Form.Item>
          <Form.Item name="relationInNewHousehold" label={t('event.relationThere')}>
            <Select options={relations} />
          </Form.Item>
        </div>
      )}
    </DrawerForm>
  );
}
