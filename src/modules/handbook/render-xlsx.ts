import { loadExcelJs } from '../registry/exceljs.ts';
import type { Book } from './book.ts';

/** Excel refuses a sheet name over 31 characters or with any of : \ / ? * [ ]. */
const sheetName = (title: string, i: number) => `${i + 1} ${title.replace(/[:\\/?*[\]]/g, '')}`.slice(0, 31);

/**
 * A book as a workbook: a first sheet with the title, then a sheet per section — facts as label/value rows,
 * tables with a header row — so each table can be sorted and filtered on its own.
 */
export async function renderBookXlsx(book: Book): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zhenfu';
  const cover = workbook.addWorksheet('封面');
  cover.addRows([[book.title], [book.subtitle], [`生成日期：${book.generatedOn}（系统生成，无需填写）`]]);
  cover.getColumn(1).width = 60;
  book.sections.forEach((section, i) => {
    const sheet = workbook.addWorksheet(sheetName(section.title, i));
    if ('facts' in section) {
      sheet.addRow(['项目', '内容']);
      sheet.addRows(section.facts);
      sheet.getColumn(1).width = 24;
      sheet.getColumn(2).width = 48;
    } else {
      sheet.addRow(section.headers);
      sheet.addRows(section.rows);
      section.headers.forEach((h, c) => (sheet.getColumn(c + 1).width = Math.max(10, h.length * 2 + 4)));
    }
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
