import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../../test/support/stores.js';
import { PoulsError } from '../model/pouls-error.js';
import { listAudit, loadDataset, type Store } from '../store/index.js';
import { importFile } from './import-file.js';
import { resolveCommunity } from './resolve-community.js';

/** The reader worker as `npm run build` compiles it: workers run JavaScript, not the TypeScript sources. */
const BUILT_READER = new URL('../../dist/app/import-reader-worker.js', import.meta.url);
/** Reading in a worker thread, in small segments so that a small file makes many batches. */
const THREADED = { readInThread: true, readerUrl: BUILT_READER, segmentBytes: 16 * 1024 } as const;

let dir: string;
let streamed: Store;
let whole: Store;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pouls-import-'));
  streamed = await openTestStore(join(dir, 'a.db'));
  whole = await openTestStore(join(dir, 'b.db'));
});
afterEach(async () => {
  await streamed.close();
  await whole.close();
});

function messagesCsv(rows: number, bad?: number): string {
  const lines = ['id,author,channel,timestamp,reply_to,thread,text'];
  for (let i = 1; i <= rows; i++) {
    const day = i === bad ? '2024-02-30' : `2024-0${1 + (i % 9)}-1${i % 10}`;
    const reply = i > 1 && i % 3 === 0 ? `m${i - 1}` : '';
    lines.push(
      `m${i},person${i % 17}@ex.org,général,${day} 10:00,${reply},,"Bonjour, ""tous""\nligne ${i}"`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('importFile on a large native file', () => {
  it('streams it in segments to the same store content as a whole read', async () => {
    const path = join(dir, 'messages.csv');
    writeFileSync(path, messagesCsv(3000));
    const progress: [number, number][] = [];
    const a = await importFile(streamed, {
      kind: 'messages',
      path,
      streamAboveBytes: 0,
      onProgress: (done, total) => progress.push([done, total]),
    });
    // The streamed path reports bytes read, out of the file's size.
    expect(progress.at(-1)).toEqual([statSync(path).size, statSync(path).size]);
    const b = await importFile(whole, { kind: 'messages', path });
    expect(a).toEqual(b);
    expect(a).toMatchObject({ ok: true, value: { messages: 3000, members: { added: 17 } } });
    const load = async (store: Store) => loadDataset(store.db, await resolveCommunity(store));
    expect((await load(streamed)).messages).toEqual((await load(whole)).messages);
  });

  it('writes nothing and names the line when one row deep in the file is wrong', async () => {
    const path = join(dir, 'messages.csv');
    writeFileSync(path, messagesCsv(3000, 2500));
    const result = await importFile(streamed, { kind: 'messages', path, streamAboveBytes: 0 });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_value', line: 2 * 2500, column: 'timestamp' }],
    });
    await expect(resolveCommunity(streamed)).rejects.toThrow();
  });

  it('reads it in a worker thread to the same result, progress and store as on this thread', async () => {
    expect(existsSync(BUILT_READER), 'run npm run build first').toBe(true);
    const path = join(dir, 'messages.csv');
    writeFileSync(path, messagesCsv(3000));
    const progress: [number, number][] = [];
    const a = await importFile(streamed, {
      kind: 'messages',
      path,
      streamAboveBytes: 0,
      ...THREADED,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toEqual([statSync(path).size, statSync(path).size]);
    const b = await importFile(whole, { kind: 'messages', path, readInThread: false });
    expect(a).toEqual(b);
    const load = async (store: Store) => loadDataset(store.db, await resolveCommunity(store));
    expect((await load(streamed)).messages).toEqual((await load(whole)).messages);
  });

  it('gives the same issues from a worker thread, and writes nothing, for bad rows deep in the file', async () => {
    const path = join(dir, 'messages.csv');
    writeFileSync(path, messagesCsv(3000, 2500));
    const threaded = await importFile(streamed, {
      kind: 'messages',
      path,
      streamAboveBytes: 0,
      ...THREADED,
    });
    const here = await importFile(whole, {
      kind: 'messages',
      path,
      streamAboveBytes: 0,
      segmentBytes: THREADED.segmentBytes,
      readInThread: false,
    });
    expect(threaded).toEqual(here);
    expect(threaded).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_value', line: 2 * 2500, column: 'timestamp' }],
    });
    await expect(resolveCommunity(streamed)).rejects.toThrow();
  });

  it('turns a reader thread that dies into an internal PoulsError, and writes nothing', async () => {
    const path = join(dir, 'messages.csv');
    writeFileSync(path, messagesCsv(3000));
    const dying = join(dir, 'dying-worker.mjs');
    writeFileSync(dying, "throw new Error('boom');\n");
    const failed = importFile(streamed, {
      kind: 'messages',
      path,
      streamAboveBytes: 0,
      readInThread: true,
      readerUrl: pathToFileURL(dying),
    });
    await expect(failed).rejects.toBeInstanceOf(PoulsError);
    await expect(failed).rejects.toMatchObject({ code: 'internal' });
    await expect(resolveCommunity(streamed)).rejects.toThrow();
  });
});

describe('importFile and the audit log', () => {
  const audit = { actor: 'cli:test', at: '2026-11-29T10:00:00.000Z' };

  it('writes one audit line with the import, streamed or whole, and none for a dry run', async () => {
    const path = join(dir, 'messages.csv');
    writeFileSync(path, messagesCsv(300));
    for (const [store, streamAboveBytes] of [
      [streamed, 0],
      [whole, undefined],
    ] as const) {
      const dry = await importFile(store, {
        kind: 'messages',
        path,
        streamAboveBytes,
        audit,
        dryRun: true,
      });
      expect(dry.ok).toBe(true);
      expect(await listAudit(store.db)).toEqual([]);
      await importFile(store, { kind: 'messages', path, streamAboveBytes, audit });
      const community = await resolveCommunity(store);
      expect(await listAudit(store.db)).toMatchObject([
        {
          ...audit,
          action: 'import',
          communityId: community.id,
          target: 'messages',
          detail: { file: 'messages.csv', messages: 300, members: { added: 17 } },
        },
      ]);
    }
  });

  it('writes no audit line when the import fails', async () => {
    const path = join(dir, 'messages.csv');
    writeFileSync(path, messagesCsv(300, 250));
    for (const [store, streamAboveBytes] of [
      [streamed, 0],
      [whole, undefined],
    ] as const) {
      const result = await importFile(store, { kind: 'messages', path, streamAboveBytes, audit });
      expect(result.ok).toBe(false);
      expect(await listAudit(store.db)).toEqual([]);
    }
  });
});
