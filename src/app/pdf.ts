import { readFile } from 'node:fs/promises';
import type { FastifyReply } from 'fastify';

/**
 * PDFs in a CJK font of the machine: Debian's fonts-noto-cjk by default, or the file named by ZHENFU_PDF_FONT.
 * A font collection (.ttc) holds several faces: `path#PostScriptName` picks one (by default the Simplified
 * Chinese face of Noto). pdfkit embeds only the glyphs used, so a page of text is some tens of KB. (pdf-lib
 * was tried first: its subset of Noto's CID-keyed CFF font is a file readers refuse.) Shared by the notices
 * (cases/notice-pdf.ts) and the 帮扶手册 / 一村一档 (handbook/).
 */
export const DEFAULT_FONTS = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc#NotoSerifCJKsc-Regular',
];

/** No usable font: the route answers 503 with a message in both languages, never a 500. */
export class FontUnavailable extends Error {
  constructor(readonly tried: string[]) {
    super(`no CJK font for PDF documents (tried ${tried.join(', ')})`);
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
export const fontSpecs = (configured: string | undefined = process.env.ZHENFU_PDF_FONT): string[] =>
  configured ? [configured] : DEFAULT_FONTS;

export type PdfDoc = PDFKit.PDFDocument;

/**
 * An A4 document drawn by `draw` in the first font of `specs` pdfkit reads, registered as 'cjk' and selected.
 * Throws FontUnavailable when none is.
 */
export async function renderPdf(
  specs: string[],
  options: { margin: number; info: PDFKit.DocumentInfo },
  draw: (doc: PdfDoc) => void,
): Promise<Buffer> {
  for (const spec of specs) {
    const font = await load(spec);
    if (!font) continue;
    try {
      return await drawWith(font, options, draw);
    } catch (error) {
      if (!isFontError(error)) throw error;
      // Not a font pdfkit reads, or no such face in the collection: try the next one.
      loaded.set(spec, Promise.resolve(undefined));
    }
  }
  throw new FontUnavailable(specs);
}

/** The font is registered before anything is drawn: a failure there is the font's, anything later a bug. */
class FontError extends Error {}
const isFontError = (error: unknown) => error instanceof FontError;

async function drawWith(
  font: Font,
  options: { margin: number; info: PDFKit.DocumentInfo },
  draw: (doc: PdfDoc) => void,
): Promise<Buffer> {
  // Loaded on the first PDF, not with the server: pdfkit costs a quarter of a second to import.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: options.margin,
    info: { Creator: 'Zhenfu', ...options.info },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  try {
    doc.registerFont('cjk', font.bytes, font.face);
    doc.font('cjk');
    // A face missing from the collection fails only when a glyph is laid out.
    doc.widthOfString('字');
  } catch (error) {
    throw new FontError(String(error));
  }
  draw(doc);
  doc.end();
  return done;
}

/**
 * Sends a rendered PDF, or the 503 in both languages when the machine has no CJK font (`meanwhile`: what the
 * reader may use instead, appended to the message).
 */
export async function sendPdf(
  reply: FastifyReply,
  render: () => Promise<Buffer>,
  file: {
    /** An ASCII name. */
    name: string;
    disposition?: 'inline' | 'attachment';
    meanwhile?: { zh: string; en: string };
  },
  requestId: string,
) {
  try {
    const pdf = await render();
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `${file.disposition ?? 'inline'}; filename="${file.name}"`)
      .send(pdf);
  } catch (error) {
    if (!(error instanceof FontUnavailable)) throw error;
    return reply.status(503).send({
      error: {
        code: 'PDF_FONT_UNAVAILABLE',
        message: {
          zh: `服务器未安装中文字体，暂时无法生成 PDF（请安装 fonts-noto-cjk 或设置 ZHENFU_PDF_FONT）${file.meanwhile ? `，${file.meanwhile.zh}` : ''}`,
          en: `No Chinese font on the server: install fonts-noto-cjk or set ZHENFU_PDF_FONT${file.meanwhile ? `; ${file.meanwhile.en}` : ''}`,
        },
        requestId,
      },
    });
  }
}

/**
 * A ruled table at `left`, each row as high as its tallest cell (cells wrap), a new page when a row would run
 * into the bottom margin. Header rows are rows like the others; the caller sets the font size.
 */
export function ruledTable(
  doc: PdfDoc,
  t: {
    left: number;
    bottom: number;
    widths: number[];
    rows: string[][];
    align?: (column: number, columns: number) => 'left' | 'center' | 'right';
  },
): void {
  const pad = 4;
  for (const cells of t.rows) {
    const height =
      Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: t.widths[i]! - 2 * pad }))) + 2 * pad;
    if (doc.y + height > doc.page.height - t.bottom) doc.addPage();
    const top = doc.y;
    let x = t.left;
    cells.forEach((c, i) => {
      const w = t.widths[i]!;
      doc.rect(x, top, w, height).stroke();
      doc.text(c, x + pad, top + pad, { width: w - 2 * pad, align: t.align?.(i, cells.length) ?? 'left' });
      x += w;
    });
    doc.y = top + height;
  }
  doc.x = t.left;
}
