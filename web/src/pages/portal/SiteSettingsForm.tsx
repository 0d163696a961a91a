import { App, Button, Checkbox, Form, Input, Select } from 'antd';
import { FormAlerts } from '../../forms/FormAlerts.tsx';
import { useRequired } from '../../forms/rules.ts';
import { useServerErrors } from '../../forms/useServerErrors.ts';
import { useT } from '../../i18n/useT.ts';
import { conflictHandling } from './conflict.ts';
import { FOOTER_FIELDS, footerBody } from './footer.ts';
import { useImages, usePatchSite, useSite } from './api.ts';
import type { Footer, Site } from './types.ts';

interface Values {
  name: string;
  logoImageId: number | null;
  isPrimary: boolean;
  footer: Footer;
}

const isShown = (field: string) =>
  ['name', 'logoImageId', 'isPrimary'].includes(field) || field.startsWith('footer.');

/** A site's name, logo (from its image library), primary flag and footer, saved with the version read. */
export function SiteSettingsForm({ site }: { site: Site }) {
  const t = useT();
  const required = useRequired();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useServerErrors(form, { isShown });
  const patch = usePatchSite(site.id);
  const images = useImages(site.id);
  const reload = useSite(site.id);

  const submit = (values: Values) => {
    errors.reset();
    patch.mutate(
      { version: site.version, ...values, footer: footerBody(values.footer) },
      { onSuccess: () => void message.success(t('portal.saved')), onError: errors.fail },
    );
  };

  return (
    <Form<Values>
      form={form}
      className="zf-portal-settings-form"
      layout="vertical"
      initialValues={{
        name: site.name,
        logoImageId: site.logoImageId,
        isPrimary: site.isPrimary,
        footer: site.footer,
      }}
      onValuesChange={errors.edited}
      onFinish={submit}
    >
      <FormAlerts errors={errors} conflict={conflictHandling(t, reload, errors.reset)} />
      <Form.Item
        name="name"
        label={t('portal.sites.name')}
        rules={[...required(t('portal.sites.name')), { max: 60 }]}
      >
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="logoImageId" label={t('portal.settings.logo')}>
        <Select
          className="zf-portal-logo-picker"
          loading={images.isPending}
          options={[
            { value: null, label: t('portal.settings.noLogo') },
            ...(images.data ?? []).map((image) => ({
              value: image.id,
              label: (
                <span className="zf-portal-logo-option">
                  <img src={image.url} alt="" /> {image.alt || image.fileName || `#${image.id}`}
                </span>
              ),
            })),
          ]}
        />
      </Form.Item>
      <Form.Item name="isPrimary" valuePropName="checked">
        <Checkbox>{t('portal.settings.isPrimary')}</Checkbox>
      </Form.Item>
      <fieldset className="zf-portal-fieldset">
        <legend>{t('portal.settings.footer')}</legend>
        <div className="zf-portal-grid">
          {FOOTER_FIELDS.map((field) => (
            <Form.Item
              key={field}
              name={['footer', field]}
              label={t(`portal.footer.${field}`)}
              rules={[{ max: 200 }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          ))}
        </div>
      </fieldset>
      <Button type="primary" htmlType="submit" loading={patch.isPending} className="zf-portal-save-settings">
        {t('portal.save')}
      </Button>
    </Form>
  );
}
