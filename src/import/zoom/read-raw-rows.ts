import { CsvError, parse } from 'csv-parse/sync';
import type { Result } from '../../model/issue.js';
import { fail, ok } from '../../model/issue.js';
import { decodeText } from '../sheet/decode-text.js';
import { lineIndex } from '../sheet/line-index.js';
import type { SheetRow } from '../sheet/sheet.js';

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly bytes: number };
}

/**
 * Reads a sectioned report (Zoom, Teams) as rows of trimmed cells, each with its physical line,
 * whatever the number of cells per row: decodes the bytes (UTF-8 with or without BOM, UTF-16),
 * parses quotes with csv-parse, and drops rows whose cells are all empty (section separators).
 * A binary file or a malformed quote gives `unreadable_file`; never throws on bad input.
 *
 * @example
 * readRawRows(bytes, 'participants.csv', ',') // { ok: true, value: [{ line: 1, cells: [...] }] }
 */
export function readRawRows(
  bytes: Uint8Array,
  file: string,
  delimiter: string,
): Result<readonly SheetRow[]> {
  const { text } = decodeText(bytes);
  if (text.includes('\u0000')) {
    return fail([{ code: 'unreadable_file', file, params: { reason: 'binary' } }]);
  }
  if (text.trim() === '') return fail([{ code: 'empty_file', file, params: {} }]);
  const buffer = Buffer.from(text, 'utf8');
  const lines = lineIndex(buffer);
  let records: ParsedRecord[];
  try {
    records = parse(buffer, {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      skip_empty_lines: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const offset = typeof error.bytes_records === 'number' ? error.bytes_records : 0;
    const line = lines.lineOfContentAt(offset);
    return fail([{ code: 'unreadable_file', file, line, params: { reason: 'csv' } }]);
  }
  const rows: SheetRow[] = [];
  records.forEach(({ record }, i) => {
    const cells = record.map((cell) => cell.trim());
    if (cells.every((cell) => cell === '')) return;
    rows.push({ line: lines.lineOfContentAt(records[i - 1]?.info.bytes ?? 0), cells });
  });
  return ok(rows);
}
