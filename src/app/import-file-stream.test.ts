import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpStore } from '../../test/support/dump-store.js';
import { STORE_CASES } from '../../test/support/stores.js';
import type { Store } from '../store/index.js';
import { importFile } from './import-file.js';

/** The reader worker as `npm run build` compiles it: workers run JavaScript, not the TypeScript sources. */
const BUILT_READER = new URL('../../dist/app/import-reader-worker.js', import.meta.url);

/** A seeded generator (mulberry32), so every run writes the same file. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A native messages file of `rows` rows as exports write them: CRLF, heavy-tailed authors named
 * by email or by name, replies, dates with and without a time, texts with commas, doubled
 * quotes, accents and line breaks, a blank line now and then.
 */
function messagesCsv(rows: number): string {
  const next = random(3);
  const lines = ['id;auteur;canal;date;réponse à;fil;texte'];
  for (let i = 1; i <= rows; i++) {
    const k = Math.floor(400 * next() ** 3);
    const author = k % 4 === 0 ? `Personne ${k}` : `Membre.${k}@Exemple.qc.ca`;
    const day = `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const date =
      i % 3 === 0
        ? day
        : `${day} ${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
    const reply = next() < 0.6 ? `m${1 + Math.floor(next() * i)}` : '';
    const text =
      i % 5 === 0 ? `"Bonjour; ""tous""\r\nligne ${i} — été"` : `Message ${i} sur l’infolettre`;
    lines.push(`m${i};${author};canal-${i % 7};${date};${reply};;${text}`);
    if (i % 997 === 0) lines.push('');
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('importFile: streamed and whole reads of a large file, on both databases', () => {
  let dir: string;
  let path: string;
  const stores: Store[] = [];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pouls-stream-'));
    path = join(dir, 'messages.csv');
    writeFileSync(path, messagesCsv(50_000));
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leave the same store contents, ids included, whether read on this thread or in a worker', async () => {
    expect(existsSync(BUILT_READER), 'run npm run build first').toBe(true);
    const dumps = [];
    const results = [];
    // Streamed on this thread, whole, and streamed in a reader thread in many small segments.
    const ways = [
      { streamAboveBytes: 0, readInThread: false },
      {},
      { streamAboveBytes: 0, readInThread: true, readerUrl: BUILT_READER, segmentBytes: 64 * 1024 },
    ];
    for (const { open } of STORE_CASES) {
      for (const way of ways) {
        const store = await open();
        stores.push(store);
        results.push(await importFile(store, { kind: 'messages', path, ...way }));
        dumps.push(await dumpStore(store.db));
      }
    }
    expect(results[0]).toMatchObject({ ok: true, value: { messages: 50_000 } });
    for (const result of results.slice(1)) expect(result).toEqual(results[0]);
    expect(dumps[0]?.messages).toHaveLength(50_000);
    for (const dump of dumps.slice(1)) expect(dump).toEqual(dumps[0]);
  }, 600_000);
});
