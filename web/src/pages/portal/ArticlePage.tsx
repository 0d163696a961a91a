import { ArrowLeftOutlined, ExportOutlined } from '@ant-design/icons';
import { Alert, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useCapabilities } from '../../auth/capabilities.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { formatTime } from '../../components/format.ts';
import { useT } from '../../i18n/useT.ts';
import { COUNTRY } from '../../region/code.ts';
import { regionHref, useRegionScope } from '../../region/scope.ts';
import { useArticle, useColumns, useSite } from './api.ts';
import { ArticleActions } from './ArticleActions.tsx';
import { ArticleForm } from './ArticleForm.tsx';
import { ArticleStateTag } from './labels.tsx';
import { RevisionsPanel } from './RevisionsPanel.tsx';
import type { Article, ArticleKind } from './types.ts';
import { mayEdit, portalHref, rightsOn } from './workflow.ts';
import './portal.css';

/** `portal/articles/new?site=3&kind=disclosure` or `portal/articles/42`: the editor of one article. */
export function ArticlePage() {
  const { articleId } = useParams();
  const [search] = useSearchParams();
  const id = articleId === 'new' ? undefined : Number(articleId);
  const article = useArticle(id);
  if (id !== undefined) {
    if (article.isPending) return <Spin className="zf-portal-loading" />;
    if (article.isError) return <ErrorAlert error={article.error} onRetry={() => void article.refetch()} />;
    return <Editor siteId={article.data.siteId} kind={article.data.kind} article={article.data} />;
  }
  const kind: ArticleKind = search.get('kind') === 'disclosure' ? 'disclosure' : 'article';
  return <Editor siteId={Number(search.get('site'))} kind={kind} article={null} />;
}

function Editor({ siteId, kind, article }: { siteId: number; kind: ArticleKind; article: Article | null }) {
  const t = useT();
  const scope = useRegionScope();
  const capabilities = useCapabilities();
  const site = useSite(siteId);
  const columns = useColumns(siteId);
  const [dirty, setDirty] = useState(false);
  // The form keeps the revision it opened on while it holds unsaved edits: a newer version read in the
  // background (someone else's save) must not wipe what is being typed; the save then answers 409.
  const [pinned, setPinned] = useState(article);
  const renewed =
    article !== null &&
    (pinned === null || pinned.id !== article.id || (pinned.version !== article.version && !dirty));
  if (renewed) setPinned(article);
  const edited = renewed ? article : pinned;
  const back = regionHref(
    scope.code ?? COUNTRY,
    'portal',
    undefined,
    new URLSearchParams({ site: String(siteId) }),
  );
  if (site.isPending || columns.isPending) return <Spin className="zf-portal-loading" />;
  if (site.isError) return <ErrorAlert error={site.error} onRetry={() => void site.refetch()} />;
  if (columns.isError) return <ErrorAlert error={columns.error} onRetry={() => void columns.refetch()} />;
  const rights = rightsOn(capabilities, site.data.regionCode);
  const editable = article ? mayEdit(article.state, rights) : rights.write;
  const form = (
    <ArticleForm
      key={edited ? `${edited.id}:${edited.version}` : 'new'}
      site={site.data}
      columns={columns.data}
      kind={kind}
      article={edited}
      readOnly={!editable}
      onDirty={setDirty}
    />
  );

  return (
    <div className="zf-portal zf-portal-article">
      <Link to={back} className="zf-portal-back">
        <ArrowLeftOutlined /> {site.data.name}
      </Link>
      <header className="zf-portal-article-head">
        <Typography.Title level={3} className="zf-portal-title">
          {article?.title ?? t(kind === 'disclosure' ? 'portal.articles.newDisclosure' : 'portal.editor.new')}
        </Typography.Title>
        {article && (
          <div className="zf-portal-article-meta">
            <ArticleStateTag state={article.state} />
            <span>{t('portal.editor.revision', { revision: article.revision })}</span>
            {article.state === 'scheduled' && article.publishAt && (
              <span>{t('portal.editor.scheduledAt', { time: formatTime(article.publishAt) })}</span>
            )}
            {article.state === 'published' && article.publishedAt && (
              <>
                <span>{t('portal.editor.publishedAt', { time: formatTime(article.publishedAt) })}</span>
                <a
                  className="zf-portal-view-link"
                  href={portalHref(site.data.regionCode, article.id)}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {t('portal.editor.viewOnPortal')} <ExportOutlined />
                </a>
              </>
            )}
          </div>
        )}
      </header>
      {article?.state === 'withdrawn' && article.withdrawnReason && (
        <Alert
          type="warning"
          showIcon
          title={t('portal.editor.withdrawnReason', { reason: article.withdrawnReason })}
        />
      )}
      {article && <ArticleActions article={article} rights={rights} dirty={dirty} />}
      {article && !editable && (
        <Alert type="info" showIcon className="zf-portal-read-only" title={t('portal.editor.readOnly')} />
      )}
      {article ? (
        <Tabs
          className="zf-portal-article-tabs"
          items={[
            { key: 'content', label: t('portal.editor.tab.content'), children: form },
            {
              key: 'revisions',
              label: t('portal.editor.tab.revisions'),
              children: <RevisionsPanel articleId={article.id} />,
              destroyOnHidden: true,
            },
          ]}
        />
      ) : (
        form
      )}
    </div>
  );
}
