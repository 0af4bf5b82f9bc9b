import type ExcelJS from 'exceljs';
import type { Result } from '../../model/issue.js';
import { fail, ok } from '../../model/issue.js';
import type { Sheet, SheetRow } from '../sheet/sheet.js';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/**
 * Reads the first worksheet of an XLSX file (Microsoft Forms' export, or any tool's) into a
 * sheet: the first non-empty row is the header, empty rows are skipped, cells trimmed. An
 * unreadable or truncated file gives `unreadable_file`. Async because exceljs' loader is.
 */
export async function readXlsxSheet(bytes: Uint8Array, file: string): Promise<Result<Sheet>> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return fail([
      {
        code: 'unreadable_file',
        file,
        params: { reason: error instanceof Error ? 'xlsx' : 'unknown' },
      },
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fail([{ code: 'empty_file', file, params: {} }]);
  const lines: { line: number; cells: string[] }[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells = Array.from({ length: width }, (_, i) =>
      cellText(row.getCell(i + 1).value).trim(),
    );
    if (cells.some((cell) => cell !== '')) lines.push({ line, cells });
  });
  const [head, ...rest] = lines;
  if (!head || rest.length === 0) return fail([{ code: 'empty_file', file, params: {} }]);
  const rows: SheetRow[] = rest.map(({ line, cells }) => ({ line, cells }));
  return ok({ file, header: head.cells, headerLine: head.line, rows });
}
