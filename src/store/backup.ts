import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { PoulsError } from '../model/pouls-error.js';
import type { Store } from './create-db.js';
import { MIGRATION_NAMES } from './migrate.js';
import { findPgTool, pipePgTools, runPgTool } from './pg-tools.js';
import type { StoreConfig } from './store-config.js';
import { storeHandle } from './store-handles.js';

function notAStore(path: string, reason: string): PoulsError {
  return new PoulsError('bad_input', `${path} is not a Pouls backup: ${reason}`, {
    params: { key: 'privacy:error.notABackup', file: path, reason },
  });
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Moves a finished file into place: fsync it, rename it, fsync the folder. */
function commitFile(temp: string, path: string): void {
  fsyncPath(temp);
  renameSync(temp, path);
  fsyncPath(dirname(path));
}

/** Checks that the migrations a store applied are all known to this version of Pouls. */
function checkMigrations(path: string, names: readonly string[]): void {
  if (names.length === 0) throw notAStore(path, 'no migrations');
  const unknown = names.filter((n) => !MIGRATION_NAMES.includes(n));
  if (unknown.length > 0)
    throw new PoulsError('bad_input', `${path} comes from a newer Pouls`, {
      params: { key: 'privacy:error.newerBackup', file: path, migrations: unknown.join(', ') },
    });
}

/**
 * Copies the store to `path` while it stays in use: SQLite's online backup API (a consistent
 * snapshot, written to a temporary file then renamed), or `pg_dump --format=custom`.
 */
export async function backupStore(store: Store, path: string): Promise<void> {
  const { config, sqlite } = storeHandle(store.db);
  if (config.kind === 'postgres') {
    const tool = await findPgTool('pg_dump');
    await runPgTool(tool, ['--format=custom', '--no-owner', `--file=${path}`, config.url]);
    return;
  }
  if (!sqlite) throw new Error('SQLite store without its connection');
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await sqlite.backup(temp);
    commitFile(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

function checkSqliteBackup(path: string): SQLite.Database {
  if (!existsSync(path)) throw notAStore(path, 'missing');
  let source: SQLite.Database;
  try {
    source = new SQLite(path, { readonly: true, fileMustExist: true });
    const check = source.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw notAStore(path, String(check));
  } catch (cause) {
    if (cause instanceof PoulsError) throw cause;
    throw notAStore(path, (cause as Error).message);
  }
  const table = source
    .prepare("select name from sqlite_master where type = 'table' and name = 'pouls_migrations'")
    .get();
  if (!table) {
    source.close();
    throw notAStore(path, 'no pouls_migrations table');
  }
  const rows = source.prepare('select name from pouls_migrations order by name').all() as {
    name: string;
  }[];
  try {
    checkMigrations(
      path,
      rows.map((r) => r.name),
    );
  } catch (error) {
    source.close();
    throw error;
  }
  return source;
}

async function restoreSqlite(target: string, path: string): Promise<void> {
  const source = checkSqliteBackup(path);
  const temp = `${target}.${process.pid}.restore`;
  try {
    await source.backup(temp);
    source.close();
    // A stale write-ahead log of the old file must not be replayed onto the restored one.
    rmSync(`${target}-wal`, { force: true });
    rmSync(`${target}-shm`, { force: true });
    commitFile(temp, target);
  } finally {
    if (source.open) source.close();
    rmSync(temp, { force: true });
  }
}

async function restorePostgres(url: string, path: string): Promise<void> {
  const pgRestore = await findPgTool('pg_restore');
  const toc = await runPgTool(pgRestore, ['--list', path]).catch((cause: unknown) => {
    throw notAStore(path, (cause as Error).message);
  });
  if (!/TABLE\s+\S+\s+pouls_migrations\b/.test(toc)) throw notAStore(path, 'no pouls_migrations');
  const data = await runPgTool(pgRestore, [
    '--data-only',
    '--table=pouls_migrations',
    '--file=-',
    path,
  ]);
  const copy = /COPY [^\n]*pouls_migrations[^\n]*FROM stdin;\n([\s\S]*?)\n\\\./.exec(data);
  const names = (copy?.[1] ?? '').split('\n').map((line) => line.split('\t')[0] ?? '');
  checkMigrations(
    path,
    names.filter((n) => n !== ''),
  );
  // One transaction: the old schema is dropped only if the whole dump loads.
  await pipePgTools(
    { tool: pgRestore, args: ['--no-owner', '--no-privileges', '--file=-', path] },
    {
      tool: await findPgTool('psql'),
      args: [
        '--single-transaction',
        '--quiet',
        '--no-psqlrc',
        '--set=ON_ERROR_STOP=1',
        '--command=drop schema if exists public cascade',
        '--command=create schema public',
        '--file=-',
        url,
      ],
    },
  );
}

/**
 * Replaces the store described by `config` with a backup, after checking that it is a Pouls
 * store whose migrations this version knows (older ones are brought up to date when the store
 * next opens). All or nothing: SQLite writes a temporary file, fsyncs and renames it;
 * PostgreSQL loads the dump in one transaction. Nothing may have the store open meanwhile.
 */
export async function restoreStore(config: StoreConfig, path: string): Promise<void> {
  if (config.kind === 'sqlite') await restoreSqlite(config.path, path);
  else await restorePostgres(config.url, path);
}

/**
 * Rewrites the store so that deleted rows leave no copy behind: SQLite `VACUUM` and a
 * truncating WAL checkpoint; PostgreSQL `VACUUM` (dead rows made reusable).
 */
export async function compactStore(store: Store): Promise<void> {
  await sql`vacuum`.execute(store.db);
  if (store.dialect === 'sqlite') await sql`pragma wal_checkpoint(truncate)`.execute(store.db);
}
