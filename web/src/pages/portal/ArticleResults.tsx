import { Empty, List, Table } from 'antd';
import { Link } from 'react-router';
import { formatTime } from '../../components/format.ts';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useT } from '../../i18n/useT.ts';
import { ArticleStateTag } from './labels.tsx';
import type { ArticleSummary } from './types.ts';

interface Props {
  items: ArticleSummary[];
  loading: boolean;
  columnName: (id: number) => string;
  hrefOf: (id: number) => string;
}

/** A page of articles: a table on a desktop, a card per article on a phone (375 px shows the state too). */
export function ArticleResults({ items, loading, columnName, hrefOf }: Props) {
  const t = useT();
  const phone = useIsPhone();
  const time = (a: ArticleSummary) => formatTime(a.publishedAt ?? a.updatedAt);
  const title = (a: ArticleSummary) => (
    <Link className="zf-portal-article-link" to={hrefOf(a.id)}>
      {a.title}
    </Link>
  );
  if (phone) {
    return (
      <List<ArticleSummary>
        className="zf-portal-article-cards"
        loading={loading}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('portal.articles.empty')} /> }}
        renderItem={(a) => (
          <List.Item className="zf-portal-article-card">
            <div>
              <div className="zf-portal-article-card-title">{title(a)}</div>
              <div className="zf-portal-article-card-meta">
                <ArticleStateTag state={a.state} />
                <span>{columnName(a.columnId)}</span>
                <span>{time(a)}</span>
              </div>
            </div>
          </List.Item>
        )}
      />
    );
  }
  return (
    <Table<ArticleSummary>
      className="zf-portal-article-table"
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={false}
      locale={{ emptyText: t('portal.articles.empty') }}
      columns={[
        { title: t('portal.col.title'), key: 'title', render: (_, a) => title(a) },
        {
          title: t('portal.col.column'),
          key: 'column',
          width: 130,
          render: (_, a) => columnName(a.columnId),
        },
        {
          title: t('portal.col.kind'),
          key: 'kind',
          width: 130,
          render: (_, a) => t(`portal.articleKind.${a.kind}`),
        },
        {
          title: t('portal.col.state'),
          key: 'state',
          width: 100,
          render: (_, a) => <ArticleStateTag state={a.state} />,
        },
        { title: t('portal.col.updated'), key: 'time', width: 160, render: (_, a) => time(a) },
      ]}
    />
  );
}
