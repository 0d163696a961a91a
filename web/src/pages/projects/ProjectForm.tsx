import { Form, Input, InputNumber, Select, Space, Statistic } from 'antd';
import { useCodeOptions } from '../../components/codes.ts';
import { DateField } from '../../components/DateField.tsx';
import { useMoney } from '../../components/format.ts';
import { FormAlerts } from '../../forms/FormAlerts.tsx';
import { FormDrawer } from '../../forms/FormDrawer.tsx';
import { useRequired } from '../../forms/rules.ts';
import { useServerErrors } from '../../forms/useServerErrors.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { changedValues } from '../organisation/model.ts';
import { api } from '../../api/client.ts';
import type { paths } from '../../api/schema';
import type { Body } from '../../api/types.ts';
import { useProjectWrite, type Project } from './api.ts';
import { FUND_SOURCES, fundsBody, fundTotal, type FundSource, type Funds } from './model.ts';
import { VillagesInput } from './VillagesInput.tsx';

interface ProjectValues {
  name: string;
  type: Body<paths['/api/v1/projects']['post']>['type'];
  state: NonNullable<Body<paths['/api/v1/projects/{id}']['patch']>['state']>;
  villageCodes: string[];
  contentScale: string;
  funds: Partial<Record<FundSource, number | null>>;
  periodFrom: string;
  periodTo: string;
  responsibleUnit: string;
  contractor: string | null;
  expectedBenefit: string | null;
}

const PROJECT_FIELDS = new Set([
  'name',
  'type',
  'state',
  'villageCodes',
  'contentScale',
  'funds',
  'periodFrom',
  'periodTo',
  'responsibleUnit',
  'contractor',
  'expectedBenefit',
]);
const isProjectField = (field: string) => PROJECT_FIELDS.has(field.split('.')[0] ?? field);

/** The values as the API takes them: every fund source a number of yuan. */
type ProjectBody = Omit<ProjectValues, 'funds'> & { funds: Funds };

function loadedOf(p: Project): ProjectBody {
  return {
    name: p.name,
    type: p.type,
    state: p.state,
    villageCodes: p.villageCodes,
    contentScale: p.contentScale,
    funds: fundsBody(p.funds),
    periodFrom: p.periodFrom,
    periodTo: p.periodTo,
    responsibleUnit: p.responsibleUnit,
    contractor: p.contractor,
    expectedBenefit: p.expectedBenefit,
  };
}

function omitState(values: ProjectBody): Omit<ProjectBody, 'state'> {
  const copy: Partial<ProjectBody> = { ...values };
  delete copy.state;
  return copy as Omit<ProjectBody, 'state'>;
}

interface Props {
  region: string;
  project?: Project;
  onClose: () => void;
  onSaved: (id: number) => void;
}

/** A project's facts and funds by source (the total is added up as they are typed); new or changed. */
export function ProjectForm({ region, project, onClose, onSaved }: Props) {
  const t = useT();
  const money = useMoney();
  const required = useRequired();
  const types = useCodeOptions('project_type');
  const states = useCodeOptions('project_state');
  const [form] = Form.useForm<ProjectValues>();
  const errors = useServerErrors(form, { isShown: isProjectField });
  const write = useProjectWrite<{ id: number }>();
  const funds = Form.useWatch('funds', form);
  const loaded = project && loadedOf(project);

  const finish = (values: ProjectValues) => {
    errors.reset();
    const body: ProjectBody = { ...values, funds: fundsBody(values.funds) };
    const call =
      project && loaded
        ? () =>
            api.PATCH('/api/v1/projects/{id}', {
              params: { path: { id: project.id } },
              body: { ...changedValues(loaded, body), version: project.version },
            })
        : // A new project starts as planned: its state changes by editing.
          () => api.POST('/api/v1/projects', { body: { ...omitState(body), regionCode: region } });
    write.mutate(call, {
      onSuccess: (saved) => {
        onSaved(project?.id ?? saved.id);
        onClose();
      },
      onError: errors.fail,
    });
  };

  return (
    <FormDrawer
      title={project ? t('projects.edit') : t('projects.create')}
      onCancel={onClose}
      onSave={() => form.submit()}
      saving={write.isPending}
    >
      <FormAlerts errors={errors} />
      <Form<ProjectValues>
        form={form}
        layout="vertical"
        initialValues={loaded ?? { state: 'planned', villageCodes: [], funds: {} }}
        onValuesChange={(changed: Partial<ProjectValues>) => errors.edited(changed)}
        onFinish={finish}
      >
        <Form.Item name="name" label={t('projects.name')} rules={required(t('projects.name'))}>
          <Input maxLength={100} />
        </Form.Item>
        <Space wrap className="zf-project-pair">
          <Form.Item name="type" label={t('projects.type')} rules={required(t('projects.type'))}>
            <Select options={types} />
          </Form.Item>
          {project && (
            <Form.Item name="state" label={t('projects.state')} rules={required(t('projects.state'))}>
              <Select options={states} />
            </Form.Item>
          )}
        </Space>
        <Form.Item
          name="villageCodes"
          label={t('projects.villages')}
          rules={required(t('projects.villages'))}
        >
          <VillagesInput root={region} />
        </Form.Item>
        <Form.Item
          name="contentScale"
          label={t('projects.contentScale')}
          rules={required(t('projects.contentScale'))}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <div className="zf-form-section">{t('projects.funds')}</div>
        <div className="zf-project-funds">
          {FUND_SOURCES.map((source) => (
            <Form.Item
              key={source}
              name={['funds', source]}
              label={t(`projects.fund.${source}` as MessageKey)}
            >
              <InputNumber min={0} precision={2} step={1000} suffix={t('projects.yuan')} />
            </Form.Item>
          ))}
          <Statistic
            className="zf-project-total"
            title={t('projects.total')}
            value={money(fundTotal(funds))}
            suffix={t('projects.yuan')}
          />
        </div>
        <Space wrap className="zf-project-pair">
          <Form.Item
            name="periodFrom"
            label={t('projects.periodFrom')}
            rules={required(t('projects.periodFrom'))}
          >
            <DateField allowFuture />
          </Form.Item>
          <Form.Item name="periodTo" label={t('projects.periodTo')} rules={required(t('projects.periodTo'))}>
            <DateField allowFuture />
          </Form.Item>
        </Space>
        <Form.Item
          name="responsibleUnit"
          label={t('projects.responsibleUnit')}
          rules={required(t('projects.responsibleUnit'))}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="contractor" label={t('projects.contractor')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="expectedBenefit" label={t('projects.expectedBenefit')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </FormDrawer>
  );
}
