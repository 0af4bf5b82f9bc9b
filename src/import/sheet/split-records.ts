/** A run of whole CSV records cut from a byte stream, and the physical line it starts on. */
export interface RecordSegment {
  readonly bytes: Uint8Array;
  /** 1-based physical line of the segment's first byte. */
  readonly startLine: number;
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Cuts a delimited-text byte stream (UTF-8 or Windows-1252: newline and quote bytes are ASCII)
 * into segments of about `segmentBytes`, each ending on a record boundary: a line break outside
 * quotes (an even number of `"` so far, since `""` escapes keep the parity). Lines are counted
 * as csv-parse and spreadsheets count them: `\r\n`, `\n` or a lone `\r`.
 */
export async function* splitRecords(
  chunks: AsyncIterable<Uint8Array>,
  segmentBytes = 2 * 1024 * 1024,
): AsyncGenerator<RecordSegment> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let quotes = 0;
  let line = 1;
  let startLine = 1;
  // A carriage return whose next byte (maybe in the next chunk) is not known yet.
  let pendingCr = false;
  for await (const chunk of chunks) {
    let cut = -1;
    let cutLine = line;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (pendingCr) {
        pendingCr = false;
        line++;
        if (byte === LF) {
          if (quotes % 2 === 0 && length + i + 1 >= segmentBytes) [cut, cutLine] = [i + 1, line];
          continue;
        }
        if (quotes % 2 === 0 && length + i >= segmentBytes && i > 0) [cut, cutLine] = [i, line];
      }
      if (byte === QUOTE) quotes++;
      else if (byte === CR) pendingCr = true;
      else if (byte === LF) {
        line++;
        if (quotes % 2 === 0 && length + i + 1 >= segmentBytes) [cut, cutLine] = [i + 1, line];
      }
    }
    if (cut < 0) {
      parts.push(chunk);
      length += chunk.length;
      continue;
    }
    parts.push(chunk.subarray(0, cut));
    yield { bytes: concat(parts, length + cut), startLine };
    startLine = cutLine;
    parts = [chunk.subarray(cut)];
    length = chunk.length - cut;
  }
  if (length > 0) yield { bytes: concat(parts, length), startLine };
}
