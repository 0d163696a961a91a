import { escapeHtml } from '../portal/site/html.ts';
import type { NoticeBody } from './notice-schemas.ts';

/**
 * A notice as the page a village posts on its board: title, serial, the table of names, the period, where to
 * object (the issuing body, the supervision line 12317), the issuer and the date. Printable as it is (A4, no
 * script, no outside resource); the text of a notice is Chinese, as posted.
 */
export interface PrintableNotice {
  serial: string;
  title: string;
  postedOn: string;
  periodDays: number;
  endsOn: string;
  body: NoticeBody;
}

/** 2026-06-01 → 2026年6月1日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The sentences of a notice, shared by the page and the PDF. */
export function noticeText(n: PrintableNotice): { intro: string; period: string; headers: string[] } {
  const { body } = n;
  const household = body.rows.some((r) => r.size !== null);
  return {
    intro: `根据${body.procedure}工作程序的有关规定，现将${body.place}有关情况予以${body.kind}：`,
    period: `${body.kind}期：${chineseDate(n.postedOn)}至${chineseDate(n.endsOn)}（${n.periodDays}天）。`,
    headers: household
      ? ['序号', '户主姓名', '家庭人口', '所在村', '事由']
      : ['序号', '名称', '所在村', '事由'],
  };
}

const STYLE = `
  @page { size: A4; margin: 20mm; }
  body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "SimSun", serif; color: #000; margin: 0; }
  article { max-width: 170mm; margin: 0 auto; padding: 12mm 0; line-height: 1.8; font-size: 15px; }
  h1 { text-align: center; font-size: 22px; margin: 0 0 4px; }
  .serial { text-align: right; font-size: 12px; margin: 0 0 12px; }
  p { text-indent: 2em; margin: 6px 0; }
  table { width: 100%; border-collapse: collapse; margin: 12px 0; }
  th, td { border: 1px solid #000; padding: 4px 6px; text-align: center; font-size: 14px; }
  td.reason { text-align: left; }
  th, td:not(.reason) { white-space: nowrap; }
  .sign { text-align: right; text-indent: 0; margin-top: 28px; }`;

/** The notice itself, as posted: shared by the printable page below and the portal's notice page. */
export function noticeSheetHtml(n: PrintableNotice): string {
  const e = escapeHtml;
  const { intro, period, headers } = noticeText(n);
  const head = headers.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const rows = n.body.rows
    .map((r, i) => {
      const cells = [String(i + 1), r.name, ...(r.size === null ? [] : [String(r.size)]), r.village ?? '—'];
      return `<tr>${cells.map((c) => `<td>${e(c)}</td>`).join('')}<td class="reason">${e(r.reason)}</td></tr>`;
    })
    .join('');
  return `<h1>${e(n.title)}</h1>
<p class="serial">编号：${e(n.serial)}</p>
<p>${e(intro)}</p>
<table class="notice"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>
<p>${e(period)}</p>
<p>${e(n.body.contact)}</p>
<p>监督举报电话：${e(n.body.supervision)}</p>
<p class="sign">${e(n.body.issuer)}<br>${e(chineseDate(n.postedOn))}</p>`;
}

export function renderNoticeHtml(n: PrintableNotice): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(n.title)}</title><style>${STYLE}</style></head>
<body><article>
${noticeSheetHtml(n)}
</article></body>
</html>`;
}
