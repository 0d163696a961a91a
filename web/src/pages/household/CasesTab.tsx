import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Household } from '../../api/types.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { useT } from '../../i18n/useT.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useCaseList, type CaseType } from '../cases/api.ts';
import { CaseTags } from '../cases/CaseHeader.tsx';
import { useCaseWords } from '../cases/labels.ts';
import { StartCaseModal } from '../cases/StartCaseModal.tsx';
import { startableTypes } from '../cases/start-types.ts';

/**
 * The household's procedures, open and closed, each a link to its case; for a role that writes here, "start a
 * case" for the types its standing allows (read from the facts the page shows), none it already has open.
 */
export function CasesTab({ household, writable }: { household: Household; writable: boolean }) {
  const t = useT();
  const words = useCaseWords();
  const scope = useRegionScope();
  const list = useCaseList({ householdId: household.id, state: 'all', limit: 200 });
  const [starting, setStarting] = useState<CaseType | null>(null);
  const items = list.data?.items ?? [];
  const facts = household.facts;
  const open = items.filter((c) => c.outcome === null).map((c) => c.type);
  const startable =
    writable && facts && list.isSuccess
      ? startableTypes({ status: facts.status ?? null, monitoringState: facts.monitoringState ?? null }, open)
      : [];

  return (
    <div className="zf-household-cases">
      {startable.length > 0 && (
        <Space wrap className="zf-case-start">
          <Typography.Text strong>{t('cases.start.label')}</Typography.Text>
          {startable.map((type) => (
            <Button key={type} icon={<PlusOutlined />} onClick={() => setStarting(type)}>
              {words.type(type)}
            </Button>
          ))}
        </Space>
      )}
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <List
          loading={list.isPending}
          dataSource={items}
          locale={{ emptyText: <Empty description={t('cases.household.none')} /> }}
          renderItem={(c) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Link to={regionHref(scope.code ?? '', `cases/${c.id}`, scope.year)}>
                    {`${words.type(c.type)} #${c.id} · ${c.year}`}
                  </Link>
                }
                description={
                  <>
                    {words.stage(c.stage)} <CaseTags item={c} />{' '}
                    <span className="zf-muted">{t('cases.openedOn', { date: c.openedOn })}</span>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      {starting && (
        <StartCaseModal householdId={household.id} type={starting} onClose={() => setStarting(null)} />
      )}
    </div>
  );
}
