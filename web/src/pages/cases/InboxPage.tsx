import { Alert, Button, Checkbox, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCapabilities, writesWithin } from '../../auth/capabilities.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useT } from '../../i18n/useT.ts';
import { COUNTRY } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useCaseList, useCaseTypes, type CaseSummary } from './api.ts';
import { BulkAction, type BulkTarget } from './BulkAction.tsx';
import { CaseFilters } from './CaseFilters.tsx';
import { CaseCards, CaseTable } from './CaseResults.tsx';
import { bulkActions, inboxQuery, overdueFirst, readInbox, writeInbox, type InboxFilters } from './inbox.ts';
import { regionFilter, useRoles, useWorkCounts } from './work.ts';
import { WorkBar } from './WorkBar.tsx';
import './cases.css';

const NONE: readonly CaseSummary[] = [];

/**
 * The procedures of the region for this user: their work by stage with counts, overdue first; the list under
 * the filters in the URL, a keyset page at a time (`?after=` is the cursor, so Back returns to the page
 * before); and, for a role that acts here, a step taken on the picked cases or on all of a type and stage.
 */
export function InboxPage() {
  const t = useT();
  const phone = useIsPhone();
  const scope = useRegionScope();
  const [search, setSearch] = useSearchParams();
  const region = scope.code ?? COUNTRY;
  const types = useCaseTypes();
  const defs = types.data ?? [];
  const filters = readInbox(
    search,
    defs.map((d) => d.type),
  );
  const list = useCaseList(inboxQuery(regionFilter(region), filters), types.isSuccess);
  const work = useWorkCounts(region);
  const roles = useRoles();
  const capabilities = useCapabilities();
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const [bulkOpen, setBulkOpen] = useState(false);

  const setFilters = (next: InboxFilters) => {
    setPicked(new Set());
    setAllMatching(false);
    setSearch(writeInbox(search, next));
  };
  const items = useMemo(() => overdueFirst(list.data?.items ?? NONE), [list.data]);
  const hrefOf = (c: CaseSummary) => regionHref(region, `cases/${c.id}`, scope.year);

  // A bulk step needs one type and one stage: the filter's, or the one every picked case shares.
  const chosen = items.filter((c) => picked.has(c.id));
  const type =
    filters.type ??
    (chosen.length > 0 && chosen.every((c) => c.type === chosen[0]!.type) ? chosen[0]!.type : undefined);
  const stage =
    filters.stage ??
    (chosen.length > 0 && chosen.every((c) => c.stage === chosen[0]!.stage) ? chosen[0]!.stage : undefined);
  const def = defs.find((d) => d.type === type);
  const actions = bulkActions(def, stage, roles);
  const mayBulk = writesWithin(capabilities, region) && filters.state === 'open';
  const canAll = mayBulk && region !== COUNTRY && Boolean(filters.type && filters.stage) && !filters.overdue;
  const target: BulkTarget | undefined =
    allMatching && canAll && filters.type && filters.stage
      ? { filter: { regionCode: region, type: filters.type, stage: filters.stage } }
      : picked.size > 0
        ? { caseIds: [...picked] }
        : undefined;

  const Results = phone ? CaseCards : CaseTable;

  return (
    <div className="zf-page zf-inbox">
      <div className="zf-page-head">
        <Typography.Title level={3} className="zf-page-title">
          {t('cases.title')}
        </Typography.Title>
      </div>
      {types.isError && <ErrorAlert error={types.error} onRetry={() => void types.refetch()} />}
      <WorkBar work={work} filters={filters} onChange={setFilters} />
      <CaseFilters defs={defs} filters={filters} onChange={setFilters} />
      {mayBulk && (target || canAll) && (
        <Space wrap className="zf-bulk-bar">
          {canAll && (
            <Checkbox checked={allMatching} onChange={(e) => setAllMatching(e.target.checked)}>
              {t('cases.bulk.pickAll')}
            </Checkbox>
          )}
          {!allMatching && <span>{t('cases.bulk.picked', { count: picked.size })}</span>}
          <Button type="primary" disabled={!target || actions.length === 0} onClick={() => setBulkOpen(true)}>
            {t('cases.bulk.open')}
          </Button>
          {target && actions.length === 0 && <span className="zf-muted">{t('cases.bulk.mixed')}</span>}
        </Space>
      )}
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Results
          items={items}
          loading={list.isFetching}
          hrefOf={hrefOf}
          {...(mayBulk ? { selected: picked, onSelected: setPicked } : {})}
        />
      )}
      {(filters.after !== undefined || list.data?.next != null) && (
        <Space className="zf-case-pager">
          <Button
            disabled={filters.after === undefined}
            onClick={() => setFilters({ ...filters, after: undefined })}
          >
            {t('cases.page.first')}
          </Button>
          <Button
            disabled={list.data?.next == null}
            onClick={() => list.data?.next != null && setFilters({ ...filters, after: list.data.next })}
          >
            {t('cases.page.next')}
          </Button>
        </Space>
      )}
      {region === COUNTRY && items.length === 0 && list.isSuccess && (
        <Alert type="info" showIcon title={t('cases.chooseRegion')} />
      )}
      {bulkOpen && def && stage && target && (
        <BulkAction
          def={def}
          stage={stage}
          actions={actions}
          target={target}
          count={'caseIds' in target ? target.caseIds.length : undefined}
          onClose={() => {
            setBulkOpen(false);
            setPicked(new Set());
            setAllMatching(false);
          }}
        />
      )}
    </div>
  );
}
