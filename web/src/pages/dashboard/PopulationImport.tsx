import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useImportPopulation, type PopulationImport as Summary } from '../../api/measures.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/useT.ts';
import { pickBilingual } from '../import/job.ts';
import { SpreadsheetPicker } from '../../components/SpreadsheetPicker.tsx';
import { confirmBelow } from './confirm-below.tsx';
import { BELOW_REGISTERED } from './population-model.ts';

type BadRow = Summary['errors'][number];

/**
 * A CSV or XLSX of rural population figures (行政区划代码, 年度, 农村人口, optional 备注): the good rows are
 * written together, the bad ones are listed with their row, column and reason, and nothing of them is written.
 * Rows below their region's registered persons are asked about: confirmed, the file is sent again with
 * `confirm`, which writes them (the rest of the file is unchanged by then, so nothing is written twice).
 */
export function PopulationImport() {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const client = useQueryClient();
  const [file, setFile] = useState<File | undefined>();
  const upload = useImportPopulation();
  const side = lang === 'zh-CN' ? 'zh' : 'en';

  const start = (confirm = false) => {
    if (!file) return;
    upload.mutate(
      { file, confirm },
      {
        onSuccess: (result) => {
          void client.invalidateQueries({ queryKey: ['incidence'] });
          void client.invalidateQueries({ queryKey: ['population'] });
          const below = result.errors.filter((e) => e.code === BELOW_REGISTERED);
          if (confirm || below.length === 0) return;
          const lines = below.map((e) => ({
            where: t('population.rowOf', { row: e.row }),
            text: pickBilingual(e.message, side),
          }));
          confirmBelow(modal, t, lines, () => start(true));
        },
      },
    );
  };
  const summary = upload.data;

  return (
    <Card size="small" title={t('population.import')} className="zf-population-import">
      <Typography.Paragraph type="secondary">{t('population.importHelp')}</Typography.Paragraph>
      <Space wrap>
        <SpreadsheetPicker file={file} onChange={setFile} />
        <Button
          type="primary"
          disabled={!file}
          loading={upload.isPending}
          onClick={() => start()}
          className="zf-population-start"
        >
          {t('population.importStart')}
        </Button>
      </Space>
      {upload.isError && <ErrorAlert error={upload.error} />}
      {summary && (
        <div className="zf-stack zf-population-summary">
          <Descriptions
            size="small"
            bordered
            column={{ xs: 2, sm: 3, md: 5 }}
            items={[
              { key: 'c', label: t('import.imported'), children: summary.created },
              { key: 'u', label: t('import.updated'), children: summary.updated },
              { key: 'n', label: t('import.unchanged'), children: summary.unchanged },
              { key: 'd', label: t('population.removed'), children: summary.removed },
              { key: 'r', label: t('import.rejected'), children: summary.rejected },
            ]}
          />
          {summary.errors.length === 0 ? (
            <Alert type="success" showIcon title={t('import.noErrors')} />
          ) : (
            <Table<BadRow>
              className="zf-population-errors"
              size="small"
              rowKey={(r) => `${r.row}-${r.column}-${r.code}`}
              dataSource={summary.errors}
              pagination={
                summary.errors.length > 20 && {
                  pageSize: 20,
                  size: 'small',
                  showSizeChanger: false,
                  showQuickJumper: true,
                  showTotal: (count) => t('count.entries', { count: formatNumber(count, lang) }),
                }
              }
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('import.col.row'), dataIndex: 'row' },
                { title: t('import.col.column'), dataIndex: 'column' },
                {
                  title: t('import.col.message'),
                  dataIndex: 'message',
                  render: (message: string) => pickBilingual(message, side),
                },
              ]}
            />
          )}
        </div>
      )}
    </Card>
  );
}
