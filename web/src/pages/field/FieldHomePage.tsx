import { EnvironmentOutlined, FormOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/errors.tsx';
import { chinaDay, formatTime } from '../../components/format.ts';
import { useT } from '../../i18n/useT.ts';
import type { MyHousehold } from '../../offline/contract.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useMyHouseholds } from './api.ts';
import { OutboxPanel } from './OutboxPanel.tsx';
import './field.css';

/**
 * 我的帮扶户: a paired cadre's households as cards in the order the server puts them (what is due first), each
 * with its last visit, next visit due and open or overdue problems, and the visit form one tap away.
 */
export function FieldHomePage() {
  const t = useT();
  const scope = useRegionScope();
  const my = useMyHouseholds();
  const href = (page: string) => regionHref(scope.code ?? '', page, undefined);
  return (
    <div className="zf-field">
      <div className="zf-field-head">
        <Typography.Title level={4} className="zf-page-title">
          {t('field.title')}
        </Typography.Title>
        <Link to={href('field/checkin')}>
          <Button icon={<EnvironmentOutlined />}>{t('field.checkin')}</Button>
        </Link>
      </div>
      <OutboxPanel />
      {my.isPending && <Skeleton active />}
      {my.isError && <ErrorAlert error={my.error} onRetry={() => void my.refetch()} />}
      {my.data && (
        <>
          {my.data.savedAt && (
            <Alert
              type="warning"
              showIcon
              title={t('field.offlineCopy', { time: formatTime(my.data.savedAt) })}
            />
          )}
          <Typography.Text type="secondary">
            {t('field.cadre', { name: my.data.data.cadre.name })}
          </Typography.Text>
          {my.data.data.items.length === 0 ? (
            <Empty description={t('field.empty')} />
          ) : (
            <div className="zf-field-cards">
              {my.data.data.items.map((item) => (
                <HouseholdCard
                  key={item.householdId}
                  item={item}
                  visitHref={href(`field/visit/${item.householdId}`)}
                />
              ))}
            </div>
          )}
        </>
      )}
    </div>
  );
}

function HouseholdCard({ item, visitHref }: { item: MyHousehold; visitHref: string }) {
  const t = useT();
  const overdue = item.nextVisitDue !== null && item.nextVisitDue < chinaDay();
  return (
    <Card size="small" className="zf-field-card" data-testid="field-household">
      <div className="zf-card-head">
        <Typography.Text strong className="zf-card-name">
          {item.headName}
        </Typography.Text>
        <Typography.Text type="secondary" className="zf-mono">
          {item.householdNo}
        </Typography.Text>
      </div>
      <div className="zf-card-line">{item.villageName}</div>
      <div className="zf-card-line">
        <span className="zf-muted">{t('field.lastVisit')}</span>
        <span>{item.lastVisitAt ? formatTime(item.lastVisitAt) : t('field.never')}</span>
      </div>
      {item.nextVisitDue && (
        <div className="zf-card-line">
          <span className="zf-muted">{t('field.nextDue')}</span>
          {overdue ? (
            <Typography.Text type="danger">
              {t('field.dueOverdue', { date: item.nextVisitDue })}
            </Typography.Text>
          ) : (
            <span>{item.nextVisitDue}</span>
          )}
        </div>
      )}
      <div className="zf-card-line zf-field-tags">
        {item.openProblems > 0 && (
          <Tag color="orange">{t('field.openProblems', { count: item.openProblems })}</Tag>
        )}
        {item.overdueProblems > 0 && (
          <Tag color="red">{t('field.overdueProblems', { count: item.overdueProblems })}</Tag>
        )}
        {item.nextProblemDue && (
          <span className="zf-muted">{t('field.problemDue', { date: item.nextProblemDue })}</span>
        )}
        <span className="zf-header-spacer" />
        <Link to={visitHref}>
          <Button type="primary" icon={<FormOutlined />}>
            {t('field.visit')}
          </Button>
        </Link>
      </div>
    </Card>
  );
}
