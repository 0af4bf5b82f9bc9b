import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  chooseImporter,
  type ImportKind,
  type ImportOptions,
  importFormats,
  readWith,
} from '../import/index.js';
import { fail, type Result } from '../model/issue.js';
import { PoulsError } from '../model/pouls-error.js';
import {
  listCommunities,
  type Store,
  type WriteProgress,
  type WriteSummary,
  writeBatch,
} from '../store/index.js';
import { readFolder } from './read-folder.js';

/** Options of `pouls import`. */
export interface ImportFileOptions extends ImportOptions {
  readonly kind: ImportKind;
  readonly path: string;
  readonly community?: string;
  /** Forces a format (`--format`); detected from the content otherwise. */
  readonly format?: string;
  readonly dryRun?: boolean;
  /** Told how many records are written so far, out of how many (for a progress bar). */
  readonly onProgress?: WriteProgress;
}

/** The slug of the community an import creates in an empty store when none is named. */
export const DEFAULT_COMMUNITY = 'communaute';

async function targetSlug(store: Store, slug: string | undefined): Promise<string> {
  if (slug) return slug;
  const all = await listCommunities(store.db);
  if (all.length === 1) return all[0]!.slug;
  if (all.length === 0) return DEFAULT_COMMUNITY;
  throw new PoulsError('ambiguous_community', 'several communities: name one', {
    params: { slugs: all.map((c) => c.slug).join(', ') },
  });
}

/** Reads a file, or a folder as a map of its files (a Slack export folder, a git repository). */
async function readInput(
  path: string,
): Promise<Result<{ bytes: Uint8Array; files?: ReadonlyMap<string, Uint8Array> }>> {
  try {
    if ((await stat(path)).isDirectory()) {
      const files = await readFolder(path);
      return { ok: true, value: { bytes: new Uint8Array(), files } };
    }
    return { ok: true, value: { bytes: await readFile(path) } };
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'EIO';
    return fail([{ code: 'unreadable_file', file: path, params: { reason } }]);
  }
}

/**
 * Reads a file (or export folder) of one kind, checks every record, and writes it all in one
 * transaction, or nothing: the issues come back as data. The format is detected from the
 * content unless `format` names it. A community named by `--community` is created if new.
 */
export async function importFile(
  store: Store,
  options: ImportFileOptions,
): Promise<Result<WriteSummary>> {
  const input = await readInput(options.path);
  if (!input.ok) return input;
  const fileName = basename(options.path);
  const { bytes, files } = input.value;
  const sample = files ? (files.values().next().value ?? bytes) : bytes.subarray(0, 64 * 1024);
  const importer = chooseImporter({
    kind: options.kind,
    fileName: files ? `${fileName}/` : fileName,
    sample,
    format: options.format,
    files,
  });
  if (!importer) {
    const issue = options.format
      ? {
          code: 'unknown_format' as const,
          file: fileName,
          params: { value: options.format, expected: importFormats().join(', ') },
        }
      : { code: 'undetected_format' as const, file: fileName, params: { kind: options.kind } };
    return fail([issue]);
  }
  const read = await readWith(importer, {
    bytes,
    fileName,
    kind: options.kind,
    options,
    ...(files ? { files } : {}),
  });
  if (!read.ok) return read;
  const slug = await targetSlug(store, options.community);
  const written = await writeBatch(store.db, { slug, name: slug, host: null }, read.value, {
    file: fileName,
    kind: options.kind,
    dryRun: options.dryRun ?? false,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return written.ok && read.skipped ? { ...written, skipped: read.skipped } : written;
}
