import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { SpreadsheetPicker } from '../../components/SpreadsheetPicker.tsx';
import { useI18n } from '../../i18n/useT.ts';
import { useOrgImport, type ImportIssue } from './api.ts';
import type { TabProps } from './types.ts';

/**
 * The organisation as a workbook (sheets 单位 / 党支部 / 工作队 / 干部 / 结对): the export of the region, and an
 * import that writes the good records and lists every refused row with the server's reason.
 */
export function TransferTab({ region, writable }: TabProps) {
  const { t, pick } = useI18n();
  const [file, setFile] = useState<File | undefined>();
  const upload = useOrgImport();
  const issues = upload.data?.errors ?? [];
  // A row refused for two columns is listed twice but is one refused row.
  const refusedRows = new Set(issues.map((i) => `${i.sheet}:${i.row}`)).size;
  return (
    <div className="zf-stack">
      <Card size="small" title={t('org.export.title')}>
        <Typography.Paragraph type="secondary">{t('org.export.help')}</Typography.Paragraph>
        <DownloadButton
          icon={<DownloadOutlined />}
          href={`/api/v1/organisation/export.xlsx?region=${region}`}
        >
          {t('org.export.download')}
        </DownloadButton>
      </Card>
      {writable && (
        <Card size="small" title={t('org.import.title')}>
          <Typography.Paragraph type="secondary">{t('org.import.help')}</Typography.Paragraph>
          <Space wrap>
            <SpreadsheetPicker file={file} onChange={setFile} />
            <Button
              type="primary"
              disabled={!file}
              loading={upload.isPending}
              onClick={() => file && upload.mutate(file)}
            >
              {t('org.import.start')}
            </Button>
          </Space>
          {upload.isError && <ErrorAlert error={upload.error} />}
          {upload.data && (
            <Alert
              className="zf-org-import-result"
              type={issues.length > 0 ? 'warning' : 'success'}
              showIcon
              title={t('org.import.done', {
                created: upload.data.created,
                updated: upload.data.updated,
                refused: refusedRows,
              })}
            />
          )}
          {issues.length > 0 && (
            <Table<ImportIssue>
              rowKey={(i) => `${i.sheet}:${i.row}:${i.field ?? ''}:${i.message.en}`}
              size="small"
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              dataSource={issues}
              scroll={{ x: 560 }}
              columns={[
                { title: t('org.import.sheet'), dataIndex: 'sheet', width: 90 },
                { title: t('org.import.row'), dataIndex: 'row', width: 70, align: 'right' },
                { title: t('org.import.field'), dataIndex: 'field', width: 110 },
                { title: t('org.import.reason'), dataIndex: 'message', render: pick },
              ]}
            />
          )}
        </Card>
      )}
    </div>
  );
}
