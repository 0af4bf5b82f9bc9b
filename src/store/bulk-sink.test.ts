import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpStore } from '../../test/support/dump-store.js';
import { personOneByOne } from '../../test/support/person-one-by-one.js';
import { STORE_CASES, TEST_STORE } from '../../test/support/stores.js';
import { type Batch, EMPTY_BATCH, type MessageInput, type PersonRef } from '../model/input.js';
import { sqliteSink } from './bulk-sink-sqlite.js';
import { createCommunity, type Store, writeBatch } from './index.js';
import { sqliteOf } from './raw-sqlite.js';
import type { Database } from './schema.js';

/**
 * The oracle: the writes as the importer did them before the bulk writer, one Kysely query per
 * row (people matched by email, handle, then name; a new member for anyone unknown), in chunks
 * of 2,000 whose authors are resolved before their mentions.
 */
async function writeOneByOne(
  db: Kysely<Database>,
  communityId: number,
  batch: Batch,
  index: Map<string, number>,
) {
  const person = personOneByOne(db, communityId, index);
  for (let at = 0; at < batch.messages.length; at += 2000) {
    const chunk = batch.messages.slice(at, at + 2000);
    const authors: number[] = [];
    for (const m of chunk) authors.push(await person(m.author));
    const stored: MessageInput[] = [];
    const ids: number[] = [];
    for (const [i, m] of chunk.entries()) {
      const row = await db
        .insertInto('messages')
        .values({
          community_id: communityId,
          external_id: m.externalId,
          author_id: authors[i]!,
          channel: m.channel,
          ts: m.timestamp,
          reply_to: m.replyTo,
          thread: m.thread,
          text: m.text,
        })
        .onConflict((oc) => oc.columns(['community_id', 'external_id']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (row) [stored.push(m), ids.push(row.id)];
    }
    for (const [k, m] of stored.entries()) {
      const seen = new Set<number>();
      for (const ref of m.mentions) {
        const member = await person(ref);
        if (seen.has(member)) continue;
        seen.add(member);
        await db
          .insertInto('mentions')
          .values({ message_id: ids[k]!, member_id: member })
          .execute();
      }
    }
  }
  for (const c of batch.contributions) {
    const author = await person(c.author);
    await db
      .insertInto('contributions')
      .values({
        community_id: communityId,
        author_id: author,
        date: c.date,
        kind: c.kind,
        title: c.title,
      })
      .onConflict((oc) =>
        oc.columns(['community_id', 'author_id', 'date', 'kind', 'title']).doNothing(),
      )
      .execute();
  }
  for (const t of batch.ties) {
    const source = await person(t.source);
    const target = await person(t.target);
    await db
      .insertInto('ties')
      .values({
        community_id: communityId,
        source_id: source,
        target_id: target,
        weight: t.weight,
        date: t.date ?? '',
      })
      .onConflict((oc) =>
        oc.columns(['community_id', 'source_id', 'target_id', 'date']).doNothing(),
      )
      .execute();
  }
}

/** A seeded generator (mulberry32), so every run writes the same batch. */
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
 * Exchanges with what makes bulk writing hard: thousands of rows over several chunks, external
 * ids repeated within and across chunks, people named by email, by name, by both, with an empty
 * name, mentions of people never seen and repeated mentions, duplicate contributions and ties.
 */
function trickyBatch(rows: number): Batch {
  const next = random(9);
  const pick = (n: number) => Math.floor(next() * n);
  const ref = (): PersonRef => {
    const k = pick(60);
    if (k % 5 === 0) return { name: `Personne ${k}` };
    if (k % 5 === 1) return { email: `p${k}@exemple.org`, name: `Personne ${k - 1}` };
    if (k % 7 === 0) return { name: '  ' };
    return { email: `p${k}@exemple.org` };
  };
  const messages: MessageInput[] = [];
  for (let i = 0; i < rows; i++) {
    const mentions = next() < 0.2 ? [ref(), ref(), ref()] : [];
    messages.push({
      externalId: `m${next() < 0.05 ? pick(i + 1) : i}`,
      author: ref(),
      channel: `canal-${pick(4)}`,
      timestamp: `2024-0${1 + pick(9)}-1${pick(10)}T10:00:00.000Z`,
      replyTo: next() < 0.5 ? `m${pick(i + 1)}` : null,
      thread: null,
      text: `Message ${i}`,
      mentions,
    });
  }
  const contributions = Array.from({ length: 150 }, () => ({
    author: ref(),
    date: `2024-0${1 + pick(3)}-01`,
    kind: 'code',
    title: `T${pick(50)}`,
  }));
  const ties = Array.from({ length: 150 }, () => ({
    source: ref(),
    target: ref(),
    weight: 1 + pick(3) / 2,
    date: next() < 0.5 ? null : '2024-01-01',
  }));
  return { ...EMPTY_BATCH, messages, contributions, ties };
}

describe.each(STORE_CASES)('bulk writes ($name)', ({ open }) => {
  let bulk: Store;
  let oracle: Store;
  beforeEach(async () => {
    [bulk, oracle] = [await open(), await open()];
  });
  afterEach(async () => {
    await bulk.close();
    await oracle.close();
  });

  it('store the same rows, with the same ids, as writing one row at a time', async () => {
    const batch = trickyBatch(2300);
    const values = { slug: 'c', name: 'C', host: null };
    // A first import, then the whole batch again over it: the second adds only what is new.
    const first = { ...batch, messages: batch.messages.slice(0, 800) };
    await writeBatch(bulk.db, values, first, { file: 'a.csv' });
    const summary = await writeBatch(bulk.db, values, batch, { file: 'b.csv' });
    const { id } = await createCommunity(oracle.db, values);
    await oracle.db.transaction().execute(async (trx) => {
      const index = new Map<string, number>();
      await writeOneByOne(trx, id, first, index);
      await writeOneByOne(trx, id, batch, index);
    });
    // The oracle records no import: compare everything else.
    const { imports: _none, ...expected } = await dumpStore(oracle.db);
    const { imports: _two, ...actual } = await dumpStore(bulk.db);
    expect(actual).toEqual(expected);
    expect(summary).toMatchObject({
      ok: true,
      value: {
        messages: expected.messages.length - new Set(first.messages.map((m) => m.externalId)).size,
      },
    });
    expect(expected.mentions.length).toBeGreaterThan(100);
    // The oracle sends one query per row: slow on a busy server, hence the room.
  }, 240_000);
});

// About the SQLite file itself: left out when the whole suite runs on PostgreSQL.
describe.skipIf(TEST_STORE === 'postgres')('bulk writes on SQLite: a large load', () => {
  let store: Store;
  beforeEach(async () => {
    store = await STORE_CASES[0]!.open();
  });
  afterEach(async () => store.close());

  const indexes = (db: Kysely<Database>) =>
    sqliteOf(db)!
      .prepare("select name, sql from sqlite_master where type = 'index' order by name")
      .all();

  it('sets the message indexes aside past the threshold and builds them again', async () => {
    const before = indexes(store.db);
    const { id } = await createCommunity(store.db, { slug: 'c', name: 'C', host: null });
    await store.db.transaction().execute(async () => {
      const sink = sqliteSink(sqliteOf(store.db)!, id, 10);
      const [author] = await sink.addMembers(['Ana']);
      const rows: MessageInput[] = Array.from({ length: 30 }, (_, i) => ({
        externalId: `m${i}`,
        author: { name: 'Ana' },
        channel: '',
        timestamp: `2024-01-${String(30 - i).padStart(2, '0')}`,
        replyTo: null,
        thread: null,
        text: '',
        mentions: [],
      }));
      const by = (n: number) => new Array<number>(n).fill(author!);
      await sink.addMessages(rows.slice(0, 5), by(5));
      expect(indexes(store.db)).toEqual(before);
      await sink.addMessages(rows.slice(5), by(25));
      expect(indexes(store.db)).not.toEqual(before);
      // Still one row per external id while the other indexes are away.
      expect(await sink.addMessages(rows.slice(0, 3), by(3))).toEqual([
        undefined,
        undefined,
        undefined,
      ]);
      await sink.finish();
      expect(indexes(store.db)).toEqual(before);
    });
    const plan = sqliteOf(store.db)!
      .prepare('explain query plan select id from messages where community_id = ? order by ts')
      .all(id);
    expect(JSON.stringify(plan)).toContain('messages_community_ts');
  });

  it('keeps the indexes when the table already held more messages than the load', async () => {
    const before = indexes(store.db);
    const { id } = await createCommunity(store.db, { slug: 'c', name: 'C', host: null });
    const message = (i: number): MessageInput => ({
      externalId: `m${i}`,
      author: { name: 'Ana' },
      channel: '',
      timestamp: '2024-01-01',
      replyTo: null,
      thread: null,
      text: '',
      mentions: [],
    });
    await store.db.transaction().execute(async () => {
      const sink = sqliteSink(sqliteOf(store.db)!, id, 1000);
      const [author] = await sink.addMembers(['Ana']);
      await sink.addMessages(
        Array.from({ length: 50 }, (_, i) => message(i)),
        new Array<number>(50).fill(author!),
      );
      await sink.finish();
    });
    await store.db.transaction().execute(async () => {
      const sink = sqliteSink(sqliteOf(store.db)!, id, 20);
      const [author] = await sink.addMembers(['Bo']);
      await sink.addMessages(
        Array.from({ length: 30 }, (_, i) => message(100 + i)),
        new Array<number>(30).fill(author!),
      );
      expect(indexes(store.db)).toEqual(before);
      await sink.finish();
    });
  });
});
