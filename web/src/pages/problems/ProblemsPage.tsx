import { Alert, Tabs, Typography, type TabsProps } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useCapabilities } from '../../auth/capabilities.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { ListPager } from '../../components/ListPager.tsx';
import { useT } from '../../i18n/useT.ts';
import { COUNTRY } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useProblemList, type ProblemSummary } from './api.ts';
import { useProblemInbox } from './inbox.ts';
import {
  inboxOrder,
  PROBLEM_PAGE,
  problemQuery,
  problemTabs,
  readProblemFilters,
  writeProblemFilters,
  type ProblemFilters as Filters,
  type ProblemTab,
} from './model.ts';
import { ProblemBoard } from './ProblemBoard.tsx';
import { ProblemFilters } from './ProblemFilters.tsx';
import { ProblemResults } from './ProblemResults.tsx';
import './problems.css';

/**
 * 问题清单 of a region: the board (counts by state per child region, down the tree), the inbox (what this level
 * must act on, overdue first) and the whole list under filters; the tab, filters and page live in the URL.
 */
export function ProblemsPage() {
  const t = useT();
  const scope = useRegionScope();
  const [search, setSearch] = useSearchParams();
  const region = scope.code && scope.code !== COUNTRY ? scope.code : undefined;
  const tabs = problemTabs(useCapabilities().canReadRegistry);
  const filters = readProblemFilters(search, tabs);
  const listed = filters.tab !== 'board';
  const list = useProblemList(problemQuery(region, filters), listed);
  const items = useMemo(() => {
    const found = list.data?.items ?? [];
    return filters.tab === 'inbox' ? inboxOrder(found) : found;
  }, [list.data, filters.tab]);
  const toConfirm = useProblemInbox(scope.code, { enabled: filters.tab === 'inbox' }).toConfirm;
  const setFilters = (next: Filters) => setSearch(writeProblemFilters(search, next, tabs));
  const hrefOf = (p: ProblemSummary) => regionHref(scope.code ?? COUNTRY, `problems/${p.id}`, scope.year);

  const results = list.isError ? (
    <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
  ) : (
    <>
      <ProblemResults
        items={items}
        loading={list.isFetching}
        hrefOf={hrefOf}
        empty={t(filters.tab === 'inbox' ? 'problems.inbox.empty' : 'problems.empty')}
      />
      {list.data && list.data.total > PROBLEM_PAGE && (
        <ListPager
          page={filters.page}
          total={list.data.total}
          pageSize={PROBLEM_PAGE}
          unit="count.entries"
          onChange={(page) => setFilters({ ...filters, page })}
        />
      )}
    </>
  );

  const panes: Record<ProblemTab, NonNullable<TabsProps['items']>[number]> = {
    board: { key: 'board', label: t('problems.tab.board'), children: <ProblemBoard region={region} /> },
    inbox: {
      key: 'inbox',
      label: t('problems.tab.inbox'),
      children: (
        <>
          <Typography.Paragraph type="secondary">{t('problems.inbox.help')}</Typography.Paragraph>
          {results}
          {toConfirm && (
            <section className="zf-problems-confirm">
              <Typography.Title level={5}>
                {t('problems.inbox.toConfirm', { count: toConfirm.data?.total ?? 0 })}
              </Typography.Title>
              {toConfirm.isError ? (
                <ErrorAlert error={toConfirm.error} onRetry={() => void toConfirm.refetch()} />
              ) : (
                <ProblemResults
                  items={toConfirm.data?.items ?? []}
                  loading={toConfirm.isFetching}
                  hrefOf={hrefOf}
                  empty={t('problems.inbox.noneToConfirm')}
                />
              )}
            </section>
          )}
        </>
      ),
    },
    list: {
      key: 'list',
      label: t('problems.tab.list'),
      children: (
        <>
          <ProblemFilters filters={filters} onChange={setFilters} />
          {results}
        </>
      ),
    },
  };

  return (
    <div className="zf-page zf-problems">
      <div className="zf-page-head">
        <Typography.Title level={3} className="zf-page-title">
          {t('problems.title')}
        </Typography.Title>
      </div>
      <Typography.Paragraph type="secondary" className="zf-problems-help">
        {t('problems.help')}
      </Typography.Paragraph>
      {!region && <Alert type="info" showIcon title={t('problems.chooseRegion')} />}
      <Tabs
        activeKey={filters.tab}
        onChange={(tab) => setFilters({ ...filters, tab: tab as ProblemTab, page: 1 })}
        items={tabs.map((key) => panes[key])}
      />
    </div>
  );
}
