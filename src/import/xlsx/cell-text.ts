import type { CellValue } from 'exceljs';
import { excelSerialDate, shownDate } from './excel-serial.js';

/** Day and year tokens (or a month name) of a number format: `hh:mm` alone is a time. */
const DATE_TOKENS = /[dy]|mmm/i;

/**
 * Whether a number format shows a date (`yyyy-mm-dd`, `d mmmm yyyy`, `[$-fr-CA]dd/mm/yy`...),
 * so that a plain number with it is a date serial.
 *
 * @example
 * isDateFormat('dd/mm/yyyy') // true
 * isDateFormat('0.00') // false
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt || /^general$/i.test(numFmt)) return false;
  const bare = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return DATE_TOKENS.test(bare);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function richText(value: unknown): string | undefined {
  if (!isRecord(value) || !Array.isArray(value.richText)) return undefined;
  return value.richText.map((run) => (isRecord(run) ? String(run.text ?? '') : '')).join('');
}

/**
 * The text a cell shows, for a `Sheet`: strings as they are, rich text joined, formulas by
 * their cached result, hyperlinks by their text, dates (Date objects, or numbers with a date
 * format) as the calendar day the sheet shows, other numbers in plain decimal form, booleans
 * as `true`/`false`, errors as written (`#N/A`), empty cells as `''`.
 *
 * @example
 * cellText({ formula: 'A1*2', result: 24 }) // '24'
 */
export function cellText(value: CellValue | undefined, numFmt?: string, date1904 = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    return isDateFormat(numFmt) ? excelSerialDate(value, date1904) : String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return shownDate(value);
  const rich = richText(value);
  if (rich !== undefined) return rich;
  if (isRecord(value)) {
    if ('result' in value || 'formula' in value || 'sharedFormula' in value) {
      return cellText(value.result as CellValue | undefined, numFmt, date1904);
    }
    if ('text' in value) return cellText(value.text as CellValue, numFmt, date1904);
    if (typeof value.error === 'string') return value.error;
  }
  return '';
}
