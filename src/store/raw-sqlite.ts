import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** The better-sqlite3 connection under each SQLite store that `createDb` opened. */
const HANDLES = new WeakMap<Kysely<Database>, SQLite.Database>();

/** Remembers the connection under a SQLite store, for the bulk writer. */
export function registerSqlite(db: Kysely<Database>, handle: SQLite.Database): void {
  HANDLES.set(db, handle);
}

/**
 * The better-sqlite3 connection under a store opened by `createDb`, or undefined (PostgreSQL, or
 * a Kysely instance built elsewhere). Only the bulk writer uses it, inside a Kysely transaction,
 * whose connection lock keeps every other query out.
 */
export function sqliteOf(db: Kysely<Database>): SQLite.Database | undefined {
  return HANDLES.get(db);
}
