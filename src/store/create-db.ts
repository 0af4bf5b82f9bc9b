import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrate.js';
import { registerSqlite } from './raw-sqlite.js';
import type { Database } from './schema.js';
import { ImmediateSqliteDialect, LockingPostgresDialect } from './serialised-dialects.js';
import type { Dialect, StoreConfig } from './store-config.js';
import { registerStore } from './store-handles.js';

/** An open store: the Kysely instance, which database it is, and how to close it. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  close(): Promise<void>;
}

// COUNT(*) comes back from PostgreSQL as a string (int8); counts here always fit a number.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

function openSqlite(path: string): SQLite.Database {
  const database = new SQLite(path);
  // WAL lets readers work while an import writes; the busy timeout makes two writers wait
  // for each other (up to a minute) instead of failing at once.
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 60000');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  return database;
}

/**
 * Opens the store described by `config` and brings its schema up to date.
 *
 * @example
 * const store = await createDb({ kind: 'sqlite', path: './pouls.db' });
 */
export async function createDb(config: StoreConfig): Promise<Store> {
  const sqlite = config.kind === 'sqlite' ? openSqlite(config.path) : undefined;
  const dialect = sqlite
    ? new ImmediateSqliteDialect(sqlite)
    : new LockingPostgresDialect({
        pool: new pg.Pool({
          connectionString: config.kind === 'postgres' ? config.url : '',
          max: 10,
        }),
      });
  const db = new Kysely<Database>({ dialect });
  registerStore(db, { config, sqlite });
  // Bulk imports reuse prepared statements on the same connection, inside Kysely's transaction.
  if (sqlite) registerSqlite(db, sqlite);
  await migrateToLatest(db, config.kind);
  return { db, dialect: config.kind, close: () => db.destroy() };
}
