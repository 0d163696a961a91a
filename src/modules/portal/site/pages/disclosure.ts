import type { Disclosure } from '../../schemas.ts';
import type { Neighbour } from '../content.ts';
import { chinaDate } from '../dates.ts';
import { escapeHtml as e } from '../html.ts';
import type { Prefs } from '../prefs.ts';
import type { Site } from '../queries.ts';
import { articleContent, articleHeader, neighbourLinks, type PublishedArticle } from './article.ts';

const SOURCE_LABELS: Record<string, string> = {
  central: '中央财政资金',
  provincial: '省级财政资金',
  city: '市级财政资金',
  county: '县级财政资金',
  other: '其他资金',
};

const DAY_MS = 86_400_000;

const yuan = (amount: unknown) =>
  `${Number(amount).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;

/** The day a disclosure's period ends: min_days after its publication. */
export function disclosureEnds(a: PublishedArticle): Date {
  return new Date(a.publishedAt.getTime() + (a.minDays ?? 0) * DAY_MS);
}

/**
 * The fields of a fund and project disclosure as a table. Read as stored (they were checked on write); a
 * field missing from an older row is left out rather than failing the page. Names of beneficiaries only when
 * the disclosure says the rules allow them.
 */
function fieldsTable(d: Partial<Disclosure>): string {
  const funds = (d.funds ?? [])
    .map((f) => `${e(SOURCE_LABELS[f.source] ?? f.source)} ${e(yuan(f.amount))}`)
    .join('<br>');
  const period = d.periodFrom && d.periodTo ? `${d.periodFrom} 至 ${d.periodTo}` : undefined;
  const names = d.namesAllowed && d.beneficiaryNames?.length ? d.beneficiaryNames.join('、') : undefined;
  const rows: [string, string | undefined, boolean?][] = [
    ['项目名称', d.projectName],
    ['实施地点', d.villageName],
    ['建设内容及规模', d.content],
    ['资金来源', funds || undefined, true],
    ['资金总额', d.total === undefined ? undefined : yuan(d.total)],
    ['实施期限', period],
    ['责任单位', d.responsibleUnit],
    ['受益户数', d.beneficiaryHouseholds === undefined ? undefined : `${d.beneficiaryHouseholds} 户`],
    ['受益对象', names],
    ['预期效益', d.expectedBenefit],
    ['监督电话', d.supervisionPhone],
  ];
  const body = rows
    .filter((r): r is [string, string, boolean?] => r[1] !== undefined && r[1] !== '')
    .map(
      ([label, value, html]) =>
        `<tr><th scope="row">${label}</th><td>${html ? value : e(String(value))}</td></tr>`,
    )
    .join('');
  return `<table class="fields"><caption class="visually-hidden">公示内容</caption><tbody>${body}</tbody></table>`;
}

/** The disclosure page: 公示中 until its period has passed, then 已归档 — and still shown. */
export function disclosureBody(
  site: Site,
  a: PublishedArticle,
  prefs: Prefs,
  now: Date,
  around: { previous: Neighbour | null; next: Neighbour | null },
): string {
  const ends = disclosureEnds(a);
  const open = now < ends;
  const status = open
    ? `<span class="status open">公示中（公示期至 ${chinaDate(ends)}）</span>`
    : `<span class="status archived">已归档</span>`;
  const fields = fieldsTable(a.disclosure ?? {});
  return `<article>${articleHeader(site, a, prefs, status)}${articleContent(a, fields)}</article>${neighbourLinks(site, around)}`;
}
