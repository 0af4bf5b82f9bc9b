import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type Kysely, sql } from 'kysely';
import { concatMessageTables, type MessageTable } from '../model/message-table.js';
import { PoulsError } from '../model/pouls-error.js';
import {
  type IdRange,
  LINKED,
  type LinkedRow,
  MENTIONS,
  type MessageSlice,
  readSqliteSlice,
  resolveLinks,
  sliceOf,
} from './message-slice.js';
import { sqliteOf } from './raw-sqlite.js';
import type { Database } from './schema.js';

/** What the slice worker is given. */
export interface SliceJob {
  readonly path: string;
  readonly communityId: number;
  readonly range: IdRange;
  readonly capacity: number;
}

/** What the slice worker posts back. */
export type SliceReply = { readonly slice: MessageSlice } | { readonly error: string };

/** The compiled slice worker, beside this module. */
export const SLICE_WORKER_URL = new URL('./message-slice-worker.js', import.meta.url);

/** Options of `loadMessageTable`. */
export interface LoadMessageTableOptions {
  /**
   * Threads to read with (default: the available cores). With 2 or more, a SQLite file store
   * reads the upper half of the ids in a worker thread on its own read-only connection.
   */
  readonly threads?: number;
  /** Fewest messages worth a second thread (default 200,000). */
  readonly splitAbove?: number;
  /** The compiled worker script (default `SLICE_WORKER_URL`; absent when running the sources). */
  readonly workerUrl?: URL;
}

/**
 * One community's messages as a `MessageTable` (no texts, no external ids): what the analytics
 * read, without a `Message` object or a string per row (see `message-slice.ts`). On a SQLite file
 * with many messages, two threads read half the ids each (5,000,000 messages: measured below in
 * the README's benchmarks); links are resolved to positions once both halves are in.
 */
export async function loadMessageTable(
  db: Kysely<Database>,
  communityId: number,
  options: LoadMessageTableOptions = {},
): Promise<MessageTable> {
  const bounds = await db
    .selectFrom('messages')
    .select((eb) => [
      eb.fn.min('id').as('low'),
      eb.fn.max('id').as('high'),
      eb.fn.countAll().as('count'),
    ])
    .where('community_id', '=', communityId)
    .executeTakeFirstOrThrow();
  const count = Number(bounds.count);
  const all = { from: Number(bounds.low ?? 0), to: Number(bounds.high ?? -1) };
  const sqlite = sqliteOf(db);
  if (!sqlite) {
    const slice = await readKyselySlice(db, communityId, all);
    return resolveLinks(slice.ids, slice.table);
  }
  const workerUrl = options.workerUrl ?? SLICE_WORKER_URL;
  const split =
    (options.threads ?? availableParallelism()) >= 2 &&
    count >= (options.splitAbove ?? 200_000) &&
    !sqlite.memory &&
    existsSync(fileURLToPath(workerUrl));
  const read = (range: IdRange, capacity: number) =>
    db.connection().execute(async () => readSqliteSlice(sqlite, communityId, range, capacity));
  if (!split) {
    const slice = await read(all, count);
    return resolveLinks(slice.ids, slice.table);
  }
  const middle = Math.floor((all.from + all.to) / 2);
  const half = Math.ceil(count / 2);
  const upper = readInThread(workerUrl, {
    path: sqlite.name,
    communityId,
    range: { from: middle + 1, to: all.to },
    capacity: half,
  });
  // Awaited below; this only keeps a failure during the lower half from going unhandled.
  upper.catch(() => undefined);
  const lower = await read({ from: all.from, to: middle }, half);
  const higher = await upper;
  const ids = new Float64Array(lower.ids.length + higher.ids.length);
  ids.set(lower.ids);
  ids.set(higher.ids, lower.ids.length);
  return resolveLinks(ids, concatMessageTables([lower.table, higher.table]));
}

/** `readSqliteSlice` on any store through Kysely (PostgreSQL): one array of rows. */
async function readKyselySlice(
  db: Kysely<Database>,
  communityId: number,
  range: IdRange,
): Promise<MessageSlice> {
  const query = async (text: string) => {
    const parts = text.split('?');
    const values = [communityId, range.from, range.to];
    const built = sql.join(
      parts.map((part, i) =>
        i < values.length ? sql`${sql.raw(part)}${values[i]}` : sql.raw(part),
      ),
      sql.raw(''),
    );
    const { rows } = await sql<Record<string, unknown>>`${built}`.execute(db);
    return rows.map((row) =>
      Object.values(row).map((v, i) => (typeof v === 'string' && i !== 2 ? Number(v) : v)),
    );
  };
  const mentions = (await query(MENTIONS)) as [number, number][];
  const rows = (await query(LINKED)) as LinkedRow[];
  return sliceOf(rows, mentions, rows.length);
}

/** Runs one `SliceJob` in a worker thread. */
function readInThread(url: URL, job: SliceJob): Promise<MessageSlice> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: job });
    let settled = false;
    const fail = (cause: unknown) => {
      if (settled) return;
      settled = true;
      reject(new PoulsError('internal', 'the message reader thread failed', { cause }));
    };
    worker.once('message', (reply: SliceReply) => {
      if ('error' in reply) return fail(new Error(reply.error));
      settled = true;
      resolve(reply.slice);
    });
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`exited with code ${code} before replying`)));
  });
}
