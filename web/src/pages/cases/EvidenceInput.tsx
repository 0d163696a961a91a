import { CheckCircleOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Input, Segmented, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { DateField } from '../../components/DateField.tsx';
import { useErrorText } from '../../components/errors.tsx';
import { useT } from '../../i18n/useT.ts';
import type { EvidenceValue } from './action-form.ts';
import { useUploadEvidence } from './api.ts';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,.heic,application/pdf,image/jpeg,image/png,image/webp,image/heic';

interface Props {
  /** The case files go to; without one (a bulk run) evidence is a paper document only. */
  caseId?: number;
  id?: string;
  value?: EvidenceValue;
  onChange?: (value: EvidenceValue | undefined) => void;
}

/**
 * A piece of evidence: a file uploaded to the case now (PDF or a photo, up to 5 MB; the server checks it like
 * the assessment's evidence), or a paper document by its number and date.
 */
export function EvidenceInput({ caseId, id, value, onChange }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const upload = useUploadEvidence(caseId ?? 0);
  const [mode, setMode] = useState<'file' | 'document'>(
    caseId === undefined || value?.documentNo ? 'document' : 'file',
  );
  const change = (patch: EvidenceValue) => onChange?.({ ...value, ...patch });

  return (
    <div className="zf-evidence" id={id}>
      {caseId !== undefined && (
        <Segmented<'file' | 'document'>
          size="small"
          value={mode}
          options={[
            { value: 'file', label: t('cases.evidence.file') },
            { value: 'document', label: t('cases.evidence.document') },
          ]}
          onChange={(next) => {
            setMode(next);
            onChange?.(undefined);
          }}
        />
      )}
      {mode === 'file' && caseId !== undefined ? (
        <Space wrap>
          <Upload
            accept={ACCEPT}
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutate(file, {
                onSuccess: (evidence) => onChange?.({ evidenceId: evidence.id, fileName: evidence.fileName }),
              });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {value?.evidenceId ? t('cases.evidence.replace') : t('cases.evidence.choose')}
            </Button>
          </Upload>
          {value?.evidenceId !== undefined && (
            <Typography.Text type="success" className="zf-evidence-name">
              <CheckCircleOutlined /> {value.fileName}
            </Typography.Text>
          )}
          {upload.isError && <Typography.Text type="danger">{errorText(upload.error)}</Typography.Text>}
        </Space>
      ) : (
        <Space wrap className="zf-evidence-document">
          <Input
            aria-label={t('cases.evidence.documentNo')}
            placeholder={t('cases.evidence.documentNo')}
            maxLength={100}
            value={value?.documentNo ?? ''}
            onChange={(e) => change({ documentNo: e.target.value, evidenceId: undefined })}
          />
          <DateField value={value?.documentDate ?? null} onChange={(day) => change({ documentDate: day })} />
        </Space>
      )}
    </div>
  );
}
