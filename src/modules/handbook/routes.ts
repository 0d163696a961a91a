import { z } from 'zod';
import { requireActor, type App } from '../../app/context.ts';
import { sendPdf } from '../../app/pdf.ts';
import { retryTransaction } from '../../db/retry.ts';
import { recordAudit } from '../audit/audit.ts';
import { today } from '../registry/commands/shared.ts';
import { downloadHeaders } from '../registry/export/writers.ts';
import { idParam } from '../registry/schemas.ts';
import type { Book } from './book.ts';
import { householdBook } from './household-book.ts';
import { renderBookPdf } from './render-pdf.ts';
import { renderBookXlsx } from './render-xlsx.ts';
import { villageDossier } from './village-dossier.ts';

const tags = ['casework'];
const villageParam = z.object({
  code: z
    .string()
    .regex(/^\d{12}$/)
    .describe('12-digit village code'),
});
type Format = 'pdf' | 'xlsx';

/**
 * 帮扶手册 and 一村一档, generated from what the system holds (减轻基层负担: nobody types a report). A
 * download is a read that matters: audited before the document goes out, like the registry's export.
 */
export async function handbookRoutes(app: App) {
  const handbook = (format: Format) =>
    app.get(
      `/api/v1/households/:id/handbook.${format}`,
      {
        schema: {
          tags,
          summary: `The household's 帮扶手册 as ${format.toUpperCase()} / 帮扶手册（${format.toUpperCase()}）`,
          description:
            'Household, members, income of the years, 两不愁三保障 and water, responsible cadre and pairing history, visits, ' +
            'problems and measures. Personal data masked as on the household page (a paired cadre sees their ' +
            "household's in full). 404 outside the caller's households" +
            (format === 'pdf' ? '; 503 PDF_FONT_UNAVAILABLE without a CJK font on the server.' : '.'),
          params: idParam,
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const day = today(app.clock());
        const found = await retryTransaction(app.db, async (tx) => {
          const hb = await householdBook(tx, actor, request.params.id, day);
          await recordAudit(tx, actor, {
            action: 'handbook.download',
            entity: 'household',
            entityId: hb.householdId,
            regionCode: hb.regionCode,
            after: { format, personalData: hb.personal },
          });
          return hb;
        });
        return send(reply, format, found.book, `handbook-${found.householdNo}`, request.id);
      },
    );

  const dossier = (format: Format) =>
    app.get(
      `/api/v1/villages/:code/dossier.${format}`,
      {
        schema: {
          tags,
          summary: `The village's 一村一档 as ${format.toUpperCase()} / 一村一档（${format.toUpperCase()}）`,
          description:
            'The village, its households by status, type and monitoring, incidence, Party branch, work team and ' +
            'attendance, cadres and their loads, projects, problems by state, measures by category. No personal ' +
            "data. 404 for a region that is not a village or outside the caller's regions" +
            (format === 'pdf' ? '; 503 PDF_FONT_UNAVAILABLE without a CJK font on the server.' : '.'),
          params: villageParam,
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const day = today(app.clock());
        const { code } = request.params;
        const book = await retryTransaction(app.db, async (tx) => {
          const found = await villageDossier(tx, actor, code, day);
          await recordAudit(tx, actor, {
            action: 'dossier.download',
            entity: 'village',
            entityId: code,
            regionCode: code,
            after: { format, personalData: false },
          });
          return found;
        });
        return send(reply, format, book, `dossier-${code}`, request.id);
      },
    );

  for (const format of ['pdf', 'xlsx'] as const) {
    handbook(format);
    dossier(format);
  }
}

async function send(
  reply: Parameters<typeof sendPdf>[0],
  format: Format,
  book: Book,
  name: string,
  requestId: string,
) {
  if (format === 'pdf')
    return sendPdf(
      reply,
      () => renderBookPdf(book),
      { name: `${name}.pdf`, disposition: 'attachment' },
      requestId,
    );
  return reply.headers(downloadHeaders('xlsx', `${name}.xlsx`)).send(await renderBookXlsx(book));
}
