import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { mulberry32 } from '../../src/analytics/mulberry32.js';
import { writeImportFiles } from '../support/import-files.js';
import { postgresState, sqliteState } from '../support/store-state.js';
import { TEST_STORE } from '../support/stores.js';

const bin = resolve('bin/pouls.js');
const env = { PATH: process.env.PATH ?? '', POULS_LANG: 'en' };

/** Runs `pouls` to the end. */
function pouls(args: string[], url?: string) {
  return spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: url ? { ...env, DATABASE_URL: url } : env,
  });
}

/** Starts `pouls`, kills it with SIGKILL after `delay` ms (if still running), resolves on exit. */
function killAfter(
  args: string[],
  delay: number,
  url?: string,
): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: url ? { ...env, DATABASE_URL: url } : env,
      stdio: 'ignore',
    });
    let killed = false;
    const timer = setTimeout(() => {
      killed = child.kill('SIGKILL');
    }, delay);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ killed, code });
    });
  });
}

describe.skipIf(TEST_STORE === 'postgres')('an import killed at any moment (SIGKILL)', () => {
  it('leaves the SQLite store as before or as after, never between, and sound', async () => {
    expect(existsSync(resolve('dist/cli/main.js')), 'run npm run build first').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'pouls-kill-'));
    const files = writeImportFiles(dir, { people: 800, count: 3000 });
    const base = join(dir, 'base.db');
    expect(pouls(['--db', base, 'import', 'members', files.members]).status).toBe(0);
    const before = sqliteState(base);

    const full = join(dir, 'full.db');
    copyFileSync(base, full);
    const started = performance.now();
    expect(pouls(['--db', full, 'import', 'messages', files.messages]).status).toBe(0);
    // Only to spread the kills over the import's length; nothing below depends on time. Twice
    // its length, so that about half the trials finish even when the machine slows down.
    const span = Math.max(200, (performance.now() - started) * 2);
    const after = sqliteState(full);
    expect(after.counts.messages).toBe(3000);
    expect(after.hash).not.toBe(before.hash);

    const random = mulberry32(20241115);
    const outcomes = { before: 0, after: 0 };
    for (let trial = 0; trial < 20; trial++) {
      const db = join(dir, `trial-${trial}.db`);
      copyFileSync(base, db);
      const delay = Math.floor(random() * span);
      await killAfter(['--db', db, 'import', 'messages', files.messages], delay);
      const state = sqliteState(db);
      expect(state.integrity, `trial ${trial}, killed after ${delay} ms`).toBe('ok');
      expect([before.hash, after.hash], `trial ${trial}, killed after ${delay} ms`).toContain(
        state.hash,
      );
      outcomes[state.hash === before.hash ? 'before' : 'after']++;
      // A store left as before still opens and takes the same import again.
      if (trial % 4 === 0 && state.hash === before.hash) {
        expect(pouls(['--db', db, 'import', 'messages', files.messages]).status).toBe(0);
        expect(sqliteState(db).hash).toBe(after.hash);
      }
    }
    // Both outcomes were seen: kills landed during the import, and some imports finished.
    expect(outcomes.before).toBeGreaterThan(0);
    expect(outcomes.after).toBeGreaterThan(0);
  }, 600_000);
});

/** Copies a database with CREATE DATABASE … TEMPLATE (the template must have no connection). */
async function copyDatabase(template: string, name: string): Promise<string> {
  const url = new URL(inject('pgUrl'));
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  url.pathname = `/${name}`;
  return url.toString();
}

describe.skipIf(TEST_STORE === 'postgres')('an import killed at any moment on PostgreSQL', () => {
  it('leaves the database as before or as after, never between', async () => {
    expect(existsSync(resolve('dist/cli/main.js')), 'run npm run build first').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'pouls-kill-pg-'));
    const files = writeImportFiles(dir, { people: 400, count: 1500 });
    const tag = `k${process.pid}_${Date.now()}`;
    const base = await copyDatabase('template1', `${tag}_base`);
    expect(pouls(['import', 'members', files.members], base).status).toBe(0);
    const before = await postgresState(base);
    const full = await copyDatabase(`${tag}_base`, `${tag}_full`);
    const started = performance.now();
    expect(pouls(['import', 'messages', files.messages], full).status).toBe(0);
    const span = Math.max(300, (performance.now() - started) * 1.2);
    const after = await postgresState(full);
    expect(after.counts.messages).toBe(1500);
    const random = mulberry32(7);
    const outcomes = { before: 0, after: 0 };
    for (let trial = 0; trial < 6; trial++) {
      const url = await copyDatabase(`${tag}_base`, `${tag}_t${trial}`);
      const delay = Math.floor(random() * span);
      await killAfter(['import', 'messages', files.messages], delay, url);
      const state = await postgresState(url);
      expect([before.hash, after.hash], `trial ${trial}, killed after ${delay} ms`).toContain(
        state.hash,
      );
      outcomes[state.hash === before.hash ? 'before' : 'after']++;
    }
    expect(outcomes.before + outcomes.after).toBe(6);
  }, 600_000);
});
