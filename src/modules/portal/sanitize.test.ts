import { describe, expect, it } from 'vitest';
import { htmlToText, sanitizeArticleHtml } from './sanitize.ts';

/** Nothing that can run, load or restyle survives, whatever the spelling of the attack. */
function expectInert(html: string): void {
  const clean = sanitizeArticleHtml(html).toLowerCase();
  for (const needle of [
    '<script',
    'javascript:',
    'vbscript:',
    'data:',
    'onerror',
    'onload',
    'style=',
    '<svg',
  ]) {
    expect(clean, `${html} → ${clean}`).not.toContain(needle);
  }
}

describe('sanitizeArticleHtml drops what can run', () => {
  it('removes a script with its content', () => {
    expect(sanitizeArticleHtml('<p>通知<script>alert(1)</script></p>')).toBe('<p>通知</p>');
    expect(sanitizeArticleHtml('<SCRIPT src="//x.js"></SCRIPT><p>a</p>')).toBe('<p>a</p>');
  });

  it('removes style, iframe and object with their content', () => {
    expect(
      sanitizeArticleHtml('<style>p{}</style><iframe src="x">内</iframe><object>o</object><p>留</p>'),
    ).toBe('<p>留</p>');
  });

  it('removes event handlers and a hot-linked image', () => {
    expect(sanitizeArticleHtml('<img src=x onerror=alert(1)>')).toBe('');
    expect(sanitizeArticleHtml('<img src="/media/7" alt="图" onerror="alert(1)">')).toBe(
      '<img src="/media/7" alt="图" />',
    );
    expect(sanitizeArticleHtml('<p onclick="x()" onmouseover="y()">t</p>')).toBe('<p>t</p>');
    expect(sanitizeArticleHtml('<svg onload=alert(1)><circle/></svg>')).toBe('');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'jav\tascript:alert(1)',
    'java\nscript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript&colon;alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    '//evil.example/x',
  ])('drops the link target %j', (href) => {
    const clean = sanitizeArticleHtml(`<a href="${href}">点此</a>`);
    expect(clean).toBe('<a rel="noopener noreferrer">点此</a>');
  });

  it('keeps only /media/<digits> as an image source', () => {
    expect(sanitizeArticleHtml('<img src="data:image/png;base64,AAAA" alt="x">')).toBe('');
    expect(sanitizeArticleHtml('<img src="https://evil.example/a.png" alt="x">')).toBe('');
    expect(sanitizeArticleHtml('<img src="/media/3x" alt="x">')).toBe('');
    expect(sanitizeArticleHtml('<img src="/media/../admin" alt="x">')).toBe('');
  });

  it('removes style and class attributes', () => {
    expect(sanitizeArticleHtml('<p style="position:fixed" class="x">t</p>')).toBe('<p>t</p>');
  });

  it('closes nested and unclosed tags', () => {
    expect(sanitizeArticleHtml('<p><strong>a<em>b</p>c')).toBe('<p><strong>a<em>b</em></strong></p>c');
    expect(sanitizeArticleHtml('<ul><li>一<li>二</ul>')).toBe('<ul><li>一</li><li>二</li></ul>');
  });

  it('is inert for a mixed bag of attacks', () => {
    expectInert('<div><img src="/media/1" style="x" onload="x"><a href="&#0000106avascript:x">a</a></div>');
    expectInert('<<script>script>alert(1)<</script>/script>');
    expectInert('<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>');
    expectInert(
      '<a href="javascript&colon;alert(1)">x</a><form action="javascript:x"><button>b</button></form>',
    );
  });
});

describe('sanitizeArticleHtml keeps the allowed markup', () => {
  it('keeps structure, tables and a local image with its dimensions', () => {
    const html =
      '<h2>标题</h2><h3>小节</h3><h4>条</h4><p>一<br />二<strong>强</strong><em>斜</em><b>b</b><i>i</i><u>u</u><s>s</s></p>' +
      '<ol><li>甲</li></ol><blockquote>引</blockquote>' +
      '<table><thead><tr><th>项目</th></tr></thead><tbody><tr><td>道路</td></tr></tbody></table>' +
      '<img src="/media/12" alt="村道" width="640" height="480" />';
    expect(sanitizeArticleHtml(html)).toBe(html);
  });

  it('keeps http, https, mailto and local links, adding rel', () => {
    expect(sanitizeArticleHtml('<a href="https://www.gov.cn/" target="_blank" rel="opener">国务院</a>')).toBe(
      '<a href="https://www.gov.cn/" rel="noopener noreferrer">国务院</a>',
    );
    expect(sanitizeArticleHtml('<a href="/s/371324/a/5">本站</a>')).toBe(
      '<a href="/s/371324/a/5" rel="noopener noreferrer">本站</a>',
    );
    expect(sanitizeArticleHtml('<a href="mailto:fp@example.cn">信箱</a>')).toContain(
      'href="mailto:fp@example.cn"',
    );
    expect(sanitizeArticleHtml('<a href="http://example.cn/x?a=1&amp;b=2">x</a>')).toContain(
      'href="http://example.cn/x?a=1&amp;b=2"',
    );
  });

  it('drops a width that is not a number but keeps the image', () => {
    expect(sanitizeArticleHtml('<img src="/media/2" alt="" width="50%" height="9">')).toBe(
      '<img src="/media/2" alt="" height="9" />',
    );
  });

  it('is stable: sanitising twice changes nothing', () => {
    const once = sanitizeArticleHtml(
      '<p>a<a href="/x">b</a><img src="/media/1" alt="c"></p><p>d &amp; e</p>',
    );
    expect(sanitizeArticleHtml(once)).toBe(once);
  });
});

describe('htmlToText', () => {
  it('keeps blocks apart and decodes entities', () => {
    expect(htmlToText('<p>扶贫 &amp; 帮扶 &lt;一&gt;</p><p>第二段</p><ul><li>甲</li><li>乙</li></ul>')).toBe(
      '扶贫 & 帮扶 <一>\n第二段\n甲\n乙',
    );
  });

  it('never carries a script or style text', () => {
    expect(htmlToText('<p>a<script>alert(1)</script>b</p><style>p{}</style>')).toBe('ab');
  });

  it('breaks lines at <br> and collapses spaces', () => {
    expect(htmlToText('<p>一   行<br>二\n\t行</p>')).toBe('一 行\n二 行');
  });
});
