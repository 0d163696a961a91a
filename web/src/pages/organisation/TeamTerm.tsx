import { Button, Form, Space } from 'antd';
import { DateField } from '../../components/DateField.tsx';
import { FormAlerts } from '../../forms/FormAlerts.tsx';
import { useT } from '../../i18n/useT.ts';
import { api } from '../../api/client.ts';
import type { Team } from './api.ts';
import { changedValues } from './model.ts';
import { UnitSelect } from './pickers.tsx';
import { useOrgForm } from './useOrgForm.ts';

interface TermValues {
  sendingUnitId: number | null;
  termFrom: string;
  termTo: string;
}
const TERM_FIELDS = new Set(['sendingUnitId', 'termFrom', 'termTo']);
const isTermField = (field: string) => TERM_FIELDS.has(field);

/** A team's sending unit and term, changed in place (the rules' term refusal shows under the end). */
export function TeamTerm({ region, team }: { region: string; team: Team }) {
  const t = useT();
  const loaded: TermValues = {
    sendingUnitId: team.sendingUnit?.id ?? null,
    termFrom: team.termFrom,
    termTo: team.termTo,
  };
  const { form, errors, save, saving } = useOrgForm<TermValues>(isTermField, () => undefined);
  return (
    <div className="zf-stack">
      <FormAlerts errors={errors} />
      <Form<TermValues>
        form={form}
        layout="vertical"
        className="zf-org-inline-form"
        initialValues={loaded}
        onValuesChange={(changed: Partial<TermValues>) => errors.edited(changed)}
        onFinish={(values) =>
          save(() =>
            api.PATCH('/api/v1/teams/{id}', {
              params: { path: { id: team.id } },
              body: { ...changedValues(loaded, values), version: team.version },
            }),
          )
        }
      >
        <Form.Item name="sendingUnitId" label={t('org.team.unit')}>
          <UnitSelect region={region} />
        </Form.Item>
        <Form.Item name="termFrom" label={t('org.team.termFrom')}>
          <DateField allowFuture />
        </Form.Item>
        <Form.Item name="termTo" label={t('org.team.termTo')}>
          <DateField allowFuture />
        </Form.Item>
        <Form.Item label=" ">
          <Space>
            <Button htmlType="submit" loading={saving}>
              {t('org.team.saveTerm')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </div>
  );
}
