import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  InputNumber,
  Progress,
  Result,
  Space,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCapabilities } from '../../auth/capabilities.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { useI18n, useT } from '../../i18n/useT.ts';
import { useRegionScope } from '../../region/scope.ts';
import { SpreadsheetPicker } from '../../components/SpreadsheetPicker.tsx';
import {
  importUrls,
  isNewYear,
  percentOf,
  pickBilingual,
  readSummary,
  useJob,
  useUpload,
  type ImportErrorRow,
  type ImportSummary,
} from './job.ts';

/** The summary keeps at most this many bad rows on screen; the report has all of them. */
const SHOWN_ERRORS = 100;

/** The import, for a role that may write the registry; others (an inspector) are told, not shown a form. */
export function ImportPage() {
  const t = useT();
  const capabilities = useCapabilities();
  if (!capabilities.canImport) return <Result status="403" subTitle={t('import.forbidden')} />;
  return <ImportForm />;
}

/**
 * Upload a CSV/XLSX of households for a year, follow the import job (its id in the URL, so a reload comes
 * back to it), then its summary, the first bad rows and the bad-row report to download.
 */
function ImportForm() {
  const { t, pick } = useI18n();
  const { modal } = App.useApp();
  const scope = useRegionScope();
  const [search, setSearch] = useSearchParams();
  const [file, setFile] = useState<File | undefined>();
  const [year, setYear] = useState<number>(scope.viewYear ?? new Date().getFullYear());
  const upload = useUpload();
  const jobParam = Number(search.get('job'));
  const jobId = Number.isInteger(jobParam) && jobParam > 0 ? jobParam : undefined;
  const job = useJob(jobId);

  const send = (confirmNewYear: boolean) => {
    if (!file) return;
    upload.mutate(
      { file, year, confirmNewYear },
      {
        onSuccess: ({ jobId: id }) => {
          const next = new URLSearchParams(search);
          next.set('job', String(id));
          setSearch(next);
        },
        // A year new to the user's regions: nothing was read or queued; ask, and send again if confirmed.
        onError: (error) => {
          if (!isNewYear(error)) return;
          modal.confirm({
            title: t('import.newYear.title', { year }),
            content: error.serverMessage ? pick(error.serverMessage) : null,
            okText: t('import.newYear.ok', { year }),
            cancelText: t('import.newYear.cancel'),
            onOk: () => send(true),
            onCancel: () => upload.reset(),
          });
        },
      },
    );
  };
  const start = () => send(false);

  const running = jobId !== undefined && job.data?.status !== 'done' && job.data?.status !== 'failed';
  const summary = job.data?.status === 'done' ? readSummary(job.data.result) : undefined;

  return (
    <div className="zf-page zf-import">
      <div className="zf-page-head">
        <Typography.Title level={3} className="zf-page-title">
          {t('import.title')}
        </Typography.Title>
        <DownloadButton type="link" icon={<FileExcelOutlined />} href={importUrls.template}>
          {t('import.template')}
        </DownloadButton>
      </div>
      <Card size="small" className="zf-import-form">
        <Typography.Paragraph type="secondary">{t('import.help')}</Typography.Paragraph>
        <Space wrap align="center" size="middle">
          <SpreadsheetPicker file={file} onChange={setFile} />
          <Space>
            <label htmlFor="zf-import-year">{t('import.year')}</label>
            <InputNumber
              id="zf-import-year"
              min={2013}
              max={2100}
              precision={0}
              value={year}
              onChange={(value) => value !== null && setYear(value)}
            />
          </Space>
          <Button
            type="primary"
            disabled={!file || running}
            loading={upload.isPending}
            onClick={start}
            className="zf-import-start"
          >
            {t('import.start')}
          </Button>
        </Space>
        {upload.isError && !isNewYear(upload.error) && (
          <div className="zf-import-alert">
            <ErrorAlert error={upload.error} />
          </div>
        )}
      </Card>

      {jobId !== undefined && (
        <Card size="small" title={t('import.job', { id: jobId })} className="zf-import-job">
          {job.isError && !job.data ? (
            <ErrorAlert error={job.error} onRetry={() => void job.refetch()} />
          ) : (
            <>
              {job.data && (
                <Progress
                  className="zf-import-progress"
                  percent={percentOf(job.data)}
                  status={job.data.status === 'failed' ? 'exception' : running ? 'active' : 'success'}
                />
              )}
              <Typography.Text type="secondary">
                {job.data?.status === 'failed'
                  ? t('import.status.failed')
                  : job.data?.status === 'done'
                    ? t('import.status.done')
                    : job.data && job.data.progress.total > 0
                      ? t('import.status.progress', {
                          done: job.data.progress.done,
                          total: job.data.progress.total,
                        })
                      : t('import.status.reading')}
              </Typography.Text>
              {job.isError && <ErrorAlert error={job.error} />}
              {job.data?.status === 'failed' && (
                <Alert
                  className="zf-import-alert"
                  type="error"
                  showIcon
                  title={job.data.error ? pick(job.data.error.message) : t('import.status.failed')}
                  description={t('import.nothingImported')}
                />
              )}
              {summary && jobId !== undefined && <SummaryView jobId={jobId} summary={summary} />}
            </>
          )}
        </Card>
      )}
    </div>
  );
}

