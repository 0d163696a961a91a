import type { Body, Json, Ok } from '../../api/types.ts';
import type { paths } from '../../api/schema';

/** Shapes of the portal's staff API (/api/v1/portal/*), read from the generated client. */
type Created<Op> = Op extends { responses: { 201: infer R } } ? Json<R> : never;

export type Site = Ok<paths['/api/v1/portal/sites']['get']>['items'][number];
export type Footer = Site['footer'];
export type Column = Ok<paths['/api/v1/portal/sites/{id}/columns']['get']>['items'][number];
export type ColumnKind = Column['kind'];
export type ArticleList = Ok<paths['/api/v1/portal/articles']['get']>;
export type ArticleSummary = ArticleList['items'][number];
export type ArticleQuery = NonNullable<paths['/api/v1/portal/articles']['get']['parameters']['query']>;
export type Article = Ok<paths['/api/v1/portal/articles/{id}']['get']>;
export type ArticleKind = Article['kind'];
export type ArticleState = Article['state'];
export type Disclosure = NonNullable<Article['disclosure']>;
export type FundLine = Disclosure['funds'][number];
export type FundSource = FundLine['source'];
export type Revision = Ok<paths['/api/v1/portal/articles/{id}/revisions']['get']>['items'][number];
export type PortalImage = Ok<paths['/api/v1/portal/sites/{id}/images']['get']>['items'][number];

export type CreateSiteBody = Body<paths['/api/v1/portal/sites']['post']>;
export type SitePatch = Body<paths['/api/v1/portal/sites/{id}']['patch']>;
export type ColumnInput = Body<paths['/api/v1/portal/sites/{id}/columns']['post']>;
export type ColumnPatch = Body<paths['/api/v1/portal/columns/{id}']['patch']>;
export type ArticleFields = Body<paths['/api/v1/portal/articles']['post']>;
export type ArticlePatch = Body<paths['/api/v1/portal/articles/{id}']['patch']>;
export type ActionBody = Body<paths['/api/v1/portal/articles/{id}/actions']['post']>;
export type ArticleAction = ActionBody['action'];
export type CreatedSite = Created<paths['/api/v1/portal/sites']['post']>;
export type CreatedArticle = Created<paths['/api/v1/portal/articles']['post']>;
