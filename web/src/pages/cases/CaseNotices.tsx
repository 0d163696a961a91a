import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Empty, List, Space, Tag, Typography } from 'antd';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { useT } from '../../i18n/useT.ts';
import { caseUrls, type CaseView } from './api.ts';
import { useCaseWords } from './labels.ts';

/**
 * The notices the case posted: level, serial, period and whether it ended; the printable page opens in a new
 * tab (the browser prints it), the PDF downloads like every file of the API.
 */
export function CaseNotices({ view }: { view: CaseView }) {
  const t = useT();
  const words = useCaseWords();
  if (view.notices.length === 0) return <Empty description={t('cases.notices.none')} />;
  return (
    <List
      className="zf-case-notices"
      dataSource={view.notices}
      renderItem={(notice) => (
        <List.Item
          actions={[
            <Button
              key="print"
              size="small"
              icon={<PrinterOutlined />}
              href={caseUrls.noticeHtml(notice.serial)}
              target="_blank"
              rel="noopener"
            >
              {t('cases.notices.print')}
            </Button>,
            <DownloadButton
              key="pdf"
              size="small"
              icon={<FilePdfOutlined />}
              href={caseUrls.noticePdf(notice.serial)}
            >
              PDF
            </DownloadButton>,
          ]}
        >
          <List.Item.Meta
            title={
              <Space wrap size={4}>
                <Tag>{words.level(notice.level)}</Tag>
                <Typography.Text>{notice.title}</Typography.Text>
              </Space>
            }
            description={
              <>
                {t('cases.notices.serial', { serial: notice.serial })} ·{' '}
                {t('cases.notices.period', {
                  from: notice.postedOn,
                  to: notice.endsOn,
                  days: notice.periodDays,
                })}
                {notice.endedOn && ` · ${t('cases.notices.ended', { date: notice.endedOn })}`}
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
