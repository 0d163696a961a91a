import type { Challenge } from '../human-check.ts';
import type { Receipt } from '../complaints/submit.ts';
import { escapeHtml as e, queryString } from './html.ts';
import { sitePath } from './paths.ts';
import type { Site } from './queries.ts';

/**
 * The HTML bodies of the portal's complaint pages (监督举报): the form, the receipt, the tracking form and its
 * result. Plain forms that work without the script; every value written is escaped.
 */
export interface RegionOption {
  code: string;
  name: string;
  level: number;
}

const STATE_TEXT: Record<string, string> = {
  received: '已受理，待办理',
  in_progress: '办理中',
  answered: '已答复',
  closed: '已办结',
};

const val = (fields: Record<string, unknown>, key: string) => {
  const v = fields[key];
  return typeof v === 'string' ? e(v) : '';
};
const checked = (fields: Record<string, unknown>, key: string) => (fields[key] ? ' checked' : '');

function errorBox(message: string | undefined): string {
  return message ? `<p class="error" role="alert">${e(message)}</p>` : '';
}

function regionSelect(regions: readonly RegionOption[], chosen: string): string {
  const options = regions
    .map((r) => {
      // Villages indented under their town, as the list runs in code order.
      const label = `${r.level === 5 ? '\u3000\u3000' : r.level === 4 ? '\u3000' : ''}${r.name}`;
      return `<option value="${e(r.code)}"${r.code === chosen ? ' selected' : ''}>${e(label)}</option>`;
    })
    .join('');
  return `<select id="c-region" name="regionCode" required>${options}</select>`;
}

export function complaintFormBody(
  site: Site,
  input: {
    regions: readonly RegionOption[];
    challenge: Challenge;
    fields?: Record<string, unknown>;
    error?: string;
  },
): string {
  const f = input.fields ?? {};
  const chosen = typeof f.regionCode === 'string' ? f.regionCode : site.regionCode;
  return `<h1>我要举报</h1>
<p>请如实反映扶贫领域的问题。可以匿名；留下的联系方式只用于核实和答复，不会公开。提交后您会得到受理编号和查询码，凭此<a href="${sitePath(site, 'complaints/track')}">查询办理情况</a>。</p>
${errorBox(input.error)}
<form class="plain" method="post" action="${sitePath(site, 'complaints')}" enctype="multipart/form-data">
<label for="c-title">标题（必填，100 字以内）</label>
<input id="c-title" name="title" required maxlength="100" value="${val(f, 'title')}">
<label for="c-region">所涉地区（必填）</label>
${regionSelect(input.regions, chosen)}
<label for="c-content">举报内容（必填，5000 字以内）</label>
<textarea id="c-content" name="content" required maxlength="5000" rows="8">${val(f, 'content')}</textarea>
<label for="c-contact">联系方式（选填，不公开）</label>
<input id="c-contact" name="contact" maxlength="200" value="${val(f, 'contact')}">
<label><input type="checkbox" name="anonymous" value="on"${checked(f, 'anonymous')}> 匿名举报（不保留联系方式）</label>
<label><input type="checkbox" name="consentPublish" value="on"${checked(f, 'consentPublish')}> 同意在本网站公开答复（去除个人信息后）</label>
<label for="c-files">附件（选填，最多 3 个，PDF、JPG 或 PNG，每个不超过 5 MB）</label>
<input id="c-files" name="attachments" type="file" multiple accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png">
<input type="hidden" name="humanToken" value="${e(input.challenge.token)}">
<label for="c-answer">验证问题：${e(input.challenge.question.zh)}</label>
<input id="c-answer" name="humanAnswer" required inputmode="numeric" maxlength="6" autocomplete="off">
<button type="submit">提交举报</button>
</form>`;
}

export function receiptBody(site: Site, receipt: Receipt): string {
  const track = `${sitePath(site, 'complaints/track')}${queryString({ no: receipt.trackingNo })}`;
  return `<h1>举报已受理</h1>
<div class="notice-box">
<p>受理编号：<strong>${e(receipt.trackingNo)}</strong></p>
<p>查询码：<strong>${e(receipt.queryCode)}</strong></p>
<p>受理日期：${e(receipt.receivedOn)}，答复期限：${e(receipt.dueOn)}（工作日计算）</p>
</div>
<p><strong>请抄录或截图保存受理编号和查询码。查询码只显示这一次</strong>，丢失后无法查询办理情况。</p>
<p><a href="${track}">查询办理情况</a></p>`;
}

export interface Tracked {
  trackingNo: string;
  title: string;
  state: string;
  receivedOn: string;
  dueOn: string;
  repliedOn: string | null;
  reply: string | null;
}

function trackedBox(t: Tracked): string {
  const reply = t.reply
    ? `<h2>答复（${e(t.repliedOn ?? '')}）</h2><p>${e(t.reply).replaceAll('\n', '<br>')}</p>`
    : '<p>尚未答复。</p>';
  return `<div class="notice-box">
<p>受理编号：${e(t.trackingNo)}</p>
<p>标题：${e(t.title)}</p>
<p>状态：<strong>${e(STATE_TEXT[t.state] ?? t.state)}</strong></p>
<p>受理日期：${e(t.receivedOn)}，答复期限：${e(t.dueOn)}</p>
${reply}
</div>`;
}

export function trackBody(
  site: Site,
  input: { no?: string | undefined; result?: Tracked; error?: string },
): string {
  return `<h1>举报查询</h1>
${errorBox(input.error)}
${input.result ? trackedBox(input.result) : ''}
<form class="plain" method="get" action="${sitePath(site, 'complaints/track')}">
<label for="t-no">受理编号</label>
<input id="t-no" name="no" required maxlength="24" value="${e(input.no ?? '')}" autocomplete="off">
<label for="t-code">查询码</label>
<input id="t-code" name="code" required maxlength="12" autocomplete="off">
<button type="submit">查询</button>
</form>
<p><a href="${sitePath(site, 'complaints/new')}">我要举报</a></p>`;
}
