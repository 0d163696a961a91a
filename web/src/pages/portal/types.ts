/**
 * Shapes of the portal's staff API (issue 12 contract: /api/v1/portal/*). Written from the contract while the
 * editorial routes are built in parallel; the generated types replace them once those routes are in schema.d.ts.
 */
export type ColumnKind = 'articles' | 'notices' | 'disclosures' | 'complaints';
export type ArticleKind = 'article' | 'disclosure';
export type ArticleState = 'draft' | 'in_review' | 'scheduled' | 'published' | 'withdrawn';
export type ArticleAction =
  'submit' | 'return' | 'publish' | 'schedule' | 'unschedule' | 'withdraw' | 'redraft';
export type FundSource = 'central' | 'provincial' | 'city' | 'county' | 'other';

export interface Footer {
  sponsor?: string;
  organizer?: string;
  siteId?: string;
  icp?: string;
  police?: string;
  contact?: string;
  supervision?: string;
  errorReportUrl?: string;
}

export interface Site {
  id: number;
  regionCode: string;
  regionName?: string;
  name: string;
  logoImageId: number | null;
  footer: Footer;
  isPrimary: boolean;
  version: number;
}

export interface Column {
  id: number;
  siteId: number;
  slug: string;
  name: string;
  kind: ColumnKind;
  position: number;
  staleDays: number | null;
  version: number;
}

export interface FundLine {
  source: FundSource;
  amount: number;
}

export interface Disclosure {
  projectName: string;
  village: string;
  villageName: string;
  content: string;
  funds: FundLine[];
  total: number;
  periodFrom: string;
  periodTo: string;
  responsibleUnit: string;
  beneficiaryHouseholds: number;
  namesAllowed?: boolean;
  beneficiaryNames?: string[];
  expectedBenefit: string;
  supervisionPhone: string;
}

export interface ArticleSummary {
  id: number;
  siteId: number;
  columnId: number;
  kind: ArticleKind;
  state: ArticleState;
  title: string;
  revision: number;
  version: number;
  publishAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
}

export interface Article extends ArticleSummary {
  bodyHtml: string;
  source: string | null;
  author: string | null;
  organisation: string | null;
  disclosure: Disclosure | null;
  minDays: number | null;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
}

export interface ArticleList {
  items: ArticleSummary[];
  total: number;
}

export interface Revision {
  revision: number;
  title: string;
  bodyHtml: string;
  note: string | null;
  editedByName: string;
  editedAt: string;
}

export interface PortalImage {
  id: number;
  url: string;
  alt: string;
  width: number | null;
  height: number | null;
  fileName?: string;
}

export interface ArticleFields {
  siteId: number;
  columnId: number;
  kind: ArticleKind;
  title: string;
  bodyHtml: string;
  source?: string | null;
  author?: string | null;
  organisation?: string | null;
  disclosure?: Disclosure;
}
