import { Alert, Card, Descriptions, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { formatTime } from '../../components/format.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { COUNTRY } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useComplaint } from './api.ts';
import './complaints.css';
import { ComplaintActions } from './ComplaintActions.tsx';
import { ComplaintFlags } from './ComplaintFlags.tsx';

/**
 * One complaint: what was sent (the contact masked for a role without personal data), its attachments, the
 * reply and the published text, the trail of every step, and the handler's actions.
 */
export function ComplaintPage() {
  const t = useT();
  const { id } = useParams();
  const scope = useRegionScope();
  const region = scope.code ?? COUNTRY;
  const complaint = useComplaint(Number(id));
  const back = <Link to={regionHref(region, 'complaints', scope.year)}>{t('complaints.back')}</Link>;

  if (complaint.isPending) return <Spin className="zf-block-spin" />;
  if (complaint.isError)
    return (
      <div className="zf-page">
        {back}
        <ErrorAlert error={complaint.error} onRetry={() => void complaint.refetch()} />
      </div>
    );
  const c = complaint.data;
  return (
    <div className="zf-page">
      {back}
      <div className="zf-page-head">
        <Typography.Title level={3} className="zf-page-title">
          {c.title}
        </Typography.Title>
        <Space wrap>
          <Tag>{t(`complaints.state.${c.state}` as MessageKey)}</Tag>
          <ComplaintFlags complaint={c} />
        </Space>
      </div>
      <ComplaintActions complaint={c} />
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered className="zf-complaint-section">
        <Descriptions.Item label={t('complaints.col.trackingNo')}>{c.trackingNo}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.col.region')}>{c.regionName}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.col.handler')}>{c.handlerRegionName}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.col.received')}>{c.receivedOn}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.col.due')}>{c.dueOn}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.contact')}>
          {c.anonymous ? t('complaints.anonymous') : (c.contact ?? t('complaints.noContact'))}
        </Descriptions.Item>
        <Descriptions.Item label={t('complaints.consent')}>
          {c.consentPublish ? t('complaints.consent') : t('complaints.noConsent')}
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t('complaints.content')} className="zf-complaint-section">
        <Typography.Paragraph className="zf-complaint-text">{c.content}</Typography.Paragraph>
        {c.attachments.length > 0 && (
          <Space wrap>
            {t('complaints.attachments')}
            {c.attachments.map((a) => (
              <DownloadButton key={a.id} size="small" href={`/api/v1/complaints/${c.id}/attachments/${a.id}`}>
                {a.fileName}
              </DownloadButton>
            ))}
          </Space>
        )}
      </Card>
      {c.reply && (
        <Card
          size="small"
          title={`${t('complaints.reply')}（${c.repliedOn ?? ''}）`}
          className="zf-complaint-section"
        >
          <Typography.Paragraph className="zf-complaint-text">{c.reply}</Typography.Paragraph>
        </Card>
      )}
      {c.publicReply && (
        <Alert
          type="success"
          title={t('complaints.publicReply')}
          description={c.publicReply}
          className="zf-complaint-section"
        />
      )}
      <Card size="small" title={t('complaints.timeline')} className="zf-complaint-section">
        <Timeline
          items={c.events.map((e) => ({
            key: `${e.at}-${e.action}`,
            content: (
              <>
                <strong>{t(`complaints.event.${e.action}` as MessageKey)}</strong> {e.date} · {e.actor}
                {e.toRegion &&
                  e.fromRegion &&
                  e.toRegion !== e.fromRegion &&
                  ` · ${e.fromRegion} → ${e.toRegion}`}
                {e.note && <div className="zf-complaint-text zf-muted">{e.note}</div>}
                <div className="zf-muted">{formatTime(e.at)}</div>
              </>
            ),
          }))}
        />
      </Card>
    </div>
  );
}
