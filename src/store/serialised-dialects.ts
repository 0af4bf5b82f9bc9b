import type SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  PostgresDialect,
  type PostgresDialectConfig,
  PostgresDriver,
  SqliteDialect,
  SqliteDriver,
  type TransactionSettings,
} from 'kysely';
import { PoulsError } from '../model/pouls-error.js';

/** The one advisory lock key every PostgreSQL write transaction of Pouls takes ('POUL'). */
export const WRITE_LOCK_KEY = 0x504f554c;

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/** Another process kept the store locked longer than the busy timeout: say so, plainly. */
function busyError(cause: unknown): PoulsError {
  return new PoulsError('internal', 'the store is busy: another process is writing', {
    cause,
    params: { key: 'privacy:error.busy' },
  });
}

function withBusyErrors(connection: DatabaseConnection): DatabaseConnection {
  return {
    async executeQuery(query) {
      try {
        return await connection.executeQuery(query);
      } catch (error) {
        throw isBusy(error) ? busyError(error) : error;
      }
    },
    streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
  };
}

/**
 * SQLite transactions that take the write lock when they begin (`BEGIN IMMEDIATE`): two
 * writers then wait for each other (busy timeout) instead of one failing when it upgrades a
 * stale read snapshot; a lock held past the timeout becomes a clear, retryable error.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async acquireConnection(): Promise<DatabaseConnection> {
    return withBusyErrors(await super.acquireConnection());
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** A SQLite dialect whose write transactions serialise (see `ImmediateSqliteDriver`). */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #database: SQLite.Database;

  constructor(database: SQLite.Database) {
    super({ database });
    this.#database = database;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.#database });
  }
}

/**
 * PostgreSQL transactions that take one transaction-scoped advisory lock: concurrent imports
 * (which create the same members and identities) run one after the other instead of failing
 * on unique constraints; readers are never blocked.
 */
class LockingPostgresDriver extends PostgresDriver {
  override async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    await super.beginTransaction(connection, settings);
    await connection.executeQuery(
      CompiledQuery.raw(`select pg_advisory_xact_lock(${WRITE_LOCK_KEY})`),
    );
  }
}

/** A PostgreSQL dialect whose write transactions serialise (see `LockingPostgresDriver`). */
export class LockingPostgresDialect extends PostgresDialect {
  readonly #config: PostgresDialectConfig;

  constructor(config: PostgresDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new LockingPostgresDriver(this.#config);
  }
}
