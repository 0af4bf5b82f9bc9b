/**
 * Worker thread of `readInThread`: reads a large native CSV file in segments (`streamNative`)
 * and posts each read batch, its messages packed, while the main thread writes the previous
 * ones. It stays at most `ahead` batches in front of the writer (the writer posts one credit per
 * batch it takes), so memory stays bounded. A failure is posted as data, then the thread ends.
 */
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { packBatch } from '../import/batch-transfer.js';
import { streamNative } from '../import/index.js';
import { PoulsError } from '../model/pouls-error.js';
import { type ReaderJob, type ReaderMessage, readBytes } from './read-in-thread.js';

const job = workerData as ReaderJob;
const port = parentPort;
if (port === null) throw new PoulsError('internal', 'import-reader-worker runs as a worker thread');

let credits = job.ahead;
let wake: (() => void) | undefined;
port.on('message', () => {
  credits++;
  wake?.();
  wake = undefined;
});

let bytesRead = 0;
async function* chunks(): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(job.path, {
    highWaterMark: readBytes(job.segmentBytes),
  })) {
    bytesRead += (chunk as Buffer).length;
    yield chunk as Buffer;
  }
}

function post(message: ReaderMessage, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

try {
  for await (const read of streamNative(
    job.kind,
    chunks(),
    job.fileName,
    job.options,
    job.segmentBytes,
  )) {
    while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
    credits--;
    const transfer = packBatch(read);
    const buffers = transfer.packed
      ? [
          transfer.packed.ends,
          transfer.packed.flags,
          transfer.packed.authorOf,
          transfer.packed.authorIsName,
        ].map((array) => array.buffer as ArrayBuffer)
      : [];
    post({ type: 'batch', transfer, bytesRead }, buffers);
  }
  post({ type: 'done' });
} catch (error) {
  const e = error as Partial<PoulsError> & { code?: unknown };
  post({
    type: 'failed',
    error: {
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
      ...(typeof e.code === 'string' ? { code: e.code } : {}),
      ...(error instanceof PoulsError ? { params: { ...error.params } } : {}),
    },
  });
}
// Nothing left to do: the credit listener no longer keeps the thread alive.
port.unref();
