import { CsvError, parse } from 'csv-parse/sync';
import type { Issue, Result } from '../../model/issue.js';
import { fail, ok } from '../../model/issue.js';
import { decodeText } from './decode-text.js';
import { detectDelimiter } from './detect-delimiter.js';
import { type LineIndex, lineIndex } from './line-index.js';
import type { Sheet, SheetRow } from './sheet.js';

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly bytes: number };
}

/** Why a CSV file cannot be read, as a machine key for `unreadable_file` (`reason.<key>`). */
const REASONS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'unclosed_quote',
  CSV_INVALID_CLOSING_QUOTE: 'invalid_quote',
  INVALID_OPENING_QUOTE: 'invalid_quote',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'column_count',
};

function unreadable(file: string, error: CsvError, lines: LineIndex): Issue {
  const offset = typeof error.bytes_records === 'number' ? error.bytes_records : 0;
  const reason = REASONS[error.code] ?? 'csv';
  return { code: 'unreadable_file', file, line: lines.lineOfContentAt(offset), params: { reason } };
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell === '');
}

/** Excel's `sep=;` first line, which names the delimiter and is not part of the table. */
const SEP_HINT = /^sep=([,;\t])[ \t]*(\r\n|\n|\r)/i;

interface Parsed {
  readonly records: ParsedRecord[];
  /** Byte offset where the table starts (after a `sep=` line). */
  readonly origin: number;
}

function parseRecords(text: string, buffer: Buffer): Parsed {
  const hint = SEP_HINT.exec(text);
  const delimiter = hint?.[1] ?? detectDelimiter(text);
  const records = parse(buffer, {
    delimiter,
    from_line: hint ? 2 : 1,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    skip_empty_lines: true,
  }) as unknown as ParsedRecord[];
  return { records, origin: hint ? Buffer.byteLength(hint[0]) : 0 };
}

function rowsOf(file: string, { records, origin }: Parsed, lines: LineIndex, issues: Issue[]) {
  const start = records.findIndex((record) => !isBlank(record.record.map((cell) => cell.trim())));
  const header = (records[start]?.record ?? []).map((cell) => cell.trim());
  const headerLine = lines.lineOfContentAt(records[start - 1]?.info.bytes ?? origin);
  const rows: SheetRow[] = [];
  for (let i = Math.max(start, 0) + 1; i < records.length; i++) {
    const cells = (records[i]?.record ?? []).map((cell) => cell.trim());
    if (isBlank(cells)) continue;
    const line = lines.lineOfContentAt(records[i - 1]?.info.bytes ?? origin);
    // Extra trailing empty cells (a stray delimiter at the end of a line) are harmless.
    if (cells.length < header.length || !isBlank(cells.slice(header.length))) {
      issues.push({ code: 'unreadable_file', file, line, params: { reason: 'column_count' } });
      continue;
    }
    rows.push({ line, cells: cells.slice(0, header.length) });
  }
  return { header, headerLine, rows };
}

/**
 * Reads a delimited text file into a sheet: decodes it (UTF-8, UTF-16, Windows-1252), guesses
 * the delimiter, parses it with csv-parse (`\r\n`, `\n` or a lone `\r` end a line, even mixed),
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
  const buffer = Buffer.from(text, 'utf8');
  const lines = lineIndex(buffer);
  let parsed: Parsed;
  try {
    parsed = parseRecords(text, buffer);
  } catch (error) {
    if (error instanceof CsvError) return fail([unreadable(file, error, lines)]);
    throw error;
  }
  const issues: Issue[] = [];
  const { header, headerLine, rows } = rowsOf(file, parsed, lines, issues);
  if (issues.length > 0) return fail(issues);
  if (rows.length === 0) return fail([{ code: 'empty_file', file, params: {} }]);
  return ok({ file, header, headerLine, rows });
}
