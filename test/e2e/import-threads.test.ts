import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-code.js';
import { sqliteState } from '../support/store-state.js';
import { TEST_STORE } from '../support/stores.js';

const bin = resolve('bin/pouls.js');
const env = { PATH: process.env.PATH ?? '', POULS_LANG: 'en' };

/** Runs the built `pouls` to the end: `spawnSync` returns only once the process has exited. */
const pouls = (args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, timeout: 300_000 });

/** A native messages file of about 17 MB (streamed, and large enough for the reader thread). */
function largeMessages(path: string, bad?: number): void {
  const lines = ['id,author,channel,timestamp,reply_to,thread,text'];
  for (let i = 1; i <= 150_000; i++) {
    const day = i === bad ? '2024-02-30' : `2024-0${1 + (i % 9)}-1${i % 10}`;
    const reply = i > 1 && i % 3 === 0 ? `m${i - 1}` : '';
    lines.push(
      `m${i},membre${i % 401}@exemple.org,canal-${i % 5},${day} 10:00,${reply},,"Bonjour, ""tous"" — message ${i} sur l’infolettre et la billetterie"`,
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

describe.skipIf(TEST_STORE === 'postgres')(
  'pouls import of a large file with a reader thread',
  () => {
    it('stores the same as on one thread, and a bad line far down is the same clear error', () => {
      expect(existsSync(resolve('dist/app/import-reader-worker.js')), 'run npm run build').toBe(
        true,
      );
      const dir = mkdtempSync(join(tmpdir(), 'pouls-threads-'));
      const good = join(dir, 'messages.csv');
      largeMessages(good);
      const [one, two] = ['1', '2'].map((threads) => {
        const db = join(dir, `t${threads}.db`);
        const run = pouls(['--db', db, 'import', 'messages', good, '--threads', threads]);
        expect(run.status, run.stderr).toBe(0);
        return sqliteState(db);
      });
      expect(two!.counts.messages).toBe(150_000);
      expect(two!.hash).toBe(one!.hash);

      const bad = join(dir, 'bad.csv');
      largeMessages(bad, 140_000);
      const outcomes = ['1', '2'].map((threads) => {
        const db = join(dir, `bad${threads}.db`);
        const run = pouls(['--db', db, 'import', 'messages', bad, '--threads', threads]);
        return { run, state: sqliteState(db) };
      });
      for (const { run, state } of outcomes) {
        expect(run.status).toBe(EXIT.badInput);
        expect(run.stderr).toContain('bad.csv');
        expect(run.stderr).toContain('140001');
        expect(run.stderr).not.toMatch(/\n\s+at /);
        expect(state.counts.messages ?? 0).toBe(0);
      }
      expect(outcomes[1]!.run.stderr).toBe(outcomes[0]!.run.stderr);
    }, 600_000);
  },
);
