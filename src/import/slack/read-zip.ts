import { unzipSync } from 'fflate';
import type { Result } from '../../model/issue.js';
import { fail, ok } from '../../model/issue.js';
import { MAX_UNZIPPED_BYTES, zipRefusal } from '../zip-limits.js';

export { MAX_UNZIPPED_BYTES };

/** Whether bytes start like a zip archive (`PK\x03\x04`, or `PK\x05\x06` when empty). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/**
 * Reads the entries of a zip archive whose path `wanted` accepts, after checking that the
 * whole archive declares and really inflates to at most {@link MAX_UNZIPPED_BYTES} (`zipRefusal`). A damaged
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
    const refusal = zipRefusal(bytes);
    if (refusal) return fail([{ code: 'unreadable_file', file, params: { reason: refusal } }]);
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
