import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, InputNumber, Select } from 'antd';
import { useSetStandard, type EffectiveStandard } from '../../api/measures.ts';
import { DrawerForm } from '../../forms/DrawerForm.tsx';
import { useRequired } from '../../forms/rules.ts';
import { useDraft } from '../../forms/useDraft.ts';
import { useServerErrors } from '../../forms/useServerErrors.ts';
import { useT } from '../../i18n/useT.ts';
import type { StandardRights } from './permissions.ts';

/** What the form opens on: a year, and when changing a line, its scope and figures. */
export interface StandardTarget {
  year: number;
  province?: string | null;
  line?: number;
  monitoringMultiplier?: number;
}

interface Values {
  /** 'national' or a 2-digit province code. */
  scope: string;
  year: number;
  line: number | null;
  monitoringMultiplier: number;
  reason: string;
}

const NATIONAL = 'national';
const DEFAULT_MULTIPLIER = 1.5;
const SHOWN = new Set(['scope', 'year', 'line', 'monitoringMultiplier', 'reason']);
const isShown = (field: string) => SHOWN.has(field);
// The server names the province of the path; the form calls it the scope.
const rename = (field: string) => (field === 'province' ? 'scope' : field);

interface Props {
  target: StandardTarget;
  rights: StandardRights;
  scopeName: (province: string | null) => string;
  effective: readonly EffectiveStandard[];
  onClose: () => void;
}

/**
 * Sets a poverty line as a new version, with its reason. Only the scopes the user may set are offered; the
 * server still decides, and its refusal (403, a past year, a line households were identified under) or its
 * field errors are shown with everything typed kept.
 */
export function StandardForm({ target, rights, scopeName, effective, onClose }: Props) {
  const t = useT();
  const required = useRequired();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const draft = useDraft<Values>('standard');
  const errors = useServerErrors(form, { isShown, rename });
  const save = useSetStandard();

  const scopes = [
    ...(rights.national ? [{ value: NATIONAL, label: t('standards.national') }] : []),
    ...(rights.province ? [{ value: rights.province, label: scopeName(rights.province) }] : []),
  ];
  const inForce = effective.find((e) => e.year === target.year);
  const initial: Values = draft.restored ?? {
    scope: target.province === undefined ? (scopes[0]?.value ?? NATIONAL) : (target.province ?? NATIONAL),
    year: target.year,
    line: target.line ?? inForce?.line ?? null,
    monitoringMultiplier: target.monitoringMultiplier ?? inForce?.monitoringMultiplier ?? DEFAULT_MULTIPLIER,
    reason: '',
  };

  const submit = (values: Values) => {
    errors.reset();
    const province = values.scope === NATIONAL ? null : values.scope;
    save.mutate(
      {
        province,
        year: values.year,
        body: {
          line: values.line ?? 0,
          monitoringMultiplier: values.monitoringMultiplier,
          reason: values.reason,
        },
      },
      {
        onSuccess: (saved) => {
          draft.clear();
          void message.success(
            t('standards.saved', {
              year: saved.year,
              scope: scopeName(saved.province),
              version: saved.version,
            }),
          );
          // A new line changes what every measure and assessment of that year says.
          void client.invalidateQueries({ queryKey: ['standards'] });
          void client.invalidateQueries({ queryKey: ['measures'] });
          void client.invalidateQueries({ queryKey: ['households', 'one'] });
          onClose();
        },
        onError: errors.fail,
      },
    );
  };

  return (
    <DrawerForm<Values>
      title={t('standards.formTitle')}
      name="standard"
      form={form}
      errors={errors}
      draft={draft}
      initialValues={initial}
      onFinish={submit}
      onClose={onClose}
      saving={save.isPending}
      intro={<Alert type="info" showIcon title={t('standards.formHelp')} />}
    >
      <div className="zf-form-grid">
        <Form.Item name="scope" label={t('standards.col.scope')} rules={required(t('standards.col.scope'))}>
          <Select options={scopes} disabled={scopes.length < 2} />
        </Form.Item>
        <Form.Item name="year" label={t('field.year')} rules={required(t('field.year'))}>
          <InputNumber precision={0} className="zf-number" />
        </Form.Item>
        <Form.Item
          name="line"
          label={t('standards.col.line')}
          extra={t('standards.lineHelp')}
          rules={required(t('standards.col.line'))}
        >
          <InputNumber suffix={t('standards.yuanUnit')} className="zf-number" />
        </Form.Item>
        <Form.Item
          name="monitoringMultiplier"
          label={t('standards.col.multiplier')}
          extra={t('standards.multiplierHelp')}
          rules={required(t('standards.col.multiplier'))}
        >
          <InputNumber step={0.1} className="zf-number" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('standards.reason')}
          rules={required(t('standards.reason'))}
          className="zf-form-wide"
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </div>
    </DrawerForm>
  );
}
