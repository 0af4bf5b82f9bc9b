import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_CASES } from '../../test/support/stores.js';
import { messageTable } from '../analytics/message-table.js';
import { type Batch, EMPTY_BATCH } from '../model/input.js';
import { NO_MESSAGE, UNKNOWN_MESSAGE } from '../model/message-table.js';
import { createCommunity, loadDataset, type Store, writeBatch } from './index.js';

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

describe.each(STORE_CASES)('loadDataset on $name', ({ open }) => {
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
});
