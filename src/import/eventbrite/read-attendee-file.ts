import type { Result } from '../../model/issue.js';
import { readSheet } from '../sheet/read-sheet.js';
import type { Sheet } from '../sheet/sheet.js';
import { isZip, readXlsxSheet } from '../xlsx/read-xlsx-sheet.js';

/**
 * Reads an attendee export as a sheet, whichever way the platform saved it: an XLSX workbook
 * (its first worksheet) or delimited text.
 *
 * @example
 * await readAttendeeFile(bytes, 'participants.xlsx')
 */
export async function readAttendeeFile(bytes: Uint8Array, file: string): Promise<Result<Sheet>> {
  return isZip(bytes) ? readXlsxSheet(bytes, file) : readSheet(bytes, file);
}
