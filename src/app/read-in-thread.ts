import { Worker } from 'node:worker_threads';
import { type BatchTransfer, unpackBatch } from '../import/batch-transfer.js';
import type { ImportKind, ImportOptions } from '../import/index.js';
import type { Batch } from '../model/input.js';
import type { Result } from '../model/issue.js';
import { PoulsError, type PoulsErrorCode } from '../model/pouls-error.js';

/** What the reader thread is given. */
export interface ReaderJob {
  readonly kind: ImportKind;
  readonly path: string;
  readonly fileName: string;
  readonly options: ImportOptions;
  /** Batches the reader may read ahead of the writer. */
  readonly ahead: number;
  /** Bytes per segment (default that of `streamNative`). */
  readonly segmentBytes?: number;
}

/** An error of the reader thread, as data. */
export interface ReaderFailure {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly params?: Record<string, string | number>;
}

/** What the reader thread posts, in order: batches, then `done` or `failed`. */
export type ReaderMessage =
  | { readonly type: 'batch'; readonly transfer: BatchTransfer; readonly bytesRead: number }
  | { readonly type: 'done' }
  | { readonly type: 'failed'; readonly error: ReaderFailure };

type Event =
  | ReaderMessage
  | { readonly type: 'crashed'; readonly cause: unknown }
  | { readonly type: 'exited'; readonly code: number };

const POULS_CODES: readonly string[] = ['usage', 'bad_input', 'not_found', 'ambiguous_community'];

/** The reader's error as the reading thread would have thrown it. */
function revive(error: ReaderFailure): Error {
  if (error.name === 'PoulsError' && error.code !== undefined) {
    const code = (POULS_CODES.includes(error.code) ? error.code : 'internal') as PoulsErrorCode;
    return new PoulsError(code, error.message, error.params ? { params: error.params } : {});
  }
  return Object.assign(new Error(error.message), error.code ? { code: error.code } : {});
}

/** Options of `readInThread`. */
export interface ReadInThreadOptions {
  /** The compiled worker script (default: `import-reader-worker.js` beside this module). */
  readonly workerUrl?: URL;
  /** Told how many bytes of the file the batches taken so far cover. */
  readonly onBytes?: (bytes: number) => void;
  /** Batches read ahead of the writer (default 3, about 2 MiB each). */
  readonly ahead?: number;
}

/** Bytes per read of the file: 1 MiB, or less when segments are smaller (a segment ends on a read). */
export function readBytes(segmentBytes: number | undefined): number {
  return Math.min(1024 * 1024, segmentBytes ?? 1024 * 1024);
}

/** The reader worker compiled beside this module. */
export const READER_WORKER_URL = new URL('./import-reader-worker.js', import.meta.url);

/**
 * `streamNative` on a file, run in a worker thread so that reading and writing use two cores:
 * the same batches, in file order, whatever the timing. The worker stays a few batches ahead,
 * so memory stays bounded. An error of the reader is thrown here as it would have been on this
 * thread; if the thread dies, an internal PoulsError. The worker is ended whenever the caller
 * stops (done, error, or a `return` from the consumer): none is left running.
 */
export async function* readInThread(
  job: Omit<ReaderJob, 'ahead'>,
  options: ReadInThreadOptions = {},
): AsyncGenerator<Result<Batch>> {
  const worker = new Worker(options.workerUrl ?? READER_WORKER_URL, {
    workerData: { ...job, ahead: options.ahead ?? 3 } satisfies ReaderJob,
  });
  const events: Event[] = [];
  let wake: (() => void) | undefined;
  const push = (event: Event) => {
    events.push(event);
    wake?.();
    wake = undefined;
  };
  worker.on('message', (message: ReaderMessage) => push(message));
  worker.on('error', (cause) => push({ type: 'crashed', cause }));
  worker.on('exit', (code) => push({ type: 'exited', code }));
  try {
    for (;;) {
      while (events.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const event = events.shift()!;
      switch (event.type) {
        case 'batch':
          options.onBytes?.(event.bytesRead);
          yield unpackBatch(event.transfer);
          worker.postMessage('more');
          break;
        case 'done':
          return;
        case 'failed':
          throw revive(event.error);
        case 'crashed':
          throw new PoulsError('internal', 'the import reader thread failed', {
            cause: event.cause,
          });
        case 'exited':
          throw new PoulsError('internal', `the import reader thread exited (${event.code})`);
      }
    }
  } finally {
    worker.removeAllListeners();
    // Whatever the thread still says once ended is of no use: it must not crash the process.
    worker.on('error', () => {});
    await worker.terminate();
  }
}
