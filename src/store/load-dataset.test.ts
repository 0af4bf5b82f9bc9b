import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_CASES } from '../../test/support/stores.js';
import { messageTable } from '../analytics/message-table.js';
import { mulberry32 } from '../analytics/mulberry32.js';
import { type Batch, EMPTY_BATCH } from '../model/input.js';
import { NO_MESSAGE, UNKNOWN_MESSAGE } from '../model/message-table.js';
import { PoulsError } from '../model/pouls-error.js';
import { createCommunity, loadDataset, type Store, writeBatch } from './index.js';

/** The slice worker as `npm run build` compiles it (workers run JavaScript, not the sources). */
const BUILT_SLICE_WORKER = new URL('../../dist/store/message-slice-worker.js', import.meta.url);

const alice = { email: 'alice@example.org', name: 'Alice' };
const bob = { email: 'bob@example.org', name: 'Bob' };
const message = (externalId: string, channel: string, replyTo: string | null) => ({
  externalId,
  author: externalId === 'm2' ? bob : alice,
  channel,
  timestamp: `2023-03-0${externalId.slice(1)}T10:00:00.000Z`,
  replyTo,
  thread: 'm1',
  text: `Texte ${externalId}`,
  mentions: externalId === 'm1' ? [bob] : [],
});
const exchanges: Batch = {
  ...EMPTY_BATCH,
  messages: [
    message('m1', 'général', null),
    message('m2', 'général', 'm1'),
    message('m3', 'aide', 'm2'),
  ],
};

describe.each(STORE_CASES)('loadDataset on $name', ({ name, open }) => {
  let store: Store;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('reads messages in id order with their texts by default, and without them on request', async () => {
    const community = await createCommunity(store.db, { slug: 'c', name: 'C', host: null });
    const other = await createCommunity(store.db, { slug: 'o', name: 'O', host: null });
    await writeBatch(store.db, other.id, exchanges, { file: 'other' });
    await writeBatch(store.db, community.id, exchanges, { file: 'mine' });
    const full = await loadDataset(store.db, community);
    const lean = await loadDataset(store.db, community, { messageTexts: false });
    expect(full.messages.map((m) => m.text)).toEqual(['Texte m1', 'Texte m2', 'Texte m3']);
    expect(lean.messages.map((m) => m.text)).toEqual(['', '', '']);
    expect(lean.messages.map(({ text: _, ...rest }) => rest)).toEqual(
      full.messages.map(({ text: _, ...rest }) => rest),
    );
    const ids = full.messages.map((m) => m.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const [first, second, third] = full.messages;
    expect(first).toMatchObject({
      externalId: 'm1',
      replyTo: null,
      thread: 'm1',
      channel: 'général',
    });
    expect(second).toMatchObject({
      externalId: 'm2',
      replyTo: 'm1',
      timestamp: '2023-03-02T10:00:00.000Z',
    });
    expect(first?.mentions).toEqual([second?.authorId]);
    expect(third).toMatchObject({ channel: 'aide', mentions: [], authorId: first?.authorId });
  });

  it('reads messages as a table on request: the same columns as from the objects, links resolved by the database', async () => {
    const community = await createCommunity(store.db, { slug: 'c', name: 'C', host: null });
    const other = await createCommunity(store.db, { slug: 'o', name: 'O', host: null });
    const linked: Batch = {
      ...exchanges,
      messages: [
        // Replies to a later message and to one that is not there; thread named by a later one.
        { ...message('m4', 'aide', 'm5'), thread: 'm5' },
        message('m5', 'aide', 'm9'),
        ...exchanges.messages,
        { ...message('m6', 'aide', null), thread: null, timestamp: 'pas une date' },
      ],
    };
    await writeBatch(store.db, other.id, exchanges, { file: 'other' });
    await writeBatch(store.db, community.id, linked, { file: 'mine' });
    const objects = await loadDataset(store.db, community, { messageTexts: false });
    const table = await loadDataset(store.db, community, { messages: 'table' });
    expect(table.messages).toEqual([]);
    expect(table.messageTable).toEqual(messageTable(objects));
    const t = table.messageTable;
    expect(Array.from(t?.replyTo ?? [])).toEqual([
      1,
      UNKNOWN_MESSAGE,
      NO_MESSAGE,
      2,
      3,
      NO_MESSAGE,
    ]);
    expect(Array.from(t?.thread ?? [])).toEqual([1, 2, 2, 2, 2, NO_MESSAGE]);
    expect(Array.from(t?.mentionStart ?? [])).toEqual([0, 0, 0, 1, 1, 1, 1]);
    expect(Number.isNaN(t?.time[5])).toBe(true);
  });

  it('reads the table in two threads, half the ids each, to the same table as on one', async () => {
    const community = await createCommunity(store.db, { slug: 'c', name: 'C', host: null });
    const other = await createCommunity(store.db, { slug: 'o', name: 'O', host: null });
    // Replies and threads across the two halves, both ways, some to messages that are not there.
    const random = mulberry32(11);
    const many: Batch = {
      ...EMPTY_BATCH,
      messages: Array.from({ length: 400 }, (_, i) => ({
        ...message(`m${i}`, i % 2 ? 'aide' : 'général', null),
        timestamp: `2023-0${1 + (i % 9)}-1${i % 10}T10:00:0${i % 10}.000Z`,
        replyTo: random() < 0.7 ? `m${Math.floor(random() * 420)}` : null,
        thread: random() < 0.5 ? `m${Math.floor(random() * 420)}` : null,
        mentions: i % 7 === 0 ? [bob] : [],
      })),
    };
    await writeBatch(
      store.db,
      community.id,
      { ...many, messages: many.messages.slice(0, 200) },
      { file: 'a' },
    );
    await writeBatch(store.db, other.id, many, { file: 'other' });
    await writeBatch(
      store.db,
      community.id,
      { ...many, messages: many.messages.slice(200) },
      { file: 'b' },
    );
    const objects = await loadDataset(store.db, community, { messageTexts: false });
    const one = await loadDataset(store.db, community, {
      messages: 'table',
      table: { threads: 1 },
    });
    const two = await loadDataset(store.db, community, {
      messages: 'table',
      table: { threads: 2, splitAbove: 0, workerUrl: BUILT_SLICE_WORKER },
    });
    expect(one.messageTable).toEqual(messageTable(objects));
    expect(two.messageTable).toEqual(one.messageTable);
  });

  it.skipIf(name === 'postgres')(
    'turns a reader thread that dies into an internal PoulsError',
    async () => {
      const community = await createCommunity(store.db, { slug: 'c', name: 'C', host: null });
      await writeBatch(store.db, community.id, exchanges, { file: 'mine' });
      const dir = mkdtempSync(join(tmpdir(), 'pouls-slice-'));
      const dying = join(dir, 'dying-worker.mjs');
      writeFileSync(dying, "throw new Error('boom');\n");
      const failed = loadDataset(store.db, community, {
        messages: 'table',
        table: { threads: 2, splitAbove: 0, workerUrl: pathToFileURL(dying) },
      });
      await expect(failed).rejects.toBeInstanceOf(PoulsError);
      await expect(failed).rejects.toMatchObject({ code: 'internal' });
    },
  );
});
