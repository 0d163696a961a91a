import { Table, type TableColumnsType } from 'antd';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/errors.tsx';
import { ListPager } from '../../components/ListPager.tsx';
import { useT } from '../../i18n/useT.ts';
import { ORG_PAGE_SIZE, useOrgList, type OrgItem, type OrgQuery, type OrgResource } from './api.ts';

interface Props<R extends OrgResource> {
  /** The list's path under /api/v1 (units, branches, teams, cadres, pairings, projects). */
  resource: R;
  query: OrgQuery<R>;
  columns: TableColumnsType<OrgItem<R>>;
  /** Width the columns need; narrower screens scroll the table sideways. */
  width?: number;
}

/** The page of a list in the URL (`?page=`), from 1. */
export function usePageParam(): [number, (page: number) => void] {
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number(search.get('page')) || 1);
  const set = (next: number) => {
    const params = new URLSearchParams(search);
    if (next === 1) params.delete('page');
    else params.set('page', String(next));
    setSearch(params);
  };
  return [page, set];
}

/** A list of the organisation or of projects: the server's page of rows under the region, and its pager. */
export function PagedTable<R extends OrgResource>({ resource, query, columns, width = 800 }: Props<R>) {
  const t = useT();
  const [page, setPage] = usePageParam();
  const list = useOrgList(resource, { ...query, page, limit: ORG_PAGE_SIZE });
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <Table<OrgItem<R>>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: width }}
        locale={{ emptyText: t('org.empty') }}
        columns={columns}
      />
      {list.data && list.data.total > ORG_PAGE_SIZE && (
        <ListPager
          page={page}
          total={list.data.total}
          pageSize={ORG_PAGE_SIZE}
          unit="count.entries"
          onChange={setPage}
        />
      )}
    </>
  );
}
