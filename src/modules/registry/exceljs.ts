/**
 * exceljs, loaded on the first spreadsheet read or written rather than with the server (as pdfkit is, see
 * cases/notice-pdf.ts): importing it costs a third of a second of CPU, which every start of the server and every
 * test file paid, though few of them ever touch an XLSX file.
 */
export async function loadExcelJs() {
  return (await import('exceljs')).default;
}
