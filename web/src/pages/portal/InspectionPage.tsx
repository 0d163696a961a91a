import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Spin, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import type { Ok } from '../../api/types.ts';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../../components/errors.tsx';
import { formatTime } from '../../components/format.ts';
import { useI18n } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';

type Inspection = Ok<paths['/api/v1/portal/inspection']['get']>;
type Finding = Inspection['findings'][number];

const SEVERITY_COLOUR: Record<Finding['severity'], string> = { error: 'red', warning: 'orange' };

/**
 * The self-inspection of one site (网站自查, `portal/sites/:siteId/inspection`): what the server's checks
 * find, worst first, each with a link to the console page where it is fixed. Computed when the page opens
 * and again on demand; nothing is stored.
 */
export function InspectionPage() {
  const { region, siteId } = useParams();
  const { t, pick } = useI18n();
  const id = Number(siteId);
  const valid = Number.isSafeInteger(id) && id > 0;
  const inspection = useQuery({
    queryKey: ['portal', 'inspection', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/portal/inspection', { params: { query: { siteId: id } }, signal })),
    enabled: valid,
  });

  const body = () => {
    if (!valid) return <Alert type="error" showIcon title={t('inspection.badSite')} />;
    if (inspection.isPending) return <Spin className="zf-block-spin" />;
    if (inspection.isError)
      return <ErrorAlert error={inspection.error} onRetry={() => void inspection.refetch()} />;
    const { findings } = inspection.data;
    const errors = findings.filter((f) => f.severity === 'error').length;
    return (
      <Card
        size="small"
        title={t('inspection.site', { name: inspection.data.siteName })}
        extra={
          <Typography.Text type="secondary">
            {t('inspection.checkedAt', { time: formatTime(inspection.data.checkedAt) })}
          </Typography.Text>
        }
      >
        {findings.length === 0 ? (
          <Empty description={t('inspection.cleanHint')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <>
            <Typography.Paragraph className="zf-inspection-summary">
              {t(findings.length === 1 ? 'inspection.summaryOne' : 'inspection.summary', {
                count: findings.length,
                errors,
              })}
            </Typography.Paragraph>
            <Table<Finding>
              rowKey={(f) => `${f.kind}:${f.link}:${f.message.en}`}
              dataSource={findings}
              pagination={findings.length > 50 ? { pageSize: 50 } : false}
              size="small"
              columns={[
                {
                  title: t('inspection.col.severity'),
                  dataIndex: 'severity',
                  width: 90,
                  render: (s: Finding['severity']) => (
                    <Tag color={SEVERITY_COLOUR[s]}>{t(`inspection.severity.${s}` as MessageKey)}</Tag>
                  ),
                },
                {
                  title: t('inspection.col.kind'),
                  dataIndex: 'kind',
                  width: 130,
                  render: (k: Finding['kind']) => t(`inspection.kind.${k}` as MessageKey),
                },
                { title: t('inspection.col.message'), render: (_, f) => pick(f.message) },
                {
                  title: t('inspection.col.fix'),
                  width: 100,
                  render: (_, f) => <Link to={`/r/${region ?? ''}/${f.link}`}>{t('inspection.fix')}</Link>,
                },
              ]}
            />
          </>
        )}
      </Card>
    );
  };

  return (
    <div className="zf-page zf-inspection">
      <div className="zf-page-head">
        <Typography.Title level={3} className="zf-page-title">
          {t('inspection.title')}
        </Typography.Title>
        <Button
          icon={<ReloadOutlined />}
          className="zf-page-actions"
          disabled={!valid}
          loading={inspection.isFetching}
          onClick={() => void inspection.refetch()}
        >
          {t('inspection.recheck')}
        </Button>
      </div>
      <Typography.Paragraph type="secondary">{t('inspection.help')}</Typography.Paragraph>
      {body()}
    </div>
  );
}
