import { fontSpecs, renderPdf, ruledTable, type PdfDoc } from '../../app/pdf.ts';
import type { Book, Cell, Section } from './book.ts';

const A4_WIDTH = 595.28;
const MARGIN = 48;
const WIDTH = A4_WIDTH - 2 * MARGIN;

const text = (c: Cell): string => (c === null ? '' : String(c));

/** A book as an A4 PDF in the machine's CJK font (FontUnavailable without one: the route answers 503). */
export function renderBookPdf(book: Book): Promise<Buffer> {
  return renderPdf(
    fontSpecs(),
    {
      margin: MARGIN,
      info: {
        Title: book.title,
        Subject: book.subtitle,
        CreationDate: new Date(`${book.generatedOn}T00:00:00Z`),
      },
    },
    (doc) => {
      doc.fontSize(18).text(book.title, { align: 'center' });
      doc.moveDown(0.2).fontSize(10).text(book.subtitle, { align: 'center' });
      doc.text(`生成日期：${book.generatedOn}（系统生成，无需填写）`, { align: 'center' });
      for (const section of book.sections) drawSection(doc, section);
    },
  );
}

function drawSection(doc: PdfDoc, section: Section): void {
  if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
  doc.moveDown(0.8).fontSize(13).text(section.title, MARGIN, doc.y, { width: WIDTH });
  doc.moveDown(0.3).fontSize(9);
  if ('facts' in section) {
    const rows = section.facts.map(([k, v]) => [k, text(v)]);
    // Two facts a line: label, value, label, value.
    const paired: string[][] = [];
    for (let i = 0; i < rows.length; i += 2) paired.push([...rows[i]!, ...(rows[i + 1] ?? ['', ''])]);
    ruledTable(doc, {
      left: MARGIN,
      bottom: MARGIN,
      widths: [90, WIDTH / 2 - 90, 90, WIDTH / 2 - 90],
      rows: paired,
    });
    return;
  }
  if (section.rows.length === 0) {
    doc.text('（无）', MARGIN, doc.y, { width: WIDTH });
    return;
  }
  const columns = section.printed ?? section.headers.map((_, i) => i);
  const weights = section.weights ?? columns.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  ruledTable(doc, {
    left: MARGIN,
    bottom: MARGIN,
    widths: weights.map((w) => (WIDTH * w) / total),
    rows: [section.headers, ...section.rows.map((r) => r.map(text))].map((r) =>
      columns.map((i) => r[i] ?? ''),
    ),
  });
}
