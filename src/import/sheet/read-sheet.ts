import type { Issue, Result } from '../../model/issue.js';
import { fail, ok } from '../../model/issue.js';
import { decodeText } from './decode-text.js';
import { detectDelimiter } from './detect-delimiter.js';
import { type DelimitedRecord, parseDelimited } from './parse-delimited.js';
import type { Sheet, SheetRow } from './sheet.js';

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell === '');
}

/** Excel's `sep=;` first line, which names the delimiter and is not part of the table. */
const SEP_HINT = /^sep=([,;\t])[ \t]*(\r\n|\n|\r)/i;

function rowsOf(file: string, records: readonly DelimitedRecord[], issues: Issue[]) {
  const start = records.findIndex((record) => !isBlank(record.cells.map((cell) => cell.trim())));
  const header = (records[start]?.cells ?? []).map((cell) => cell.trim());
  const headerLine = records[Math.max(start, 0)]?.line ?? 1;
  const rows: SheetRow[] = [];
  for (let i = Math.max(start, 0) + 1; i < records.length; i++) {
    const record = records[i]!;
    const cells = record.cells.map((cell) => cell.trim());
    if (isBlank(cells)) continue;
    // Extra trailing empty cells (a stray delimiter at the end of a line) are harmless.
    if (cells.length < header.length || !isBlank(cells.slice(header.length))) {
      issues.push({
        code: 'unreadable_file',
        file,
        line: record.line,
        params: { reason: 'column_count' },
      });
      continue;
    }
    if (cells.length > header.length) cells.length = header.length;
    rows.push({ line: record.line, cells });
  }
  return { header, headerLine, rows };
}

/**
 * Reads a delimited text file into a sheet: decodes it (UTF-8, UTF-16, Windows-1252), guesses
 * the delimiter, parses it with `parseDelimited` (`\r\n`, `\n` or a lone `\r` end a line, even mixed),
 * skips Excel's `sep=;` line, empty lines and rows of empty cells, and keeps each row's physical line. A malformed
 * file (unclosed quote, wrong number of cells) gives `unreadable_file` with its line; a file
 * with no data row gives `empty_file`. Never throws on bad input.
 *
 * @example
 * readSheet(new TextEncoder().encode('email;nom\na@b.ca;Ana\n'), 'm.csv')
 * // { ok: true, value: { header: ['email', 'nom'], headerLine: 1, rows: [{ line: 2, ... }] } }
 */
export function readSheet(bytes: Uint8Array, file: string): Result<Sheet> {
  const { text } = decodeText(bytes);
  if (text.includes('\u0000')) {
    return fail([{ code: 'unreadable_file', file, params: { reason: 'binary' } }]);
  }
  if (text.trim() === '') return fail([{ code: 'empty_file', file, params: {} }]);
  const hint = SEP_HINT.exec(text);
  const delimiter = hint?.[1] ?? detectDelimiter(text);
  const parsed = hint
    ? parseDelimited(text, delimiter, hint[0].length, 2)
    : parseDelimited(text, delimiter);
  if (!parsed.ok) {
    const line = parsed.unclosedQuoteLine;
    return fail([{ code: 'unreadable_file', file, line, params: { reason: 'unclosed_quote' } }]);
  }
  const issues: Issue[] = [];
  const { header, headerLine, rows } = rowsOf(file, parsed.records, issues);
  if (issues.length > 0) return fail(issues);
  if (rows.length === 0) return fail([{ code: 'empty_file', file, params: {} }]);
  return ok({ file, header, headerLine, rows });
}
