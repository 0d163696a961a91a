import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useCallback, useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useHouseholdPage } from '../../api/queries.ts';
import type { HouseholdListItem } from '../../api/types.ts';
import { useCapabilities, writesWithin } from '../../auth/capabilities.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { ListPager } from '../../components/ListPager.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useT } from '../../i18n/useT.ts';
import { COUNTRY, shortCode } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import {
  exportHref,
  FILTER_KEYS,
  lastPage,
  listQuery,
  PAGE_SIZE,
  readFilters,
  readPage,
  type ListFilters,
} from './filters.ts';
import { HouseholdFilters } from './HouseholdFilters.tsx';
import { HouseholdCards, HouseholdTable } from './HouseholdResults.tsx';

const NO_ITEMS: readonly HouseholdListItem[] = [];

/**
 * The households of the selected region and year, one page of 50 at a time, with the total the filter matches
 * and a box to jump to any page; the page number is in the URL (`?page=3`), so Back and reload return to it.
 */
export function HouseholdsPage() {
  const t = useT();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const scope = useRegionScope();
  const capabilities = useCapabilities();
  const filters = readFilters(search);
  const pageNumber = readPage(search);
  const region = scope.code ?? '';
  const page = useHouseholdPage(listQuery(shortCode(region), scope.viewYear, filters, pageNumber));

  const goTo = useCallback(
    (to: number, replace = false) => {
      const next = new URLSearchParams(search);
      if (to > 1) next.set('page', String(to));
      else next.delete('page');
      setSearch(next, { replace });
    },
    [search, setSearch],
  );
  const setFilters = (changed: ListFilters) => {
    const next = new URLSearchParams(search);
    for (const key of FILTER_KEYS) {
      const value = changed[key];
      if (value === undefined) next.delete(key);
      else next.set(key, value);
    }
    next.delete('page');
    setSearch(next);
  };
  // Stable across renders, so the table's rows are not drawn again while only the loading state changes.
  const open = useCallback(
    (item: HouseholdListItem) => void navigate(regionHref(region, `households/${item.id}`, scope.year)),
    [navigate, region, scope.year],
  );

  const data = page.data;
  const items = data?.items ?? NO_ITEMS;
  const total = data?.total ?? 0;
  // A page beyond the end (a shared link, the filter narrowed elsewhere) goes back to the last one.
  const beyond = data !== undefined && !page.isPlaceholderData && pageNumber > lastPage(total);
  useEffect(() => {
    if (beyond) goTo(lastPage(total), true);
  }, [beyond, total, goTo]);
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
      {data && total > 0 && (
        <ListPager
          page={pageNumber}
          total={total}
          pageSize={PAGE_SIZE}
          unit="count.households"
          onChange={goTo}
        />
      )}
    </div>
  );
}
