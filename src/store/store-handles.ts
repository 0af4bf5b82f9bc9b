import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { StoreConfig } from './store-config.js';

/** What the store keeps about an open Kysely instance, for backups and compaction. */
export interface StoreHandle {
  readonly config: StoreConfig;
  /** The SQLite connection, for its online backup API. */
  readonly sqlite: SQLite.Database | undefined;
}

const handles = new WeakMap<Kysely<Database>, StoreHandle>();

/** Remembers how a store was opened (called by `createDb`). */
export function registerStore(db: Kysely<Database>, handle: StoreHandle): void {
  handles.set(db, handle);
}

/** How a store was opened; throws for a Kysely instance `createDb` did not open. */
export function storeHandle(db: Kysely<Database>): StoreHandle {
  const handle = handles.get(db);
  if (!handle) throw new Error('store not opened with createDb');
  return handle;
}
