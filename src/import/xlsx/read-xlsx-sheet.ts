import type ExcelJS from 'exceljs';
import type { Issue, Result } from '../../model/issue.js';
import { fail, ok } from '../../model/issue.js';
import type { Sheet, SheetRow } from '../sheet/sheet.js';
import { zipEntryNames, zipRefusal } from '../zip-limits.js';
import { cellText } from './cell-text.js';

/** Whether bytes start like a zip archive (`PK\x03\x04`). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function unreadable(file: string, reason: string): Result<Sheet> {
  return fail([{ code: 'unreadable_file', file, params: { reason } }]);
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook | undefined> {
  // exceljs takes about a second to load: only imports of spreadsheets pay for it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // A copy: exceljs wants an ArrayBuffer of exactly the file.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    // exceljs (through JSZip and its XML parser) rejects a damaged file with plain Errors.
    if (error instanceof Error || typeof error === 'string') return undefined;
    throw error;
  }
  return workbook;
}

function rowCells(row: ExcelJS.Row, date1904: boolean): string[] {
  const cells: string[] = [];
  for (let column = 1; column <= row.cellCount; column++) {
    const cell = row.getCell(column);
    cells.push(cellText(cell.value, cell.numFmt, date1904).trim());
  }
  return cells;
}

function tableOf(worksheet: ExcelJS.Worksheet, date1904: boolean) {
  const rows: { line: number; cells: string[] }[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells = rowCells(row, date1904);
    if (cells.some((cell) => cell !== '')) rows.push({ line, cells });
  });
  return rows;
}

/**
 * Reads the first worksheet of an XLSX workbook into the same `Sheet` as `readSheet`: the first
 * non-empty row is the header, each later non-empty row keeps its row number as its line, cells
 * are the text the sheet shows (see `cellText`), trimmed; rows are cut or padded to the
 * header's width (cells under no header are notes, not data). A damaged or truncated file, a
 * zip that is not a workbook, or a workbook without a worksheet gives `unreadable_file`; a sheet
 * without data rows gives `empty_file`. Never throws on bad input.
 *
 * @example
 * await readXlsxSheet(bytes, 'membres.xlsx') // { ok: true, value: { header: [...], rows: [...] } }
 */
export async function readXlsxSheet(bytes: Uint8Array, file: string): Promise<Result<Sheet>> {
  // exceljs inflates the whole archive in memory: refuse a zip bomb before it does.
  if (isZip(bytes) && zipRefusal(bytes) === 'zip_too_large')
    return unreadable(file, 'zip_too_large');
  // A sound zip without the package's content types is some other archive: say so at once
  // rather than through exceljs, whose failure on it varies.
  const names = isZip(bytes) ? zipEntryNames(bytes) : undefined;
  if (names && !names.includes('[Content_Types].xml')) return unreadable(file, 'not_xlsx');
  const workbook = await loadWorkbook(bytes);
  if (!workbook) return unreadable(file, isZip(bytes) ? 'xlsx' : 'not_xlsx');
  const [worksheet] = workbook.worksheets;
  if (!worksheet) return unreadable(file, isZip(bytes) ? 'not_xlsx' : 'no_worksheet');
  const date1904 = workbook.properties?.date1904 === true;
  const [first, ...rest] = tableOf(worksheet, date1904);
  if (!first) return fail([{ code: 'empty_file', file, params: {} } satisfies Issue]);
  const header = first.cells;
  const width = header.length;
  const rows: SheetRow[] = rest
    .map(({ line, cells }) => ({
      line,
      cells: Array.from({ length: width }, (_, i) => cells[i] ?? ''),
    }))
    .filter(({ cells }) => cells.some((cell) => cell !== ''));
  if (rows.length === 0) return fail([{ code: 'empty_file', file, params: {} }]);
  return ok({ file, header, headerLine: first.line, rows });
}
