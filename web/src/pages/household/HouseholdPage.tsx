import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Result, Segmented, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/errors.ts';
import { keys, useHousehold } from '../../api/queries.ts';
import type { Household, Member } from '../../api/types.ts';
import { useCapabilities, writesIn } from '../../auth/capabilities.ts';
import { useCodeLabel } from '../../components/codes.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { formatTime } from '../../components/format.ts';
import { StatusTag } from '../../components/StatusTag.tsx';
import { useT } from '../../i18n/useT.ts';
import { shortRegionName } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { AddMember } from './AddMember.tsx';
import { AssessmentTab } from './AssessmentTab.tsx';
import { AuditTab } from './AuditTab.tsx';
import { CasesTab } from './CasesTab.tsx';
import { CaseworkTab } from './casework/CaseworkTab.tsx';
import { EditHousehold } from './EditHousehold.tsx';
import { EditMember } from './EditMember.tsx';
import { HistoryTab } from './HistoryTab.tsx';
import { MemberEvent } from './MemberEvent.tsx';
import { Members } from './Members.tsx';
import { Overview } from './Overview.tsx';
import { VillageLink } from '../village/VillageLink.tsx';

/** The form open over the page, if any. */
type OpenForm =
  | { kind: 'household' }
  | { kind: 'add' }
  | { kind: 'member'; member: Member }
  | { kind: 'event'; member: Member };

/**
 * One household: its facts of the selected year, members, change history and audit trail; for a role that may
 * change it, the household edit and the member forms (add, change, record an event).
 */
export function HouseholdPage() {
  const t = useT();
  const label = useCodeLabel();
  const client = useQueryClient();
  const params = useParams();
  const scope = useRegionScope();
  const [search, setSearch] = useSearchParams();
  const id = Number(params.id);
  const household = useHousehold(id, scope.year);
  const capabilities = useCapabilities();
  const [open, setOpen] = useState<OpenForm | null>(null);
  const listHref = regionHref(scope.code ?? '', 'households', scope.year);

  if (!Number.isSafeInteger(id) || id <= 0) return <Result status="404" subTitle={t('household.notFound')} />;
  if (household.isPending) return <Spin className="zf-block-spin" />;
  if (household.isError) {
    const missing = household.error instanceof ApiError && household.error.status === 404;
    return missing ? (
      <Result
        status="404"
        subTitle={t('household.notFound')}
        extra={<Link to={listHref}>{t('household.back')}</Link>}
      />
    ) : (
      <ErrorAlert error={household.error} onRetry={() => void household.refetch()} />
    );
  }

  const data = household.data;
  const head = data.members.find((m) => m.relation === '01');
  // The village's name leads to the village page (its branch, team, cadres and projects).
  const village = data.regionPath.at(-1);
  const year = data.facts?.year ?? scope.year ?? data.years.at(-1) ?? new Date().getFullYear();
  const setYear = (value: number) => {
    const next = new URLSearchParams(search);
    next.set('year', String(value));
    setSearch(next, { replace: true });
  };
  // Whatever changed, the history, the audit trail, the lists and the figures follow.
  const refreshAround = () => {
    void client.invalidateQueries({ queryKey: keys.history(id) });
    void client.invalidateQueries({ queryKey: ['audit'] });
    void client.invalidateQueries({ queryKey: ['households', 'list'] });
    void client.invalidateQueries({ queryKey: ['stats'] });
  };
  const updated = (fresh: Household) => {
    client.setQueryData(keys.household(id, scope.year), fresh);
    void client.invalidateQueries({ queryKey: keys.householdAll(id), refetchType: 'none' });
    refreshAround();
  };
  // A member change answers without the household: read it again (a move changes two households).
  const membersChanged = () => {
    void client.invalidateQueries({ queryKey: ['households', 'one'] });
    refreshAround();
  };
  const writable = writesIn(capabilities, data.regionCode);
  const close = () => setOpen(null);

  return (
    <div className="zf-page">
      <Link to={listHref} className="zf-back">
        <ArrowLeftOutlined /> {t('household.back')}
      </Link>
      <Card className="zf-household-head" size="small">
        <div className="zf-household-title">
          <div>
            <Typography.Title level={3} className="zf-page-title">
              {head?.name ?? t('household.title')}
            </Typography.Title>
            <Typography.Text type="secondary">
              {t('household.no', { no: data.householdNo })} ·{' '}
              {data.regionPath
                .slice(2, -1)
                .map((r) => `${shortRegionName(r.name)} / `)
                .join('')}
              {village && <VillageLink code={village.code} name={shortRegionName(village.name)} />}
            </Typography.Text>
          </div>
          {writable && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setOpen({ kind: 'household' })}>
              {t('household.edit')}
            </Button>
          )}
        </div>
        <div className="zf-household-tags">
          {data.facts && (
            <>
              <StatusTag code={data.facts.status} />
              <Tag>{label('household_type', data.facts.householdType)}</Tag>
              <Tag>{label('poverty_cause', data.facts.mainCause)}</Tag>
            </>
          )}
          <span className="zf-muted">
            {t('household.version', { version: data.version })} ·{' '}
            {t('household.updatedAt', { time: formatTime(data.updatedAt) })}
          </span>
        </div>
        {data.years.length > 0 && (
          <div className="zf-year-switch">
            <span className="zf-muted">{t('household.yearSwitch')}</span>
            <Segmented<number>
              size="small"
              value={data.facts?.year ?? year}
              options={data.years.map((y) => ({ value: y, label: String(y) }))}
              onChange={setYear}
            />
          </div>
        )}
      </Card>
      <Tabs
        className="zf-household-tabs"
        destroyOnHidden
        items={[
          {
            key: 'overview',
            label: t('household.tab.overview'),
            children: <Overview household={data} year={scope.year} />,
          },
          {
            key: 'members',
            label: `${t('household.tab.members')} (${data.members.length})`,
            children: (
              <Members
                active={data.members}
                former={data.formerMembers}
                actions={
                  writable
                    ? {
                        onAdd: () => setOpen({ kind: 'add' }),
                        onEdit: (member) => setOpen({ kind: 'member', member }),
                        onEvent: (member) => setOpen({ kind: 'event', member }),
                      }
                    : undefined
                }
              />
            ),
          },
          {
            key: 'cases',
            label: t('cases.household.tab'),
            children: <CasesTab household={data} writable={writable} />,
          },
          {
            key: 'casework',
            label: t('casework.tab'),
            children: <CaseworkTab household={data} year={year} />,
          },
          { key: 'history', label: t('household.tab.history'), children: <HistoryTab household={data} /> },
          ...(capabilities.canSeeAudit
            ? [
                {
                  key: 'audit',
                  label: t('household.tab.audit'),
                  children: <AuditTab householdId={data.id} />,
                },
              ]
            : []),
          {
            key: 'assessment',
            label: t('household.tab.assessment'),
            children: <AssessmentTab household={data} writable={writable} onUpdated={membersChanged} />,
          },
        ]}
      />
      {open?.kind === 'household' && (
        <EditHousehold household={data} year={year} onClose={close} onUpdated={updated} />
      )}
      {open?.kind === 'add' && <AddMember household={data} onClose={close} onUpdated={membersChanged} />}
      {open?.kind === 'member' && (
        <EditMember household={data} member={open.member} onClose={close} onUpdated={membersChanged} />
      )}
      {open?.kind === 'event' && (
        <MemberEvent household={data} member={open.member} onClose={close} onUpdated={membersChanged} />
      )}
    </div>
  );
}
