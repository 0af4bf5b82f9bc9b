import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { createDb, type Store } from '../../src/store/index.js';

/** One database the store suite runs on. */
export interface StoreCase {
  readonly name: 'sqlite' | 'postgres';
  /** Opens a fresh, empty, migrated store. */
  open(): Promise<Store>;
}

/** Creates a fresh, empty database on the test server and returns its URL. */
export async function freshPostgresUrl(): Promise<string> {
  const url = new URL(inject('pgUrl'));
  const name = `pouls_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  url.pathname = `/${name}`;
  return url.toString();
}

async function freshPostgres(): Promise<Store> {
  return createDb({ kind: 'postgres', url: await freshPostgresUrl() });
}

async function freshSqlite(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'pouls-sqlite-'));
  const store = await createDb({ kind: 'sqlite', path: join(dir, 'pouls.db') });
  return {
    ...store,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The database the suite stands on: `POULS_TEST_STORE=postgres` (read here, in test support
 * only) runs every test that opens a store by a SQLite path — the CLI end-to-end tests
 * included — on a fresh PostgreSQL database instead (`.ci/run` runs the suite both ways).
 */
export const TEST_STORE: 'sqlite' | 'postgres' =
  process.env.POULS_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

/** The databases every store test runs on: SQLite and a real PostgreSQL server. */
export const STORE_CASES: readonly StoreCase[] = (
  [
    { name: 'sqlite', open: freshSqlite },
    { name: 'postgres', open: freshPostgres },
  ] as const
).filter((c) => TEST_STORE === 'sqlite' || c.name === 'postgres');

const standIns = new Map<string, Promise<string>>();

/** The PostgreSQL database standing for a SQLite path in postgres mode, one per path. */
function standInFor(path: string): Promise<string> {
  let url = standIns.get(path);
  if (!url) {
    url = freshPostgresUrl();
    standIns.set(path, url);
  }
  return url;
}

/** Opens the store a test names by a SQLite path: that file, or its PostgreSQL stand-in. */
export async function openTestStore(path: string): Promise<Store> {
  if (TEST_STORE === 'sqlite') return createDb({ kind: 'sqlite', path });
  return createDb({ kind: 'postgres', url: await standInFor(path) });
}

/**
 * The arguments and environment of a CLI run: unchanged on SQLite; in postgres mode `--db
 * PATH` becomes `DATABASE_URL` of PATH's stand-in database.
 */
export async function cliStore(
  args: readonly string[],
  env: Record<string, string>,
): Promise<{ args: string[]; env: Record<string, string> }> {
  const at = args.indexOf('--db');
  if (TEST_STORE === 'sqlite' || at < 0 || env.DATABASE_URL) return { args: [...args], env };
  const path = args[at + 1] ?? '';
  const rest = [...args.slice(0, at), ...args.slice(at + 2)];
  return { args: rest, env: { ...env, DATABASE_URL: await standInFor(path) } };
}
