import { App, Form, Input, Modal, Select } from 'antd';
import { useChildren, useRegion } from '../../api/queries.ts';
import { useCapabilities } from '../../auth/capabilities.ts';
import { FormAlerts } from '../../forms/FormAlerts.tsx';
import { useRequired } from '../../forms/rules.ts';
import { useServerErrors } from '../../forms/useServerErrors.ts';
import { useT } from '../../i18n/useT.ts';
import { COUNTRY, levelOf } from '../../region/code.ts';
import { useRegionScope } from '../../region/scope.ts';
import { useCreateSite } from './api.ts';
import type { Site } from './types.ts';
import { rightsOn } from './workflow.ts';

interface Values {
  regionCode: string;
  name: string;
}

const isShown = (field: string) => field === 'regionCode' || field === 'name';
// A site belongs to a county (level 3) or a town (level 4).
const SITE_LEVELS = new Set([3, 4]);

/**
 * Sets up a site for the region shown or one of its towns, where the caller manages sites and no site is yet;
 * the server creates the default columns with it.
 */
export function CreateSiteModal({ taken, onClose }: { taken: readonly Site[]; onClose: () => void }) {
  const t = useT();
  const required = useRequired();
  const { message } = App.useApp();
  const scope = useRegionScope();
  const capabilities = useCapabilities();
  const code = scope.code ?? COUNTRY;
  const region = useRegion(code);
  const children = useChildren(code, levelOf(code) === 3);
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, { isShown });
  const create = useCreateSite();

  const candidates = [
    ...(region.data ? [{ code: region.data.code, name: region.data.name }] : []),
    ...(children.data ?? []).map((c) => ({ code: c.code, name: c.name })),
  ].filter(
    (r) =>
      SITE_LEVELS.has(levelOf(r.code)) &&
      rightsOn(capabilities, r.code).manage &&
      !taken.some((s) => s.regionCode === r.code),
  );

  const submit = (values: Values) => {
    errors.reset();
    create.mutate(values, {
      onSuccess: (site) => {
        void message.success(t('portal.sites.created', { name: site.name }));
        onClose();
      },
      onError: errors.fail,
    });
  };

  return (
    <Modal
      open
      className="zf-portal-create-site-modal"
      title={t('portal.sites.create')}
      okText={t('portal.save')}
      cancelText={t('portal.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormAlerts errors={errors} />
      <Form<Values> form={form} layout="vertical" onFinish={submit} onValuesChange={errors.edited}>
        <Form.Item
          name="regionCode"
          label={t('portal.sites.region')}
          extra={t('portal.sites.regionHint')}
          rules={required(t('portal.sites.region'))}
        >
          <Select
            className="zf-portal-site-region"
            loading={region.isPending || children.isFetching}
            notFoundContent={t('portal.sites.noCandidate')}
            options={candidates.map((c) => ({ value: c.code, label: c.name }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('portal.sites.name')}
          rules={[...required(t('portal.sites.name')), { max: 60 }]}
        >
          <Input className="zf-portal-site-name-input" maxLength={60} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
