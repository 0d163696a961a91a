import { noticeSheetHtml } from '../../../cases/notice-html.ts';
import type { PublicNotice } from '../../../cases/notice-queries.ts';
import { HUMAN_CHECK_SLOT } from '../human-check-html.ts';
import { escapeHtml as e } from '../html.ts';
import { noticePath } from '../paths.ts';
import type { Site } from '../queries.ts';

/** What the reader typed into the objection form, given back when it must be corrected. */
export interface ObjectionTyped {
  content: string;
  name: string;
  phone: string;
}

const EMPTY: ObjectionTyped = { content: '', name: '', phone: '' };

/**
 * The objection form: a plain HTML form posted urlencoded, no script needed. Name and phone are optional and
 * never shown anywhere public. `errors` come back from a refused submission, above the form, with the text
 * the reader typed kept.
 */
export function objectionForm(
  site: Site,
  serial: string,
  typed: ObjectionTyped = EMPTY,
  errors: string[] = [],
): string {
  const alert = errors.length
    ? `<div class="error" role="alert"><p>提交未成功：</p><ul>${errors.map((m) => `<li>${e(m)}</li>`).join('')}</ul></div>`
    : '';
  return `<section aria-labelledby="objection-h"><h2 id="objection-h">提出异议</h2>
<p>对公示内容有异议的，可在公示期内在线提交，也可向发布单位反映或拨打监督举报电话。姓名和电话仅供核实，不会公开。</p>
${alert}
<form class="plain" method="post" action="${noticePath(site, serial)}/objection">
<label for="objection-content">异议内容（必填，不超过 2000 字）</label>
<textarea id="objection-content" name="content" rows="6" maxlength="2000" required>${e(typed.content)}</textarea>
<label for="objection-name">姓名（选填）</label>
<input id="objection-name" name="name" maxlength="50" autocomplete="name" value="${e(typed.name)}">
<label for="objection-phone">联系电话（选填）</label>
<input id="objection-phone" name="phone" type="tel" maxlength="20" autocomplete="tel" value="${e(typed.phone)}">
${HUMAN_CHECK_SLOT}
<button type="submit">提交异议</button>
</form></section>`;
}

/** The notice as posted, its state, and during its period the objection form. */
export function noticeBody(site: Site, notice: PublicNotice, form: string | null): string {
  const state = notice.open
    ? `<p><span class="status open">公示中</span> 公示期至 ${e(notice.endsOn)}</p>`
    : `<p><span class="status archived">公示已结束</span></p>`;
  return `<article class="notice-box">${noticeSheetHtml(notice)}</article>${state}${form ?? ''}`;
}

/** The receipt after an objection was taken. */
export function objectionReceiptBody(site: Site, notice: PublicNotice, receivedOn: string): string {
  return `<h1>异议已收到</h1>
<p>您对《${e(notice.title)}》（编号 ${e(notice.serial)}）提出的异议已于 ${e(receivedOn)} 收到，将由发布单位核实并答复。</p>
<p><a href="${noticePath(site, notice.serial)}">返回公示</a></p>`;
}
