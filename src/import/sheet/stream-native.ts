import type { Batch } from '../../model/input.js';
import type { Issue, Result } from '../../model/issue.js';
import type { DateFormat, ImportKind, ImportOptions } from '../importer.js';
import { readRecords } from './read-records.js';
import { readSheet } from './read-sheet.js';
import { splitRecords } from './split-records.js';

const LF = 0x0a;

/** The bytes of the header: everything up to the end of the first non-blank line (and `sep=`). */
function headerOf(bytes: Uint8Array): Uint8Array | undefined {
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== LF) continue;
    const line = new TextDecoder().decode(bytes.subarray(start, i)).trim();
    if (line !== '' && !/^sep=.$/i.test(line)) return bytes.subarray(0, i + 1);
    start = i + 1;
  }
  return undefined;
}

function countLines(bytes: Uint8Array): number {
  let lines = 0;
  for (const byte of bytes) if (byte === LF) lines++;
  return lines;
}

function shift(issues: readonly Issue[], by: number): Issue[] {
  return issues.map((issue) =>
    issue.line !== undefined && issue.line > 1 ? { ...issue, line: issue.line + by } : issue,
  );
}

function shiftBatch(result: Result<Batch>, by: number): Result<Batch> {
  if (!result.ok) return { ok: false, issues: shift(result.issues, by) };
  return result.skipped ? { ...result, skipped: shift(result.skipped, by) } : result;
}

/** The day/month order the first segment settled, so later segments read dates the same way. */
function settledOrder(
  segment: Uint8Array,
  file: string,
  kind: ImportKind,
  options: ImportOptions,
): DateFormat | undefined {
  if (options.dateFormat) return options.dateFormat;
  const sheet = readSheet(segment, file);
  if (!sheet.ok) return undefined;
  const plain = JSON.stringify(readRecords(sheet.value, kind, options));
  return (['dmy', 'mdy'] as const).find(
    (order) =>
      JSON.stringify(readRecords(sheet.value, kind, { ...options, dateFormat: order })) === plain,
  );
}

/**
 * Reads a large native CSV file as a stream, in batches of whole records (about `segmentBytes`
 * each), with the same rules and messages as `readNative`: each segment is read with the file's
 * header, line numbers stay those of the file, and dates keep the order the first segment
 * settled. Memory stays bounded by one segment. Not for UTF-16 files (read them whole).
 */
export async function* streamNative(
  kind: ImportKind,
  chunks: AsyncIterable<Uint8Array>,
  fileName: string,
  options: ImportOptions = {},
  segmentBytes = 2 * 1024 * 1024,
): AsyncGenerator<Result<Batch>> {
  let header: Uint8Array | undefined;
  let headerLines = 0;
  let settled = options;
  // An empty first segment (the header alone) is an issue only if no row ever follows.
  let empty: Result<Batch> | undefined;
  let rows = false;
  for await (const segment of splitRecords(chunks, segmentBytes)) {
    if (!header) {
      header = headerOf(segment.bytes);
      headerLines = header ? countLines(header) : 0;
      const sheet = readSheet(segment.bytes, fileName);
      if (!sheet.ok && sheet.issues.every((issue) => issue.code === 'empty_file') && header) {
        empty = sheet;
        continue;
      }
      rows = true;
      const order = settledOrder(segment.bytes, fileName, kind, options);
      if (order) settled = { ...options, dateFormat: order };
      const first = sheet.ok ? readRecords(sheet.value, kind, options) : sheet;
      yield first;
      // A file-level problem (a missing column) is said once: the other segments add nothing.
      if (!first.ok && first.issues.some((issue) => (issue.line ?? 1) <= headerLines)) return;
      continue;
    }
    const bytes = new Uint8Array(header.length + segment.bytes.length);
    bytes.set(header);
    bytes.set(segment.bytes, header.length);
    const sheet = readSheet(bytes, fileName);
    if (!sheet.ok && sheet.issues.every((issue) => issue.code === 'empty_file')) continue;
    const by = segment.startLine - headerLines - 1;
    if (!rows) {
      const order = settledOrder(bytes, fileName, kind, options);
      if (order) settled = { ...options, dateFormat: order };
    }
    rows = true;
    const read = shiftBatch(sheet.ok ? readRecords(sheet.value, kind, settled) : sheet, by);
    if (!read.ok && read.issues.some((issue) => (issue.line ?? 1) <= headerLines)) {
      yield read;
      return;
    }
    // A column whose dates stay ambiguous was reported by the first segment already.
    yield read.ok
      ? read
      : { ok: false, issues: read.issues.filter((issue) => issue.code !== 'ambiguous_date') };
  }
  if (!rows)
    yield empty ?? { ok: false, issues: [{ code: 'empty_file', file: fileName, params: {} }] };
}
