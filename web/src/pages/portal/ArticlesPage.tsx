import { FileAddOutlined, FundOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Spin, Table } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCapabilities } from '../../auth/capabilities.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { formatTime } from '../../components/format.ts';
import { ListPager } from '../../components/ListPager.tsx';
import { useT } from '../../i18n/useT.ts';
import { COUNTRY } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useArticles, useColumns, useSites } from './api.ts';
import { ArticleFilters } from './ArticleFilters.tsx';
import { ArticleStateTag } from './labels.tsx';
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
import type { ArticleKind, ArticleSummary, Site } from './types.ts';
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
        <Table<ArticleSummary>
          className="zf-portal-article-table"
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          pagination={false}
          scroll={{ x: 720 }}
          locale={{ emptyText: t('portal.articles.empty') }}
          columns={[
            {
              title: t('portal.col.title'),
              key: 'title',
              render: (_, a) => (
                <Link className="zf-portal-article-link" to={hrefOf(a.id)}>
                  {a.title}
                </Link>
              ),
            },
            {
              title: t('portal.col.column'),
              key: 'column',
              width: 130,
              render: (_, a) => columnName(a.columnId),
            },
            {
              title: t('portal.col.kind'),
              key: 'kind',
              width: 120,
              render: (_, a) => t(`portal.articleKind.${a.kind}`),
            },
            {
              title: t('portal.col.state'),
              key: 'state',
              width: 100,
              render: (_, a) => <ArticleStateTag state={a.state} />,
            },
            {
              title: t('portal.col.updated'),
              key: 'time',
              width: 160,
              render: (_, a) => formatTime(a.publishedAt ?? a.updatedAt),
            },
          ]}
        />
      )}
      {(list.data?.total ?? 0) > PAGE_SIZE && (
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
