import { readFile } from 'node:fs/promises';
import { chineseDate, noticeText, type PrintableNotice } from './notice-html.ts';

/**
 * A notice as an A4 PDF, in a CJK font of the machine: Debian's fonts-noto-cjk by default, or the file named
 * by ZHENFU_PDF_FONT. A font collection (.ttc) holds several faces: `path#PostScriptName` picks one (by default
 * the Simplified Chinese face of Noto). pdfkit embeds only the glyphs used, so a notice is some 60 KB.
 * (pdf-lib was tried first: its subset of Noto's CID-keyed CFF font is a file readers refuse.)
 */
export const DEFAULT_FONTS = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc#NotoSerifCJKsc-Regular',
];

/** No usable font: the route answers 503 with a message in both languages, never a 500. */
export class FontUnavailable extends Error {
  constructor(readonly tried: string[]) {
    super(`no CJK font for PDF notices (tried ${tried.join(', ')})`);
  }
}

interface Font {
  bytes: Buffer;
  face: string | undefined;
}

/** Fonts read once per process: a collection is 20 MB. A spec that failed is not read again. */
const loaded = new Map<string, Promise<Font | undefined>>();

function load(spec: string): Promise<Font | undefined> {
  let font = loaded.get(spec);
  if (!font) {
    const [path = '', face] = spec.split('#');
    font = readFile(path).then(
      (bytes) => ({ bytes, face }),
      () => undefined,
    );
    loaded.set(spec, font);
  }
  return font;
}

/** The font specs to try: the configured one alone when set, else the Debian defaults. */
export const fontSpecs = (configured: string | undefined): string[] =>
  configured ? [configured] : DEFAULT_FONTS;

export async function renderNoticePdf(notice: PrintableNotice, specs: string[]): Promise<Buffer> {
  for (const spec of specs) {
    const font = await load(spec);
    if (!font) continue;
    try {
      return await draw(notice, font);
    } catch {
      // Not a font pdfkit reads, or no such face in the collection: try the next one.
      loaded.set(spec, Promise.resolve(undefined));
    }
  }
  throw new FontUnavailable(specs);
}

const A4_WIDTH = 595.28;
const MARGIN = 64;
const WIDTH = A4_WIDTH - 2 * MARGIN;

async function draw(n: PrintableNotice, font: Font): Promise<Buffer> {
  // Loaded on the first PDF, not with the server: pdfkit costs a quarter of a second to import.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: n.title,
      Subject: n.serial,
      Creator: 'Zhenfu',
      CreationDate: new Date(`${n.postedOn}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', font.bytes, font.face);
  doc.font('cjk');
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
  doc.end();
  return done;
}

/** A ruled table; the last column (the reason) takes the width the others leave and wraps. */
function table(doc: PDFKit.PDFDocument, headers: string[], rows: string[][]): void {
  const narrow = headers.length === 5 ? [36, 72, 56, 96] : [36, 120, 110];
  const widths = [...narrow, WIDTH - narrow.reduce((a, b) => a + b, 0)];
  const pad = 4;
  doc.fontSize(11);
  for (const cells of [headers, ...rows]) {
    const height =
      Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 2 * pad }))) + 2 * pad;
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      const w = widths[i]!;
      doc.rect(x, top, w, height).stroke();
      doc.text(c, x + pad, top + pad, {
        width: w - 2 * pad,
        align: i === cells.length - 1 ? 'left' : 'center',
      });
      x += w;
    });
    doc.y = top + height;
  }
  doc.x = MARGIN;
}
