import { execFile } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gitLogArgs } from '../import/git/index.js';
import {
  chooseImporter,
  type ImportKind,
  type ImportOptions,
  importFormats,
  readWith,
  streamNative,
} from '../import/index.js';
import type { Batch } from '../model/input.js';
import { fail, type Result } from '../model/issue.js';
import { PoulsError } from '../model/pouls-error.js';
import {
  listCommunities,
  type Store,
  type WriteProgress,
  type WriteSummary,
  writeBatch,
  writeBatches,
} from '../store/index.js';
import type { AuditContext } from './audit-context.js';
import { readFolder } from './read-folder.js';
import { READER_WORKER_URL, readBytes, readInThread } from './read-in-thread.js';

/** Options of `pouls import`. */
export interface ImportFileOptions extends ImportOptions {
  readonly kind: ImportKind;
  readonly path: string;
  readonly community?: string;
  /** Forces a format (`--format`); detected from the content otherwise. */
  readonly format?: string;
  readonly dryRun?: boolean;
  /** Told how far the import is (records, or bytes for a streamed file), out of how many. */
  readonly onProgress?: WriteProgress;
  /** Native CSV files larger than this are streamed in segments (default 32 MiB). */
  readonly streamAboveBytes?: number;
  /**
   * Reads a streamed file in a worker thread while this one writes (default: files of 16 MiB or
   * more, when a core is free — a 1-minute load average of at most the cores less one — and the
   * compiled worker is there, not from the TypeScript sources). The store ends the same either
   * way.
   */
  readonly readInThread?: boolean;
  /** The compiled reader worker (default: `import-reader-worker.js` beside this module). */
  readonly readerUrl?: URL;
  /** Bytes per streamed segment (default 2 MiB; tests use small ones to get many batches). */
  readonly segmentBytes?: number;
  /** Who imports, and when: a real (not dry) import writes its audit line in its own transaction. */
  readonly audit?: AuditContext;
}

const run = promisify(execFile);

const STREAM_ABOVE_BYTES = 32 * 1024 * 1024;

/** Streamed files from this size are read in a worker thread: below, its start-up costs more. */
const THREAD_ABOVE_BYTES = 16 * 1024 * 1024;

/** Whether to read a streamed file of `size` bytes in a worker thread. */
function readsInThread(size: number, options: ImportFileOptions): boolean {
  if (options.readInThread !== undefined) return options.readInThread;
  // A reader thread pays only on a free core: on a busy machine it adds its cost to the others'.
  const cores = availableParallelism();
  if (size < THREAD_ABOVE_BYTES || cores < 2 || loadavg()[0]! > cores - 1) return false;
  return existsSync(fileURLToPath(options.readerUrl ?? READER_WORKER_URL));
}

/** The batches of a streamed file, read on this thread or in a worker thread. */
function streamedBatches(
  path: string,
  size: number,
  options: ImportFileOptions,
): AsyncIterable<Result<Batch>> {
  const fileName = basename(path);
  if (!readsInThread(size, options)) {
    return streamNative(
      options.kind,
      fileChunks(path, size, options.onProgress),
      fileName,
      options,
    );
  }
  const { map, dateFormat, skipInvalid } = options;
  return readInThread(
    {
      kind: options.kind,
      path,
      fileName,
      ...(options.segmentBytes ? { segmentBytes: options.segmentBytes } : {}),
      options: {
        ...(map ? { map } : {}),
        ...(dateFormat ? { dateFormat } : {}),
        ...(skipInvalid !== undefined ? { skipInvalid } : {}),
      },
    },
    {
      ...(options.readerUrl ? { workerUrl: options.readerUrl } : {}),
      onBytes: (bytes) => options.onProgress?.(bytes, size),
    },
  );
}

/** The file's bytes as they are read, reporting progress in bytes. */
async function* fileChunks(
  path: string,
  size: number,
  onProgress?: WriteProgress,
  segmentBytes?: number,
): AsyncGenerator<Uint8Array> {
  let done = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: readBytes(segmentBytes) })) {
    done += (chunk as Buffer).length;
    onProgress?.(done, size);
    yield chunk as Buffer;
  }
}

/** Whether a file is large native delimited text that can be streamed (UTF-16 is read whole). */
async function isStreamable(path: string, options: ImportFileOptions): Promise<number | undefined> {
  if (options.format && options.format !== 'csv') return undefined;
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile() || info.size <= (options.streamAboveBytes ?? STREAM_ABOVE_BYTES))
    return undefined;
  const handle = await open(path, 'r');
  try {
    const read = await handle.read(Buffer.alloc(64 * 1024), 0, 64 * 1024, 0);
    // Only the bytes read: a file shorter than the sample must not look padded with zeros.
    const buffer = read.buffer.subarray(0, read.bytesRead);
    const utf16 =
      (buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff);
    const importer = chooseImporter({
      kind: options.kind,
      fileName: basename(path),
      sample: buffer,
      format: options.format,
    });
    return !utf16 && importer?.format === 'csv' ? info.size : undefined;
  } finally {
    await handle.close();
  }
}

/** The slug of the community an import creates in an empty store when none is named. */
export const DEFAULT_COMMUNITY = 'communaute';

/** The community an import goes to: the one named, the only one, or a new default. */
export async function targetSlug(store: Store, slug: string | undefined): Promise<string> {
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
): Promise<
  Result<{ bytes: Uint8Array; files?: ReadonlyMap<string, Uint8Array>; format?: string }>
> {
  try {
    if (
      (await stat(path)).isDirectory() &&
      (await stat(join(path, '.git')).catch(() => undefined))
    ) {
      // A git repository: its history, as `git log` prints it in the format the reader expects.
      const log = await run('git', ['-C', path, ...gitLogArgs()], {
        maxBuffer: 1024 ** 3,
        encoding: 'buffer',
      });
      return { ok: true, value: { bytes: log.stdout, format: 'git' } };
    }
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
  const streamSize = await isStreamable(options.path, options);
  if (streamSize !== undefined) {
    const fileName = basename(options.path);
    const slug = await targetSlug(store, options.community);
    const batches = streamedBatches(options.path, streamSize, options);
    const streamed = await writeBatches(store.db, { slug, name: slug, host: null }, batches, {
      file: fileName,
      kind: options.kind,
      dryRun: options.dryRun ?? false,
      ...(options.audit ? { audit: options.audit } : {}),
    });
    return streamed;
  }
  const input = await readInput(options.path);
  if (!input.ok) return input;
  const fileName = basename(options.path);
  const { bytes, files } = input.value;
  const format = options.format ?? input.value.format;
  const sample = files ? (files.values().next().value ?? bytes) : bytes.subarray(0, 64 * 1024);
  const importer = chooseImporter({
    kind: options.kind,
    fileName: files ? `${fileName}/` : fileName,
    sample,
    format,
    files,
  });
  if (!importer) {
    const issue = format
      ? {
          code: 'unknown_format' as const,
          file: fileName,
          params: { value: format ?? '', expected: importFormats().join(', ') },
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
    ...(options.audit ? { audit: options.audit } : {}),
  });
  return written.ok && read.skipped ? { ...written, skipped: read.skipped } : written;
}
