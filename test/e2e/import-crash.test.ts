import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/analytics/mulberry32.js';
import { writeImportFiles } from '../support/import-files.js';
import { sqliteState } from '../support/store-state.js';
import { TEST_STORE } from '../support/stores.js';

const bin = resolve('bin/pouls.js');
const env = { PATH: process.env.PATH ?? '', POULS_LANG: 'en' };

/** Runs `pouls` to the end. */
function pouls(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
}

/** Starts `pouls`, kills it with SIGKILL after `delay` ms (if still running), resolves on exit. */
function killAfter(
  args: string[],
  delay: number,
): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { env, stdio: 'ignore' });
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
    const files = writeImportFiles(dir, { people: 1000, count: 5000 });
    const base = join(dir, 'base.db');
    expect(pouls(['--db', base, 'import', 'members', files.members]).status).toBe(0);
    const before = sqliteState(base);

    const full = join(dir, 'full.db');
    copyFileSync(base, full);
    const started = performance.now();
    expect(pouls(['--db', full, 'import', 'messages', files.messages]).status).toBe(0);
    // Only to spread the kills over the import's length; nothing below depends on time.
    const span = Math.max(200, (performance.now() - started) * 1.2);
    const after = sqliteState(full);
    expect(after.counts.messages).toBe(5000);
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
