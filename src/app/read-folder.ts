import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Files larger than this in an export folder are refused: exports are JSON and text. */
const MAX_FOLDER_BYTES = 2 * 1024 ** 3;

/**
 * Reads every file below a folder into a map keyed by its relative path with `/` separators
 * (as inside a zip), skipping dot-folders such as `.git`.
 */
export async function readFolder(root: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  let total = 0;
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries.sort((a, b) =>
    join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)),
  )) {
    const path = join(entry.parentPath, entry.name);
    const key = relative(root, path).split(sep).join('/');
    if (!entry.isFile() || key.split('/').some((part) => part.startsWith('.'))) continue;
    const bytes = await readFile(path);
    total += bytes.length;
    if (total > MAX_FOLDER_BYTES)
      throw Object.assign(new Error('folder too large'), { code: 'EFBIG' });
    files.set(key, bytes);
  }
  return files;
}
