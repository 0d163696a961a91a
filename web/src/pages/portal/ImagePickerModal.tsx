import { UploadOutlined } from '@ant-design/icons';
import { Button, Empty, Modal, Spin, Tag } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/errors.tsx';
import { useT } from '../../i18n/useT.ts';
import { useImages } from './api.ts';
import type { PortalImage } from './types.ts';
import { UploadImageModal } from './UploadImageModal.tsx';

/** Picks an image of the site's library for the article, or uploads one (with its alt text) and picks it. */
export function ImagePickerModal({
  siteId,
  onPick,
  onClose,
}: {
  siteId: number;
  onPick: (image: PortalImage) => void;
  onClose: () => void;
}) {
  const t = useT();
  const images = useImages(siteId);
  const [uploading, setUploading] = useState(false);
  return (
    <Modal
      open
      className="zf-portal-image-picker"
      title={t('portal.images.pick')}
      footer={null}
      onCancel={onClose}
      width={720}
    >
      <Button icon={<UploadOutlined />} className="zf-portal-upload-image" onClick={() => setUploading(true)}>
        {t('portal.images.upload')}
      </Button>
      {images.isPending && <Spin />}
      {images.isError && <ErrorAlert error={images.error} onRetry={() => void images.refetch()} />}
      {images.data?.length === 0 && <Empty description={t('portal.images.empty')} />}
      <ul className="zf-portal-image-grid">
        {images.data?.map((image) => (
          <li key={image.id} className="zf-portal-image-card">
            <img src={image.url} alt={image.alt} loading="lazy" />
            {image.alt.trim() ? (
              <span className="zf-portal-image-alt-text">{image.alt}</span>
            ) : (
              <Tag color="red" className="zf-portal-alt-missing">
                {t('portal.images.altMissing')}
              </Tag>
            )}
            <Button
              size="small"
              type="primary"
              className="zf-portal-insert-image"
              onClick={() => onPick(image)}
            >
              {t('portal.images.insert')}
            </Button>
          </li>
        ))}
      </ul>
      {uploading && (
        <UploadImageModal siteId={siteId} onClose={() => setUploading(false)} onUploaded={onPick} />
      )}
    </Modal>
  );
}
