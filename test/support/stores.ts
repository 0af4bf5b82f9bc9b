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

/** The databases every store test runs on: SQLite and a real PostgreSQL server. */
export const STORE_CASES: readonly StoreCase[] = [
  { name: 'sqlite', open: freshSqlite },
  { name: 'postgres', open: freshPostgres },
];
