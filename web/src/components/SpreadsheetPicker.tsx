import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import { useT } from '../i18n/useT.ts';

/**
 * Chooses one CSV or XLSX file and keeps it in the page (nothing is sent until the page says so): the
 * registry import and the rural population import both start from this.
 */
export function SpreadsheetPicker({
  file,
  onChange,
}: {
  file: File | undefined;
  onChange: (file: File | undefined) => void;
}) {
  const t = useT();
  return (
    <Upload
      accept=".csv,.xlsx"
      maxCount={1}
      beforeUpload={(chosen) => {
        onChange(chosen);
        return false;
      }}
      onRemove={() => onChange(undefined)}
      fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
    >
      <Button icon={<UploadOutlined />}>{t('import.chooseFile')}</Button>
    </Upload>
  );
}
