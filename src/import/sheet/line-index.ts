/**
 * Maps byte offsets of a UTF-8 buffer to physical lines (1-based), counting `\r\n`, `\n` and a
 * lone `\r` as one line break each, as spreadsheet tools do.
 */
export interface LineIndex {
  /** The line of the first byte at or after `offset` that is not a line break. */
  lineOfContentAt(offset: number): number;
}

const CR = 0x0d;
const LF = 0x0a;

/** Builds the line index of a buffer once, so each lookup is a binary search. */
export function lineIndex(bytes: Uint8Array): LineIndex {
  const starts: number[] = [0];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === LF || (byte === CR && bytes[i + 1] !== LF)) starts.push(i + 1);
  }
  function lineAt(offset: number): number {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
  return {
    lineOfContentAt(offset: number): number {
      let at = offset;
      while (at < bytes.length && (bytes[at] === CR || bytes[at] === LF)) at++;
      return lineAt(Math.min(at, Math.max(bytes.length - 1, 0)));
    },
  };
}
