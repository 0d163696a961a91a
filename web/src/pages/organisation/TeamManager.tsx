import { App, Button, Descriptions, Form, Modal, Popconfirm, Select, Spin, Table } from 'antd';
import { useState } from 'react';
import { DateField } from '../../components/DateField.tsx';
import { useCodeLabel, useCodeOptions } from '../../components/codes.ts';
import { ErrorAlert, useErrorText } from '../../components/errors.tsx';
import { FormAlerts } from '../../forms/FormAlerts.tsx';
import { useRequired } from '../../forms/rules.ts';
import { useT } from '../../i18n/useT.ts';
import { VillageLink } from '../village/VillageLink.tsx';
import { api } from '../../api/client.ts';
import { useOrgWrite, useTeam, type Team, type TeamMember, type TeamRole } from './api.ts';
import { orDash } from './model.ts';
import { CadreSelect } from './pickers.tsx';
import { TeamTerm } from './TeamTerm.tsx';
import { useOrgForm } from './useOrgForm.ts';

interface Props {
  region: string;
  teamId: number;
  writable: boolean;
  onClose: () => void;
}

/** One team: its term and members; keepers add a member or end one's service on a day. */
export function TeamManager({ region, teamId, writable, onClose }: Props) {
  const t = useT();
  const team = useTeam(teamId);
  return (
    <Modal open title={t('org.team.title')} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      {team.isError && <ErrorAlert error={team.error} onRetry={() => void team.refetch()} />}
      {team.isPending && <Spin />}
      {team.data && <TeamBody region={region} team={team.data} writable={writable} />}
    </Modal>
  );
}

function TeamBody({ region, team, writable }: { region: string; team: Team; writable: boolean }) {
  const t = useT();
  const label = useCodeLabel();
  return (
    <div className="zf-stack">
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
        <Descriptions.Item label={t('org.village')}>
          <VillageLink code={team.villageCode} name={team.villageName} />
        </Descriptions.Item>
        <Descriptions.Item label={t('org.team.unit')}>{team.sendingUnit?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('org.team.term')}>
          {team.termFrom} ~ {team.termTo}
        </Descriptions.Item>
      </Descriptions>
      {writable && <TeamTerm key={team.version} region={region} team={team} />}
      <Table<TeamMember>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={team.members}
        scroll={{ x: 560 }}
        columns={[
          { title: t('org.cadre.name'), dataIndex: 'name' },
          {
            title: t('org.team.role'),
            dataIndex: 'role',
            width: 110,
            render: (r: TeamRole) => label('team_role', r),
          },
          { title: t('org.cadre.phone'), dataIndex: 'phone', width: 130, render: orDash },
          {
            title: t('org.team.served'),
            key: 'served',
            width: 190,
            render: (_: unknown, m) => `${m.from} ~ ${m.to ?? t('org.team.now')}`,
          },
          ...(writable
            ? [
                {
                  title: t('org.actions'),
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, m: TeamMember) =>
                    m.to === null && <EndMember teamId={team.id} member={m} />,
                },
              ]
            : []),
        ]}
      />
      {writable && <AddMember region={region} teamId={team.id} />}
    </div>
  );
}

/** Ends one member's service on a day (today unless changed): the team keeps its history. */
function EndMember({ teamId, member }: { teamId: number; member: TeamMember }) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const write = useOrgWrite();
  const [date, setDate] = useState<string | null>(null);
  return (
    <Popconfirm
      title={t('org.team.endMember', { name: member.name })}
      description={<DateField value={date} onChange={setDate} />}
      okButtonProps={{ disabled: !date, loading: write.isPending }}
      onConfirm={() =>
        date &&
        write.mutate(
          () =>
            api.POST('/api/v1/teams/{id}/members/{memberId}/end', {
              params: { path: { id: teamId, memberId: member.id } },
              body: { date },
            }),
          { onError: (error) => void message.error(errorText(error)) },
        )
      }
    >
      <Button size="small" type="link" danger>
        {t('org.end')}
      </Button>
    </Popconfirm>
  );
}

interface MemberValues {
  cadreId: number;
  role: TeamRole;
  from: string;
}
const MEMBER_FIELDS = new Set(['cadreId', 'role', 'from']);
const isMemberField = (field: string) => MEMBER_FIELDS.has(field);

function AddMember({ region, teamId }: { region: string; teamId: number }) {
  const t = useT();
  const required = useRequired();
  const roles = useCodeOptions('team_role');
  const { form, errors, save, saving } = useOrgForm<MemberValues>(isMemberField, () => form.resetFields());
  return (
    <div className="zf-stack">
      <div className="zf-form-section">{t('org.team.addMember')}</div>
      <FormAlerts errors={errors} />
      <Form<MemberValues>
        form={form}
        layout="vertical"
        className="zf-org-inline-form"
        initialValues={{ role: 'member' }}
        onValuesChange={(changed: Partial<MemberValues>) => errors.edited(changed)}
        onFinish={(values) =>
          save(() =>
            api.POST('/api/v1/teams/{id}/members', { params: { path: { id: teamId } }, body: values }),
          )
        }
      >
        <Form.Item name="cadreId" label={t('org.cadre.name')} rules={required(t('org.cadre.name'))}>
          <CadreSelect region={region} />
        </Form.Item>
        <Form.Item name="role" label={t('org.team.role')}>
          <Select options={roles} />
        </Form.Item>
        <Form.Item name="from" label={t('org.team.memberFrom')} rules={required(t('org.team.memberFrom'))}>
          <DateField />
        </Form.Item>
        <Form.Item label=" ">
          <Button htmlType="submit" loading={saving}>
            {t('org.add')}
          </Button>
        </Form.Item>
      </Form>
    </div>
  );
}
