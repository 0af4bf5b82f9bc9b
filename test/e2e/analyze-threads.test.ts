import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseCommunity, importFile } from '../../src/app/index.js';
import { AnalysisSchema } from '../../src/model/analysis.js';
import { createDb } from '../../src/store/index.js';

const bin = resolve('bin/pouls.js');
const env = { PATH: process.env.PATH ?? '' };

describe('pouls analyze on a network above the exact-betweenness size (built CLI)', () => {
  it('computes sampled betweenness in worker threads with the same bits as one thread', {
    timeout: 900_000,
  }, async () => {
    expect(existsSync(resolve('dist/app/betweenness-worker.js')), 'run npm run build first').toBe(
      true,
    );
    const dir = mkdtempSync(join(tmpdir(), 'pouls-threads-'));
    const data = join(dir, 'csv');
    const db = join(dir, 'pouls.db');
    execFileSync(process.execPath, [
      resolve('bench/generate.js'),
      ...['--members', '3000', '--messages', '20000', '--out', data, '--seed', '5'],
    ]);
    // Imported in-process (the import path has its own tests); only the analysis runs built.
    const store = await createDb({ kind: 'sqlite', path: db });
    try {
      for (const kind of ['members', 'events', 'attendance', 'messages'] as const) {
        const path = join(data, `${kind}.csv`);
        expect((await importFile(store, { kind, path, skipInvalid: false })).ok).toBe(true);
      }
    } finally {
      await store.close();
    }
    const stdout = execFileSync(
      process.execPath,
      [bin, '--db', db, 'analyze', '--as-of', '2024-12-31', '--json', '--threads', '2'],
      { env, encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    const threaded = AnalysisSchema.parse(JSON.parse(stdout));
    const reader = await createDb({ kind: 'sqlite', path: db });
    const single = await analyseCommunity(reader, { asOf: '2024-12-31', threads: 1 }).finally(() =>
      reader.close(),
    );
    expect(threaded.network.nodes).toBeGreaterThan(2000);
    expect(threaded.network.approximate).toBe(true);
    expect(threaded.network.brokers).toHaveLength(10);
    // JSON keeps every bit of a double: equal numbers after parsing are equal bits.
    expect(threaded).toEqual(single);
  });
});
