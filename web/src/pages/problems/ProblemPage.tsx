import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Result, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/errors.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useT } from '../../i18n/useT.ts';
import { shortRegionName } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useProblem, type ProblemActionName } from './api.ts';
import { useProblemWords } from './labels.ts';
import { ProblemActionModal } from './ProblemActionModal.tsx';
import { ProblemTags } from './ProblemTags.tsx';
import { ProblemTimeline } from './ProblemTimeline.tsx';
import './problems.css';

/**
 * One problem: its household (a link), category, source, owner, due date, state and where it is handled; the
 * actions this user may take now (the server's `actions`), and the timeline of what was done.
 */
export function ProblemPage() {
  const t = useT();
  const words = useProblemWords();
  const phone = useIsPhone();
  const params = useParams();
  const scope = useRegionScope();
  const id = Number(params.id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const view = useProblem(valid ? id : 0);
  const [action, setAction] = useState<ProblemActionName | null>(null);
  const back = regionHref(scope.code ?? '', 'problems', scope.year);

  if (!valid) return <Result status="404" subTitle={t('problems.notFound')} />;
  if (view.isPending) return <Spin className="zf-block-spin" />;
  if (view.isError) {
    const missing = view.error instanceof ApiError && view.error.status === 404;
    return missing ? (
      <Result
        status="404"
        subTitle={t('problems.notFound')}
        extra={<Link to={back}>{t('problems.back')}</Link>}
      />
    ) : (
      <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />
    );
  }
  const p = view.data;
  return (
    <div className="zf-page zf-problem-page">
      <Link to={back} className="zf-back">
        <ArrowLeftOutlined /> {t('problems.back')}
      </Link>
      <Card size="small" className="zf-problem-head">
        <div className="zf-household-title">
          <div>
            <Typography.Title level={3} className="zf-page-title">
              {words.category(p.category)}
              {p.headName ? ` · ${p.headName}` : ''}
            </Typography.Title>
            <Typography.Text type="secondary">{t('problems.no', { id: p.id })}</Typography.Text>
          </div>
          <ProblemTags item={p} />
        </div>
        <Typography.Paragraph className="zf-problem-description">{p.description}</Typography.Paragraph>
        <Descriptions size="small" column={phone ? 1 : 3}>
          <Descriptions.Item label={t('problems.col.household')}>
            {p.householdId !== null ? (
              <Link to={regionHref(scope.code ?? '', `households/${p.householdId}`, scope.year)}>
                {p.householdNo ?? p.householdId}
              </Link>
            ) : (
              t('problems.village')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('problems.col.region')}>
            {p.regionName ? shortRegionName(p.regionName) : p.regionCode}
          </Descriptions.Item>
          <Descriptions.Item label={t('problems.col.source')}>{words.source(p.source)}</Descriptions.Item>
          <Descriptions.Item label={t('problems.col.owner')}>{p.owner?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('problems.col.opened')}>{p.openedOn}</Descriptions.Item>
          <Descriptions.Item label={t('problems.col.due')}>{p.due}</Descriptions.Item>
          <Descriptions.Item label={t('problems.col.handler')}>
            {words.level(p.handlerLevel)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('problems.actions')}>
        {p.actions.length === 0 ? (
          <Typography.Text type="secondary">{t('problems.noActions')}</Typography.Text>
        ) : (
          <Space wrap className="zf-problem-actions">
            {/* The next step in the order (start before solve) is the one that stands out. */}
            {p.actions.map((a, i) => (
              <Button
                key={a}
                type={i === 0 && a !== 'reopen' ? 'primary' : 'default'}
                danger={a === 'reopen'}
                onClick={() => setAction(a)}
              >
                {words.action(a)}
              </Button>
            ))}
          </Space>
        )}
      </Card>
      <Card size="small" title={t('problems.timeline')}>
        <ProblemTimeline view={p} />
      </Card>
      {action && (
        <ProblemActionModal
          view={p}
          action={action}
          onClose={() => setAction(null)}
          onStale={() => void view.refetch()}
        />
      )}
    </div>
  );
}
