import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { FormAlerts } from '../../forms/FormAlerts.tsx';
import { useRequired } from '../../forms/rules.ts';
import { useServerErrors } from '../../forms/useServerErrors.ts';
import { useT } from '../../i18n/useT.ts';
import { useUploadImage } from './api.ts';
import type { PortalImage } from './types.ts';

const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp';
const isShown = (field: string) => field === 'alt' || field === 'file';

/** Uploads one image to a site's library; its alt text is asked for with the file, never later. */
export function UploadImageModal({
  siteId,
  onClose,
  onUploaded,
}: {
  siteId: number;
  onClose: () => void;
  onUploaded?: (image: PortalImage) => void;
}) {
  const t = useT();
  const required = useRequired();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ alt: string; file: File }>();
  const errors = useServerErrors(form, { isShown });
  const upload = useUploadImage();
  const [file, setFile] = useState<File | null>(null);

  const submit = ({ alt }: { alt: string }) => {
    if (!file) return;
    errors.reset();
    upload.mutate(
      { siteId, file, alt: alt.trim() },
      {
        onSuccess: (image) => {
          void message.success(t('portal.saved'));
          onUploaded?.(image);
          onClose();
        },
        onError: errors.fail,
      },
    );
  };

  return (
    <Modal
      open
      className="zf-portal-upload-modal"
      title={t('portal.images.upload')}
      okText={t('portal.images.upload')}
      cancelText={t('portal.cancel')}
      confirmLoading={upload.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormAlerts errors={errors} />
      <Form form={form} layout="vertical" onValuesChange={errors.edited} onFinish={submit}>
        <Form.Item
          name="file"
          label={t('portal.images.file')}
          extra={t('portal.images.fileHint')}
          rules={required(t('portal.images.file'))}
          getValueFromEvent={(e: React.ChangeEvent<HTMLInputElement>) => {
            const picked = e.target.files?.[0] ?? null;
            setFile(picked);
            return picked ?? undefined;
          }}
          valuePropName="ignored"
        >
          <input type="file" accept={ACCEPT} className="zf-portal-image-file" />
        </Form.Item>
        <Form.Item
          name="alt"
          label={t('portal.images.alt')}
          extra={t('portal.images.altHint')}
          rules={[...required(t('portal.images.alt')), { whitespace: true }, { max: 200 }]}
        >
          <Input.TextArea className="zf-portal-image-alt" maxLength={200} autoSize />
        </Form.Item>
      </Form>
    </Modal>
  );
}
