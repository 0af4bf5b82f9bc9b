import { Unzip, type UnzipFileInfo, UnzipInflate, unzipSync } from 'fflate';

/** The most an archive may hold once unzipped (the sum of its entries): 1 GiB. */
export const MAX_UNZIPPED_BYTES = 1024 ** 3;

/** Above this size, an archive that unzips to more than this many times its size is a bomb. */
const RATIO_CHECKED_ABOVE = 64 * 1024 ** 2;
const MAX_RATIO = 200;

/** The sizes the archive's central directory declares, read without inflating anything. */
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
 * The names of an archive's entries, read from its central directory without inflating
 * anything; undefined for a damaged archive. Never throws.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter(file: UnzipFileInfo) {
        names.push(file.name);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof Error) return undefined;
    throw error;
  }
  return names;
}

/** Inflates every entry chunk by chunk, keeping none, and stops as soon as `limit` is passed. */
function inflatesWithin(bytes: Uint8Array, limit: number): boolean {
  let total = 0;
  let over = false;
  const unzip = new Unzip((entry) => {
    entry.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.length;
      if (total > limit && !over) {
        over = true;
        entry.terminate();
      }
    };
    if (!over) entry.start();
  });
  unzip.register(UnzipInflate);
  // Pushed in slices so that a bomb is stopped after its first slices, not after all of it.
  const step = 1024 * 1024;
  for (let at = 0; at < bytes.length && !over; at += step) {
    unzip.push(bytes.subarray(at, at + step), at + step >= bytes.length);
  }
  return !over;
}

/**
 * Why an archive must not be unzipped, or undefined when it may be: `zip_too_large` when its
 * entries declare more than `limit` bytes (or a ratio past 200:1 above 64 MiB), or when they
 * really inflate past `limit` whatever they declare (a lying header), checked with bounded
 * memory before any reader inflates it whole; `zip` when it is damaged. Never throws.
 */
export function zipRefusal(
  bytes: Uint8Array,
  limit: number = MAX_UNZIPPED_BYTES,
): 'zip' | 'zip_too_large' | undefined {
  try {
    const declared = declaredSize(bytes);
    if (declared > limit) return 'zip_too_large';
    if (declared > RATIO_CHECKED_ABOVE && declared > bytes.length * MAX_RATIO)
      return 'zip_too_large';
    return inflatesWithin(bytes, limit) ? undefined : 'zip_too_large';
  } catch (error) {
    if (error instanceof Error) return 'zip';
    throw error;
  }
}