function SummaryView({ jobId, summary }: { jobId: number; summary: ImportSummary }) {
  const { t, lang } = useI18n();
  const phone = useIsPhone();
  const shown = summary.errors.slice(0, SHOWN_ERRORS);
  const side = lang === 'zh-CN' ? 'zh' : 'en';
  const rejected = summary.households.rejected + summary.members.rejected;
  return (
    <div className="zf-import-summary">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 2, sm: 2, md: 4 }}
        title={t('import.households')}
        items={[
          { key: 'hi', label: t('import.imported'), children: summary.households.imported },
          { key: 'hu', label: t('import.updated'), children: summary.households.updated },
          { key: 'hn', label: t('import.unchanged'), children: summary.households.unchanged },
          { key: 'hr', label: t('import.rejected'), children: summary.households.rejected },
        ]}
      />
      <Descriptions
        size="small"
        bordered
        column={{ xs: 2, sm: 2, md: 4 }}
        title={t('import.members')}
        items={[
          { key: 'mi', label: t('import.imported'), children: summary.members.imported },
          { key: 'mu', label: t('import.updated'), children: summary.members.updated },
          { key: 'mr', label: t('import.rejected'), children: summary.members.rejected },
        ]}
      />
      {summary.errors.length === 0 && rejected === 0 ? (
        <Alert type="success" showIcon title={t('import.noErrors')} />
      ) : (
        <>
          <div className="zf-import-report">
            <Typography.Title level={5}>
              {t('import.errors', { count: summary.errors.length })}
            </Typography.Title>
            <Space wrap>
              <DownloadButton icon={<DownloadOutlined />} href={importUrls.errors(jobId, 'csv')}>
                {t('import.reportCsv')}
              </DownloadButton>
              <DownloadButton icon={<DownloadOutlined />} href={importUrls.errors(jobId, 'xlsx')}>
                {t('import.reportXlsx')}
              </DownloadButton>
            </Space>
          </div>
          {phone ? (
            <ul className="zf-import-entries">
              {shown.map((r) => (
                <li key={`${r.row}-${r.column}-${r.code}`} className="zf-import-entry">
                  <Typography.Text strong>
                    {t('import.rowOf', { row: r.row })} · {r.column} · {r.household_no}
                  </Typography.Text>
                  <div>{pickBilingual(r.message, side)}</div>
                  <Typography.Text type="secondary">{r.code}</Typography.Text>
                </li>
              ))}
            </ul>
          ) : (
            <Table<ImportErrorRow>
              className="zf-import-errors"
              size="small"
              rowKey={(r) => `${r.row}-${r.column}-${r.code}`}
              dataSource={shown}
              pagination={false}
              scroll={{ x: 640 }}
              columns={[
                { title: t('import.col.row'), dataIndex: 'row', width: 64 },
                { title: t('import.col.column'), dataIndex: 'column', width: 120 },
                { title: t('import.col.householdNo'), dataIndex: 'household_no', width: 120 },
                { title: t('import.col.code'), dataIndex: 'code', width: 180 },
                {
                  title: t('import.col.message'),
                  dataIndex: 'message',
                  render: (message: string) => pickBilingual(message, side),
                },
              ]}
            />
          )}
        </>
      )}
    </div>
  );
}
