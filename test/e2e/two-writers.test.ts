import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeImportFiles } from '../support/import-files.js';
import { postgresState, sqliteState } from '../support/store-state.js';
import { freshPostgresUrl, TEST_STORE } from '../support/stores.js';

const bin = resolve('bin/pouls.js');
const env = { PATH: process.env.PATH ?? '', POULS_LANG: 'en' };

function pouls(args: string[], url?: string) {
  return spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: url ? { ...env, DATABASE_URL: url } : env,
  });
}

function start(args: string[], url?: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: url ? { ...env, DATABASE_URL: url } : env,
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('exit', (code) => done({ code, stderr }));
  });
}

describe.skipIf(TEST_STORE === 'postgres')('two imports at once on one SQLite file', () => {
  it('both land, and the store equals one of the two sequential orders', async () => {
    expect(existsSync(resolve('dist/cli/main.js')), 'run npm run build first').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'pouls-writers-'));
    const a = writeImportFiles(dir, { people: 800, count: 2000, name: 'a' });
    const b = writeImportFiles(dir, { people: 800, count: 2000, offset: 1000, name: 'b' });
    const base = join(dir, 'base.db');
    expect(pouls(['--db', base, 'import', 'members', a.members]).status).toBe(0);
    const sequential = (first: string, second: string) => {
      const db = join(dir, `seq-${first.endsWith('a.csv') ? 'ab' : 'ba'}.db`);
      copyFileSync(base, db);
      expect(pouls(['--db', db, 'import', 'messages', first]).status).toBe(0);
      expect(pouls(['--db', db, 'import', 'messages', second]).status).toBe(0);
      return sqliteState(db).hash;
    };
    const orders = [sequential(a.messages, b.messages), sequential(b.messages, a.messages)];
    for (let round = 0; round < 2; round++) {
      const db = join(dir, `together-${round}.db`);
      copyFileSync(base, db);
      const results = await Promise.all([
        start(['--db', db, 'import', 'messages', a.messages]),
        start(['--db', db, 'import', 'messages', b.messages]),
      ]);
      expect(results.map((r) => r.stderr)).toEqual(['', '']);
      expect(results.map((r) => r.code)).toEqual([0, 0]);
      const state = sqliteState(db);
      expect(state.integrity).toBe('ok');
      expect(orders).toContain(state.hash);
    }
  }, 300_000);
});

// Already about PostgreSQL: run once, in the first (SQLite) pass of .ci/run.
describe.skipIf(TEST_STORE === 'postgres')('two imports at once on one PostgreSQL database', () => {
  it('both land, and the database equals one of the two sequential orders', async () => {
    expect(existsSync(resolve('dist/cli/main.js')), 'run npm run build first').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'pouls-writers-pg-'));
    const a = writeImportFiles(dir, { people: 400, count: 800, name: 'a' });
    const b = writeImportFiles(dir, { people: 400, count: 800, offset: 400, name: 'b' });
    const fresh = async () => {
      const url = await freshPostgresUrl();
      expect(pouls(['import', 'members', a.members], url).status).toBe(0);
      return url;
    };
    const orders: string[] = [];
    for (const [first, second] of [
      [a.messages, b.messages],
      [b.messages, a.messages],
    ] as const) {
      const url = await fresh();
      expect(pouls(['import', 'messages', first], url).status).toBe(0);
      expect(pouls(['import', 'messages', second], url).status).toBe(0);
      orders.push((await postgresState(url)).hash);
    }
    const url = await fresh();
    const results = await Promise.all([
      start(['import', 'messages', a.messages], url),
      start(['import', 'messages', b.messages], url),
    ]);
    expect(results.map((r) => r.stderr)).toEqual(['', '']);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    expect(orders).toContain((await postgresState(url)).hash);
  }, 300_000);
});
