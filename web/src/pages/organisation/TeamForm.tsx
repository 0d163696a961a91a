import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Select, Space } from 'antd';
import { DateField } from '../../components/DateField.tsx';
import { useCodeOptions } from '../../components/codes.ts';
import { useRequired } from '../../forms/rules.ts';
import { useT } from '../../i18n/useT.ts';
import { VillageSelect } from '../create/VillageSelect.tsx';
import { UserFormModal } from '../users/UserFormModal.tsx';
import { api } from '../../api/client.ts';
import type { TeamRole } from './api.ts';
import { CadreSelect, UnitSelect } from './pickers.tsx';
import { useOrgForm } from './useOrgForm.ts';

interface TeamValues {
  villageCode: string;
  sendingUnitId?: number;
  termFrom: string;
  termTo: string;
  members: { cadreId: number; role: TeamRole }[];
}

const TEAM_FIELDS = new Set(['villageCode', 'sendingUnitId', 'termFrom', 'termTo', 'members']);
const isTeamField = (field: string) => TEAM_FIELDS.has(field.split('.')[0] ?? field);

/** A new team starts with the three places the rules ask for: a leader, a first secretary, a member. */
const FIRST_MEMBERS: Partial<TeamValues['members'][number]>[] = [
  { role: 'leader' },
  { role: 'first_secretary' },
  { role: 'member' },
];

/**
 * A new work team (驻村工作队). The rules (size, term, one leader and one first secretary) are the server's:
 * its refusal shows under the members or the term's end.
 */
export function TeamForm({ region, onClose }: { region: string; onClose: () => void }) {
  const t = useT();
  const required = useRequired();
  const roles = useCodeOptions('team_role');
  const { form, errors, save, saving } = useOrgForm<TeamValues>(isTeamField, onClose);
  return (
    <UserFormModal<TeamValues>
      title={t('org.team.create')}
      form={form}
      errors={errors}
      saving={saving}
      onClose={onClose}
      onFinish={(values) => save(() => api.POST('/api/v1/teams', { body: values }))}
    >
      <Form.Item name="villageCode" label={t('org.village')} rules={required(t('org.village'))}>
        <VillageSelect root={region} writable={() => true} />
      </Form.Item>
      <Form.Item name="sendingUnitId" label={t('org.team.unit')} rules={required(t('org.team.unit'))}>
        <UnitSelect region={region} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="termFrom" label={t('org.team.termFrom')} rules={required(t('org.team.termFrom'))}>
          <DateField allowFuture />
        </Form.Item>
        <Form.Item name="termTo" label={t('org.team.termTo')} rules={required(t('org.team.termTo'))}>
          <DateField allowFuture />
        </Form.Item>
      </Space>
      <Form.List name="members" initialValue={FIRST_MEMBERS}>
        {(fields, { add, remove }, { errors: listErrors }) => (
          <div className="zf-team-members">
            <div className="zf-form-section">{t('org.team.members')}</div>
            {fields.map((field) => (
              <Space key={field.key} align="start" className="zf-team-member-row">
                <Form.Item
                  name={[field.name, 'cadreId']}
                  rules={required(t('org.cadre.name'))}
                  className="zf-team-member-cadre"
                >
                  <CadreSelect region={region} />
                </Form.Item>
                <Form.Item name={[field.name, 'role']} className="zf-team-member-role">
                  <Select options={roles} aria-label={t('org.team.role')} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('org.team.removeMember')}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Form.ErrorList errors={listErrors} />
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'member' })}>
              {t('org.team.addMember')}
            </Button>
          </div>
        )}
      </Form.List>
    </UserFormModal>
  );
}
