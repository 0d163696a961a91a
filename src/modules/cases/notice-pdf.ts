import { renderPdf, ruledTable, type PdfDoc } from '../../app/pdf.ts';
import { chineseDate, noticeText, type PrintableNotice } from './notice-html.ts';

/** A notice as an A4 PDF in the machine's CJK font (app/pdf.ts); pdfkit embeds only the glyphs used: some 60 KB. */
export function renderNoticePdf(notice: PrintableNotice, specs: string[]): Promise<Buffer> {
  return renderPdf(
    specs,
    {
      margin: MARGIN,
      info: {
        Title: notice.title,
        Subject: notice.serial,
        CreationDate: new Date(`${notice.postedOn}T00:00:00Z`),
      },
    },
    (doc) => draw(doc, notice),
  );
}

const A4_WIDTH = 595.28;
const MARGIN = 64;
const WIDTH = A4_WIDTH - 2 * MARGIN;

function draw(doc: PdfDoc, n: PrintableNotice): void {
  const { intro, period, headers } = noticeText(n);
  doc.fontSize(18).text(n.title, { align: 'center' });
  doc.moveDown(0.3).fontSize(10).text(`编号：${n.serial}`, { align: 'right' });
  doc.moveDown(0.8).fontSize(12).text(intro, { indent: 24, lineGap: 4 });
  doc.moveDown(0.6);
  table(
    doc,
    headers,
    n.body.rows.map((r, i) => [
      String(i + 1),
      r.name,
      ...(r.size === null ? [] : [String(r.size)]),
      r.village ?? '—',
      r.reason,
    ]),
  );
  doc.moveDown(0.8);
  for (const line of [period, n.body.contact, `监督举报电话：${n.body.supervision}`])
    doc.text(line, MARGIN, doc.y, { width: WIDTH, indent: 24, lineGap: 4 });
  doc.moveDown(2);
  doc.text(n.body.issuer, { align: 'right' });
  doc.text(chineseDate(n.postedOn), { align: 'right' });
}

/** A ruled table; the last column (the reason) takes the width the others leave and wraps. */
function table(doc: PdfDoc, headers: string[], rows: string[][]): void {
  const narrow = headers.length === 5 ? [36, 72, 56, 96] : [36, 120, 110];
  doc.fontSize(11);
  ruledTable(doc, {
    left: MARGIN,
    bottom: MARGIN,
    widths: [...narrow, WIDTH - narrow.reduce((a, b) => a + b, 0)],
    rows: [headers, ...rows],
    align: (i, n) => (i === n - 1 ? 'left' : 'center'),
  });
}
