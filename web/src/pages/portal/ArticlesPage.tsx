import { FileAddOutlined, FundOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Spin } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useCapabilities } from '../../auth/capabilities.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { ListPager } from '../../components/ListPager.tsx';
import { useT } from '../../i18n/useT.ts';
import { COUNTRY } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useArticles, useColumns, useSites } from './api.ts';
import { ArticleFilters } from './ArticleFilters.tsx';
import { ArticleResults } from './ArticleResults.tsx';
import {
  articleQuery,
  chosenSite,
  PAGE_SIZE,
  readFilters,
  sitesInScope,
  writeFilters,
} from './list-params.ts';
import { PortalTabs } from './PortalTabs.tsx';
import { SitePicker } from './SitePicker.tsx';
import type { ArticleKind, Site } from './types.ts';
import { rightsOn } from './workflow.ts';
import './portal.css';

/** The portal's start page in a region: the articles of one of its sites, filtered and paged. */
export function ArticlesPage() {
  const t = useT();
  const scope = useRegionScope();
  const sites = useSites();
  const [search] = useSearchParams();
  if (sites.isPending) return <Spin className="zf-portal-loading" />;
  if (sites.isError) return <ErrorAlert error={sites.error} onRetry={() => void sites.refetch()} />;
  const shown = sitesInScope(sites.data, scope.code ?? COUNTRY);
  const site = chosenSite(shown, search);
  return (
    <div className="zf-portal zf-portal-articles">
      <PortalTabs />
      {site ? (
        <SiteArticles sites={shown} site={site} />
      ) : (
        <Empty className="zf-portal-no-site" description={t('portal.noSite')}>
          {t('portal.noSiteHint')}
        </Empty>
      )}
    </div>
  );
}

function SiteArticles({ sites, site }: { sites: Site[]; site: Site }) {
  const t = useT();
  const navigate = useNavigate();
  const scope = useRegionScope();
  const [search, setSearch] = useSearchParams();
  const filters = readFilters(search);
  const list = useArticles(articleQuery(site.id, filters));
  const columns = useColumns(site.id);
  const rights = rightsOn(useCapabilities(), site.regionCode);
  const region = scope.code ?? COUNTRY;
  const columnName = (id: number) => columns.data?.find((c) => c.id === id)?.name ?? '';
  const hrefOf = (id: number) => regionHref(region, `portal/articles/${id}`, undefined);
  const create = (kind: ArticleKind) =>
    void navigate(
      regionHref(
        region,
        'portal/articles/new',
        undefined,
        new URLSearchParams({ site: String(site.id), kind }),
      ),
    );

  return (
    <>
      <div className="zf-portal-toolbar">
        <SitePicker
          sites={sites}
          value={site}
          onChange={(id) => setSearch(new URLSearchParams({ site: String(id) }))}
        />
        {rights.write && (
          <Space wrap>
            <Button
              type="primary"
              icon={<FileAddOutlined />}
              className="zf-portal-new-article"
              onClick={() => create('article')}
            >
              {t('portal.articles.new')}
            </Button>
            <Button
              icon={<FundOutlined />}
              className="zf-portal-new-disclosure"
              onClick={() => create('disclosure')}
            >
              {t('portal.articles.newDisclosure')}
            </Button>
          </Space>
        )}
      </div>
      <ArticleFilters
        key={site.id}
        columns={columns.data ?? []}
        filters={filters}
        onChange={(next) => setSearch(writeFilters(search, next))}
      />
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <ArticleResults
          items={list.data?.items ?? []}
          loading={list.isFetching}
          columnName={columnName}
          hrefOf={hrefOf}
        />
      )}
      {(list.data?.total ?? 0) > 0 && (
        <ListPager
          page={filters.page}
          total={list.data?.total ?? 0}
          pageSize={PAGE_SIZE}
          unit="count.entries"
          onChange={(page) => setSearch(writeFilters(search, { ...filters, page }))}
        />
      )}
    </>
  );
}
