import { type UnzipFileInfo, unzipSync } from 'fflate';
import type { Result } from '../../model/issue.js';
import { fail, ok } from '../../model/issue.js';

/** The largest total uncompressed size a zip may declare before it is refused: 2 GiB. */
export const MAX_UNZIPPED_BYTES = 2 * 1024 ** 3;

/** Whether bytes start like a zip archive (`PK\x03\x04`, or `PK\x05\x06` when empty). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

function declaredSize(bytes: Uint8Array): number {
  let total = 0;
  unzipSync(bytes, {
    filter(file: UnzipFileInfo) {
      total += file.originalSize;
      return false;
    },
  });
  return total;
}

/**
 * Reads the entries of a zip archive whose path `wanted` accepts, after checking from the
 * central directory that the whole archive declares at most {@link MAX_UNZIPPED_BYTES}. A damaged
 * or truncated archive gives an `unreadable_file` issue (reason `zip`), an oversized one reason
 * `zip_too_large`. Never throws on bad bytes.
 *
 * @example
 * readZip(bytes, 'export.zip', (path) => path.endsWith('.json'))
 */
export function readZip(
  bytes: Uint8Array,
  file: string,
  wanted: (path: string) => boolean,
): Result<ReadonlyMap<string, Uint8Array>> {
  try {
    if (declaredSize(bytes) > MAX_UNZIPPED_BYTES) {
      return fail([{ code: 'unreadable_file', file, params: { reason: 'zip_too_large' } }]);
    }
    const entries = unzipSync(bytes, { filter: (entry) => wanted(entry.name) });
    return ok(new Map(Object.entries(entries)));
  } catch (error) {
    // fflate reports bad data with coded Errors, and a lying size header can end in a RangeError.
    if (error instanceof Error) {
      return fail([{ code: 'unreadable_file', file, params: { reason: 'zip' } }]);
    }
    throw error;
  }
}
