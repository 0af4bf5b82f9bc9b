import type { Batch } from '../model/input.js';
import type { Result } from '../model/issue.js';
import type { ImportKind, ImportOptions } from './importer.js';
import { nativeCsvImporter } from './sheet/native-csv-importer.js';

/**
 * Reads a native file (product.md §5) of one kind into a batch, or every issue found. Writes
 * nothing: storing the batch, all or nothing, is the caller's job.
 *
 * @example
 * readNative('members', bytes, 'membres.csv', { map: { Courriel: 'email' } })
 */
export function readNative(
  kind: ImportKind,
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Result<Batch> {
  return nativeCsvImporter.read({ bytes, fileName, kind, options });
}
