import { Card, Descriptions, Steps, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useT } from '../../i18n/useT.ts';
import { shortRegionName } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import type { CaseSummary, CaseTypeDef, CaseView } from './api.ts';
import { stageProgress } from './inbox.ts';
import { useCaseWords } from './labels.ts';

/** Overdue, escalated, notice over, closed: what a case needs attention for, as tags (lists and the case page). */
export function CaseTags({ item }: { item: CaseSummary }) {
  const t = useT();
  const words = useCaseWords();
  return (
    <span className="zf-case-tags">
      {item.outcome && (
        <Tag color={item.outcome === 'completed' ? 'green' : 'default'}>{words.outcome(item.outcome)}</Tag>
      )}
      {item.overdue && <Tag color="red">{t('cases.overdue')}</Tag>}
      {item.escalatedTo && <Tag color="volcano">{t('cases.escalated')}</Tag>}
      {item.noticeReady && !item.outcome && <Tag color="gold">{t('cases.noticeReady')}</Tag>}
    </span>
  );
}

/** The case at a glance: type, household, village, year, stage among its type's stages, outcome. */
export function CaseHeader({ view, def }: { view: CaseView; def: CaseTypeDef | undefined }) {
  const t = useT();
  const words = useCaseWords();
  const phone = useIsPhone();
  const scope = useRegionScope();
  const progress = def ? stageProgress(def.stages, view.stage, view.outcome) : undefined;
  return (
    <Card size="small" className="zf-case-head">
      <div className="zf-household-title">
        <div>
          <Typography.Title level={3} className="zf-page-title">
            {words.type(view.type)}
            {view.headName ? ` · ${view.headName}` : ''}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('cases.no', { id: view.id })} · {words.stage(view.stage)}
          </Typography.Text>
        </div>
        <CaseTags item={view} />
      </div>
      <Descriptions size="small" column={phone ? 1 : 3} className="zf-case-facts">
        {view.householdId !== null && (
          <Descriptions.Item label={t('cases.col.household')}>
            <Link to={regionHref(scope.code ?? '', `households/${view.householdId}`, scope.year)}>
              {view.householdNo ?? view.householdId}
            </Link>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('cases.col.region')}>
          {view.regionName ? shortRegionName(view.regionName) : view.regionCode}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.col.year')}>{view.year}</Descriptions.Item>
        <Descriptions.Item label={t('cases.col.opened')}>{view.openedOn}</Descriptions.Item>
        <Descriptions.Item label={t('cases.col.since')}>{view.stageSince}</Descriptions.Item>
        {view.closedOn && (
          <Descriptions.Item label={t('cases.col.closed')}>{view.closedOn}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('cases.col.reason')} span={phone ? 1 : 3}>
          {view.reason}
        </Descriptions.Item>
      </Descriptions>
      {def && progress && (
        <Steps
          size="small"
          className="zf-case-steps"
          orientation={phone ? 'vertical' : 'horizontal'}
          current={progress.current}
          status={progress.status}
          items={def.stages.map((s) => ({ title: words.stage(s) }))}
        />
      )}
    </Card>
  );
}
