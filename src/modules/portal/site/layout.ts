import { scriptHref, styleHref } from './assets.ts';
import { renderFooter } from './footer.ts';
import { escapeHtml as e } from './html.ts';
import { sitePath } from './paths.ts';
import { prefsHref, type FontSize, type Prefs } from './prefs.ts';
import type { Site } from './queries.ts';

export { sitePath } from './paths.ts';

/**
 * The frame of every public page: the site's masthead (logo, name, search, elder mode, 管理入口), its column
 * navigation, the breadcrumb `当前位置：首页 / …`, the page's body and the site's footer. Plain HTML that reads
 * without the script; the stylesheet and the script are the two versioned assets. `body` is trusted HTML: the
 * caller escaped every value in it (and passed article bodies through the sanitiser).
 */
export interface Crumb {
  label: string;
  href?: string;
}

export interface PageInput {
  site: Site;
  title: string;
  /** After 首页, which every breadcrumb starts with. */
  breadcrumb: Crumb[];
  body: string;
  prefs: Prefs;
  /** An error page (404, 410) is kept out of search engines. */
  status?: number;
  canonical?: string;
  /** The print view: the page without its frame, as it prints. */
  print?: boolean;
  /** The column the page belongs to, marked in the navigation. */
  activeColumn?: string;
}

function htmlClass(prefs: Prefs, print: boolean | undefined): string {
  return [`size-${prefs.size}`, prefs.elder ? 'elder' : '', print ? 'print-view' : '']
    .filter(Boolean)
    .join(' ');
}

function head(title: string, extra: string): string {
  return `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title><link rel="stylesheet" href="${styleHref}"><script src="${scriptHref}" defer></script>${extra}</head>`;
}

/** 大 中 小: links to /prefs that work without the script; the script applies them at once. */
export function fontSizeControls(prefs: Prefs): string {
  const sizes: [FontSize, string][] = [
    ['l', '大'],
    ['m', '中'],
    ['s', '小'],
  ];
  const links = sizes
    .map(([size, label]) => {
      const current = prefs.size === size ? ' aria-current="true"' : '';
      return `<a href="${e(prefsHref(prefs, { size }))}" data-size="${size}"${current}>${label}</a>`;
    })
    .join(' ');
  return `<span class="font-size">字号：${links}</span>`;
}

function masthead(site: Site, prefs: Prefs): string {
  const logo = site.logo
    ? `<img src="/media/${site.logo.id}" alt="${e(site.logo.alt || site.name)}" height="48">`
    : '';
  const elder = prefs.elder
    ? `<a href="${e(prefsHref(prefs, { elder: false }))}" data-elder="0">标准版</a>`
    : `<a href="${e(prefsHref(prefs, { elder: true }))}" data-elder="1">长者模式</a>`;
  return `<header class="masthead"><div class="wrap">
<a class="brand" href="${sitePath(site)}">${logo}<span>${e(site.name)}</span></a>
<div class="tools">${elder}<a href="/console/">管理入口</a></div>
<form class="search" action="${sitePath(site, 'search')}" method="get" role="search">
<label for="site-q">站内搜索</label><input id="site-q" name="q" type="search" maxlength="50"><button type="submit">搜索</button>
</form></div></header>`;
}

/** The navigation; 首页 is marked on the home page only (no breadcrumb beyond 首页). */
function navigation(site: Site, active: string | undefined, home: boolean): string {
  const items = site.columns
    .map((c) => {
      const current = c.slug === active ? ' aria-current="page"' : '';
      return `<li><a href="${sitePath(site, `c/${c.slug}/`)}"${current}>${e(c.name)}</a></li>`;
    })
    .join('');
  const current = home ? ' aria-current="page"' : '';
  return `<nav class="columns" aria-label="栏目导航"><ul class="wrap"><li><a href="${sitePath(site)}"${current}>首页</a></li>${items}</ul></nav>`;
}

function breadcrumb(site: Site, crumbs: Crumb[]): string {
  const parts = [{ label: '首页', href: sitePath(site) }, ...crumbs].map((c) =>
    c.href ? `<a href="${e(c.href)}">${e(c.label)}</a>` : `<span>${e(c.label)}</span>`,
  );
  return `<p class="crumbs">当前位置：${parts.join(' / ')}</p>`;
}

/** The column to mark: the one named, else the one the breadcrumb starts with (a column's own page links). */
function activeColumn(input: PageInput): string | undefined {
  const first = input.breadcrumb[0]?.href;
  return (
    input.activeColumn ?? input.site.columns.find((c) => sitePath(input.site, `c/${c.slug}/`) === first)?.slug
  );
}

export function renderPage(input: PageInput): string {
  const { site, prefs } = input;
  const extra = [
    input.canonical ? `<link rel="canonical" href="${e(input.canonical)}">` : '',
    input.status && input.status >= 400 ? '<meta name="robots" content="noindex">' : '',
  ].join('');
  return `<!doctype html>
<html lang="zh-CN" class="${htmlClass(prefs, input.print)}">
${head(`${input.title} - ${site.name}`, extra)}
<body><a class="skip" href="#main">跳到正文</a>
${masthead(site, prefs)}
${navigation(site, activeColumn(input), input.breadcrumb.length === 0)}
<main id="main" tabindex="-1"><div class="wrap">
${breadcrumb(site, input.breadcrumb)}
${input.body}
</div></main>
${renderFooter(site)}
</body></html>`;
}

/** A page outside any site: the portal not set up yet, or a site that does not exist. */
export function renderBarePage(input: { title: string; body: string; prefs: Prefs }): string {
  return `<!doctype html>
<html lang="zh-CN" class="${htmlClass(input.prefs, false)}">
${head(input.title, '<meta name="robots" content="noindex">')}
<body><a class="skip" href="#main">跳到正文</a>
<main id="main" tabindex="-1"><div class="wrap bare">
<h1>${e(input.title)}</h1>
${input.body}
</div></main>
</body></html>`;
}
