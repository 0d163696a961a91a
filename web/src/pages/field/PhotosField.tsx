import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import { photoForSending } from './device.ts';

/** A visit carries at most three photos (the server's limit). */
export const MAX_PHOTOS = 3;

/** Photos from the phone's camera, shown as thumbnails; large ones are made smaller before they are kept. */
export function PhotosField({ photos, onChange }: { photos: Blob[]; onChange: (photos: Blob[]) => void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [resized, setResized] = useState(false);
  const urls = useMemo(() => photos.map((p) => URL.createObjectURL(p)), [photos]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);

  const add = async (files: FileList | null) => {
    const taken = await Promise.all([...(files ?? [])].map(photoForSending));
    if (taken.some((p) => p.resized)) setResized(true);
    onChange([...photos, ...taken.map((p) => p.blob)].slice(0, MAX_PHOTOS));
    if (input.current) input.current.value = '';
  };

  return (
    <div className="zf-photos">
      <div className="zf-photo-grid">
        {urls.map((url, index) => (
          <div key={url} className="zf-photo">
            <img src={url} alt="" />
            <Button
              size="small"
              shape="circle"
              icon={<DeleteOutlined />}
              aria-label={t('field.form.removePhoto')}
              onClick={() => onChange(photos.filter((_, i) => i !== index))}
            />
          </div>
        ))}
        {photos.length < MAX_PHOTOS && (
          <Button className="zf-photo-add" icon={<CameraOutlined />} onClick={() => input.current?.click()}>
            {t('field.form.addPhoto')}
          </Button>
        )}
      </div>
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        hidden
        data-testid="photo-input"
        onChange={(e) => void add(e.target.files)}
      />
      {resized && <Alert type="info" showIcon title={t('field.form.resized')} />}
    </div>
  );
}
