/**
 * Worker thread of `loadMessageTable`: reads one id range of a community's messages from the
 * SQLite file on its own read-only connection while the main thread reads the other range, and
 * posts the slice's columns (their buffers moved, not copied). A failure is posted as its message.
 */

import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { PoulsError } from '../model/pouls-error.js';
import type { SliceJob, SliceReply } from './load-message-table.js';
import { readSqliteSlice } from './message-slice.js';

const job = workerData as SliceJob;
const port = parentPort;
if (port === null) throw new PoulsError('internal', 'message-slice-worker runs as a worker thread');

let reply: SliceReply;
let transfer: ArrayBuffer[] = [];
try {
  const sqlite = new SQLite(job.path, { readonly: true, fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 60000');
    const slice = readSqliteSlice(sqlite, job.communityId, job.range, job.capacity);
    reply = { slice };
    transfer = [slice.ids, ...Object.values(slice.table)]
      .filter((column) => ArrayBuffer.isView(column))
      .map((column) => (column as Float64Array).buffer as ArrayBuffer);
  } finally {
    sqlite.close();
  }
} catch (error) {
  reply = { error: error instanceof Error ? error.message : String(error) };
}
port.postMessage(reply, transfer);
