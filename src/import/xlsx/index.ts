import type { Importer } from '../importer.js';
import { IMPORT_KINDS } from '../importer.js';
import { readRecords } from '../sheet/read-records.js';
import { isZip, readXlsxSheet } from './read-xlsx-sheet.js';

const latin1 = new TextDecoder('latin1');

/**
 * Whether a sample is an XLSX workbook: a zip (`PK`) whose entries name `xl/workbook.xml` or
 * other `xl/` parts, or a zip named `.xlsx`/`.xlsm` (the parts may lie past the sample).
 */
function looksXlsx(sample: Uint8Array, fileName: string): boolean {
  if (!isZip(sample)) return false;
  if (/\.xls[xm]$/i.test(fileName)) return true;
  const names = latin1.decode(sample);
  return names.includes('xl/workbook.xml') || names.includes('xl/worksheets/');
}

/**
 * The native format of product.md §5 as an XLSX workbook (`--format xlsx`): the first
 * worksheet is read like a CSV file (same French or English header mapping, same kinds), with
 * date cells taken as the day the sheet shows. Asynchronous: call it through `readWith`.
 */
export const xlsxImporter: Importer = Object.freeze<Importer>({
  format: 'xlsx',
  kinds: IMPORT_KINDS,
  detect: looksXlsx,
  async read({ bytes, fileName, kind, options }) {
    const sheet = await readXlsxSheet(bytes, fileName);
    return sheet.ok ? readRecords(sheet.value, kind, options) : sheet;
  },
});

export { cellText, isDateFormat } from './cell-text.js';
export { excelSerialDate, shownDate } from './excel-serial.js';
export { readXlsxSheet } from './read-xlsx-sheet.js';
