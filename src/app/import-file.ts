import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type ImportKind, type ImportOptions, readNative } from '../import/index.js';
import { fail, type Result } from '../model/issue.js';
import { PoulsError } from '../model/pouls-error.js';
import { listCommunities, type Store, type WriteSummary, writeBatch } from '../store/index.js';

/** Options of `pouls import`. */
export interface ImportFileOptions extends ImportOptions {
  readonly kind: ImportKind;
  readonly path: string;
  readonly community?: string;
  readonly dryRun?: boolean;
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

/**
 * Reads a file of one kind, checks every row, and writes it all in one transaction, or nothing:
 * the issues come back as data. A community named by `--community` is created if it is new.
 */
export async function importFile(
  store: Store,
  options: ImportFileOptions,
): Promise<Result<WriteSummary>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(options.path);
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'EIO';
    return fail([{ code: 'unreadable_file', file: options.path, params: { reason } }]);
  }
  const fileName = basename(options.path);
  const read = readNative(options.kind, bytes, fileName, options);
  if (!read.ok) return read;
  const slug = await targetSlug(store, options.community);
  return writeBatch(store.db, { slug, name: slug, host: null }, read.value, {
    file: fileName,
    kind: options.kind,
    dryRun: options.dryRun ?? false,
  });
}
