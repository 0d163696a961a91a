import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Empty, Input, Spin, Tag } from 'antd';
import { useState } from 'react';
import { ErrorAlert, useErrorText } from '../../components/errors.tsx';
import { useT } from '../../i18n/useT.ts';
import { useImages, usePatchImage } from './api.ts';
import type { PortalImage } from './types.ts';
import { UploadImageModal } from './UploadImageModal.tsx';

/** A site's images, each with its alt text editable in place (required before an article carrying it is published). */
export function ImageLibrary({ siteId }: { siteId: number }) {
  const t = useT();
  const images = useImages(siteId);
  const [uploading, setUploading] = useState(false);
  if (images.isPending) return <Spin className="zf-portal-loading" />;
  if (images.isError) return <ErrorAlert error={images.error} onRetry={() => void images.refetch()} />;
  return (
    <div className="zf-portal-images">
      <Button icon={<UploadOutlined />} className="zf-portal-upload-image" onClick={() => setUploading(true)}>
        {t('portal.images.upload')}
      </Button>
      {images.data.length === 0 ? (
        <Empty description={t('portal.images.empty')} />
      ) : (
        <ul className="zf-portal-image-grid">
          {images.data.map((image) => (
            <ImageCard key={image.id} image={image} />
          ))}
        </ul>
      )}
      {uploading && <UploadImageModal siteId={siteId} onClose={() => setUploading(false)} />}
    </div>
  );
}

function ImageCard({ image }: { image: PortalImage }) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [alt, setAlt] = useState(image.alt);
  const patch = usePatchImage();
  const id = `zf-portal-alt-${image.id}`;
  return (
    <li className="zf-portal-image-card">
      <img src={image.url} alt={image.alt} loading="lazy" />
      {image.width && image.height && (
        <span className="zf-portal-image-size">
          {t('portal.images.size', { width: image.width, height: image.height })}
        </span>
      )}
      {!image.alt.trim() && (
        <Tag color="red" className="zf-portal-alt-missing">
          {t('portal.images.altMissing')}
        </Tag>
      )}
      <label htmlFor={id}>{t('portal.images.alt')}</label>
      <Input.TextArea
        id={id}
        className="zf-portal-alt-input"
        value={alt}
        maxLength={200}
        autoSize
        onChange={(e) => setAlt(e.target.value)}
      />
      <Button
        size="small"
        className="zf-portal-save-alt"
        disabled={alt.trim() === image.alt || !alt.trim()}
        loading={patch.isPending}
        onClick={() =>
          patch.mutate(
            { id: image.id, alt: alt.trim() },
            {
              onSuccess: () => void message.success(t('portal.saved')),
              onError: (e) => void message.error(errorText(e)),
            },
          )
        }
      >
        {t('portal.images.saveAlt')}
      </Button>
    </li>
  );
}
