import { ArrowLeftOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List, Result, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/errors.ts';
import { useCapabilities, writesIn } from '../../auth/capabilities.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useT } from '../../i18n/useT.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { ActionModal } from './ActionModal.tsx';
import { caseUrls, useCase, useCaseTypes, type AvailableAction, type CaseView } from './api.ts';
import { CaseHeader } from './CaseHeader.tsx';
import { CaseNotices } from './CaseNotices.tsx';
import { CaseObjections } from './CaseObjections.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { useCaseWords } from './labels.ts';
import './cases.css';

/** The steps this user may take now (the server's `actions`): one button each, closing steps set apart. */
function ActionBar({ view, onPick }: { view: CaseView; onPick: (a: AvailableAction) => void }) {
  const t = useT();
  const words = useCaseWords();
  if (view.actions.length === 0) {
    return (
      <Typography.Text type="secondary" className="zf-case-noactions">
        {view.outcome ? t('cases.closed') : t('cases.noActions')}
      </Typography.Text>
    );
  }
  return (
    <Space wrap className="zf-case-actions">
      {view.actions.map((a) => (
        <Button
          key={a.action}
          type={a.needsReason ? 'default' : 'primary'}
          danger={a.needsReason}
          onClick={() => onPick(a)}
        >
          {words.action(a.action)}
        </Button>
      ))}
    </Space>
  );
}

function EvidenceList({ view }: { view: CaseView }) {
  const t = useT();
  if (view.evidence.length === 0) return <Empty description={t('cases.evidence.none')} />;
  return (
    <List
      dataSource={view.evidence}
      renderItem={(e) => (
        <List.Item>
          <DownloadButton type="link" icon={<PaperClipOutlined />} href={caseUrls.evidence(view.id, e.id)}>
            {e.fileName}
          </DownloadButton>
          <span className="zf-muted">{Math.ceil(e.size / 1024)} KB</span>
        </List.Item>
      )}
    />
  );
}

/**
 * One case: where it stands among its type's stages, the steps the user may take now (each a form with what
 * its requirements ask for), the timeline of steps taken, the notices (print, PDF), objections and evidence.
 */
export function CasePage() {
  const t = useT();
  const params = useParams();
  const scope = useRegionScope();
  const id = Number(params.id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const view = useCase(valid ? id : 0);
  const types = useCaseTypes();
  const capabilities = useCapabilities();
  const [step, setStep] = useState<AvailableAction | null>(null);
  const inbox = regionHref(scope.code ?? '', 'cases', scope.year);

  if (!valid) return <Result status="404" subTitle={t('cases.notFound')} />;
  if (view.isPending) return <Spin className="zf-block-spin" />;
  if (view.isError) {
    const missing = view.error instanceof ApiError && view.error.status === 404;
    return missing ? (
      <Result status="404" subTitle={t('cases.notFound')} extra={<Link to={inbox}>{t('cases.back')}</Link>} />
    ) : (
      <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />
    );
  }
  const data = view.data;
  const def = types.data?.find((d) => d.type === data.type);
  const openObjections = data.objections.filter((o) => o.outcome === null).length;

  return (
    <div className="zf-page zf-case-page">
      <Link to={inbox} className="zf-back">
        <ArrowLeftOutlined /> {t('cases.back')}
      </Link>
      <CaseHeader view={data} def={def} />
      <Card size="small" title={t('cases.actions')} className="zf-case-actions-card">
        <ActionBar view={data} onPick={setStep} />
      </Card>
      <Tabs
        className="zf-case-tabs"
        items={[
          { key: 'timeline', label: t('cases.tab.timeline'), children: <CaseTimeline view={data} /> },
          {
            key: 'notices',
            label: `${t('cases.tab.notices')} (${data.notices.length})`,
            children: <CaseNotices view={data} />,
          },
          {
            key: 'objections',
            label: openObjections
              ? t('cases.tab.objectionsOpen', { count: data.objections.length, open: openObjections })
              : `${t('cases.tab.objections')} (${data.objections.length})`,
            children: <CaseObjections view={data} writable={writesIn(capabilities, data.regionCode)} />,
          },
          {
            key: 'evidence',
            label: `${t('cases.tab.evidence')} (${data.evidence.length})`,
            children: <EvidenceList view={data} />,
          },
        ]}
      />
      {step && (
        <ActionModal
          view={data}
          step={step}
          onClose={() => setStep(null)}
          onStale={() => void view.refetch()}
        />
      )}
    </div>
  );
}
