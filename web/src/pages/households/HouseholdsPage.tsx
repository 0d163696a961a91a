import {
  DownloadOutlined,
  LeftOutlined,
  PlusOutlined,
  RightOutlined,
  VerticalRightOutlined,
} from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useCallback } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useHouseholdPage } from '../../api/queries.ts';
import type { HouseholdListItem } from '../../api/types.ts';
import { useCapabilities, writesWithin } from '../../auth/capabilities.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useT } from '../../i18n/useT.ts';
import { COUNTRY, shortCode } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import {
  exportHref,
  FILTER_KEYS,
  listQuery,
  PAGE_SIZE,
  readCursor,
  readFilters,
  type ListFilters,
} from './filters.ts';
import { HouseholdFilters } from './HouseholdFilters.tsx';
import { HouseholdCards, HouseholdTable } from './HouseholdResults.tsx';

const NO_ITEMS: readonly HouseholdListItem[] = [];

/** Cursors of the pages before this one, kept in the history entry so Back and reload return to the page. */
interface PageState {
  cursors?: number[];
}

/**
 * The households of the selected region and year, one page of 50 at a time by the server's keyset cursor
 * (`after` = the last id of the previous page), so a county of 100,000 households costs the same as a village.
 */
export function HouseholdsPage() {
  const t = useT();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const scope = useRegionScope();
  const capabilities = useCapabilities();
  const filters = readFilters(search);
  const after = readCursor(search);
  const cursors = (location.state as PageState | null)?.cursors ?? [];
  const region = scope.code ?? '';
  const page = useHouseholdPage(listQuery(shortCode(region), scope.viewYear, filters, after));

  const goTo = (cursor: number | undefined, stack: number[]) => {
    const next = new URLSearchParams(search);
    if (cursor === undefined) next.delete('after');
    else next.set('after', String(cursor));
    setSearch(next, { state: { cursors: stack } satisfies PageState });
  };
  const setFilters = (changed: ListFilters) => {
    const next = new URLSearchParams(search);
    for (const key of FILTER_KEYS) {
      const value = changed[key];
      if (value === undefined) next.delete(key);
      else next.set(key, value);
    }
    next.delete('after');
    setSearch(next, { state: {} });
  };
  // Stable across renders, so the table's rows are not drawn again while only the loading state changes.
  const open = useCallback(
    (item: HouseholdListItem) => void navigate(regionHref(region, `households/${item.id}`, scope.year)),
    [navigate, region, scope.year],
  );

  const data = page.data;
  const items = data?.items ?? NO_ITEMS;
  const pageNumber = cursors.length + 1;
  const Results = phone ? HouseholdCards : HouseholdTable;

  return (
    <div className="zf-page">
      <div className="zf-page-head">
        <Typography.Title level={3} className="zf-page-title">
          {t('households.title')}
        </Typography.Title>
        {data && (
          <Typography.Text type="secondary">
            {data.year === null ? t('households.noYear') : t('households.yearOf', { year: data.year })}
          </Typography.Text>
        )}
        {region !== COUNTRY && (
          <Space className="zf-page-actions" wrap>
            <DownloadButton
              className="zf-export"
              icon={<DownloadOutlined />}
              href={exportHref(shortCode(region), scope.viewYear ?? data?.year ?? undefined, filters)}
            >
              {t('households.export')}
            </DownloadButton>
            {writesWithin(capabilities, region) && (
              <Button
                type="primary"
                className="zf-create"
                icon={<PlusOutlined />}
                onClick={() =>
                  void navigate(regionHref(region, 'households/new', scope.year ?? data?.year ?? undefined))
                }
              >
                {t('households.create')}
              </Button>
            )}
          </Space>
        )}
      </div>
      {region === COUNTRY && data?.items.length === 0 && (
        <Alert type="info" showIcon title={t('households.chooseRegion')} />
      )}
      <HouseholdFilters filters={filters} onChange={setFilters} />
      {page.isError ? (
        <ErrorAlert error={page.error} onRetry={() => void page.refetch()} />
      ) : (
        <Results items={items} loading={page.isFetching} onOpen={open} />
      )}
      <div className="zf-pager">
        <Typography.Text type="secondary">
          {t('households.page', { page: pageNumber })} · {t('households.pageSize', { size: PAGE_SIZE })}
        </Typography.Text>
        <Space>
          {pageNumber > 2 && (
            <Button icon={<VerticalRightOutlined />} onClick={() => goTo(undefined, [])}>
              {phone ? null : t('households.first')}
            </Button>
          )}
          <Button
            icon={<LeftOutlined />}
            disabled={pageNumber === 1}
            onClick={() => goTo(cursors.at(-1) || undefined, cursors.slice(0, -1))}
          >
            {t('households.prev')}
          </Button>
          <Button
            disabled={!data?.nextCursor || page.isPlaceholderData}
            onClick={() => data?.nextCursor && goTo(data.nextCursor, [...cursors, after ?? 0])}
          >
            {t('households.next')} <RightOutlined />
          </Button>
        </Space>
      </div>
    </div>
  );
}
