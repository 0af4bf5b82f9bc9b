import { type Kysely, sql } from 'kysely';
import {
  type MessageTable,
  MessageTableBuilder,
  NO_MESSAGE,
  UNKNOWN_MESSAGE,
} from '../model/message-table.js';
import { sqliteOf } from './raw-sqlite.js';
import type { Database } from './schema.js';

/** In `LINKED`'s thread column: the thread is named by the message replied to (saves a lookup). */
const SAME_AS_REPLY = -3;

/** A row of `LINKED`: id, author, timestamp, and the store ids its reply and thread name (or a sentinel). */
type LinkedRow = [number, number, string, number, number];

/**
 * Each message of a community in id order, with the store id of the message its `reply_to` and
 * its `thread` name, found by the database through the `(community_id, external_id)` unique
 * index: `NO_MESSAGE` without a link, `UNKNOWN_MESSAGE` when it names no message of the
 * community; a thread named by the message itself or by the one replied to needs no lookup.
 * No string is kept per message (measured on 5,000,000 messages: 8 to 9 s, against 14 s to read
 * the rows with their external ids as strings and resolve them in JavaScript).
 * `+community_id` makes SQLite scan the table in id order instead of sorting the rows it would
 * find through the (community_id, ts) index; PostgreSQL reads it as the same integer.
 */
const LINKED = `select m.id, m.author_id, m.ts,
    case when m.reply_to is null then ${NO_MESSAGE}
      else coalesce((select r.id from messages r
        where r.community_id = m.community_id and r.external_id = m.reply_to), ${UNKNOWN_MESSAGE}) end
      as reply_id,
    case when m.thread is null then ${NO_MESSAGE}
      when m.thread = m.external_id then m.id
      when m.thread = m.reply_to then ${SAME_AS_REPLY}
      else coalesce((select t.id from messages t
        where t.community_id = m.community_id and t.external_id = m.thread), ${UNKNOWN_MESSAGE}) end
      as thread_id
  from messages m where +m.community_id = ? order by m.id`;

/** Calls `each` with every row of `LINKED` (SQLite: stepped one at a time, no array of rows). */
async function eachLinkedRow(
  db: Kysely<Database>,
  communityId: number,
  each: (row: LinkedRow) => void,
): Promise<void> {
  const sqlite = sqliteOf(db);
  if (sqlite) {
    await db.connection().execute(async () => {
      const statement = sqlite.prepare(LINKED).raw(true);
      for (const row of statement.iterate(communityId)) each(row as LinkedRow);
    });
    return;
  }
  const [before, after] = LINKED.split('?') as [string, string];
  const { rows } = await sql<
    Record<string, number | string>
  >`${sql.raw(before)}${communityId}${sql.raw(after)}`.execute(db);
  for (const r of rows)
    each(Object.values(r).map((v, i) => (i === 2 ? v : Number(v))) as LinkedRow);
}

/**
 * One community's messages as a `MessageTable` (no texts, no external ids): what the analytics
 * read, without a `Message` object or a string per row. Mentions come from one query in message
 * order; reply and thread links are turned from store ids into positions once every row is read
 * (a message may reply to a later one).
 */
export async function loadMessageTable(
  db: Kysely<Database>,
  communityId: number,
): Promise<MessageTable> {
  const counted = await db
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('community_id', '=', communityId)
    .executeTakeFirstOrThrow();
  const mentions = await db
    .selectFrom('mentions')
    .innerJoin('messages', 'messages.id', 'mentions.message_id')
    .select(['mentions.message_id', 'mentions.member_id'])
    .where('messages.community_id', '=', communityId)
    .orderBy('mentions.message_id')
    .orderBy('mentions.member_id')
    .execute();
  const count = Number(counted.n);
  const builder = new MessageTableBuilder(count);
  const ids = new Float64Array(count);
  const replyIds = new Float64Array(count);
  const threadIds = new Float64Array(count);
  const mentioned: number[] = [];
  let n = 0;
  let next = 0;
  await eachLinkedRow(db, communityId, ([id, authorId, ts, replyId, threadId]) => {
    mentioned.length = 0;
    for (; next < mentions.length && (mentions[next]?.message_id as number) <= id; next++)
      if (mentions[next]?.message_id === id) mentioned.push(mentions[next]?.member_id as number);
    ids[n] = id;
    replyIds[n] = replyId;
    threadIds[n] = threadId === SAME_AS_REPLY ? replyId : threadId;
    builder.add(authorId, ts, NO_MESSAGE, NO_MESSAGE, mentioned);
    n++;
  });
  const table = builder.build();
  for (let i = 0; i < count; i++) {
    table.replyTo[i] = positionOf(ids, replyIds[i] as number);
    table.thread[i] = positionOf(ids, threadIds[i] as number);
  }
  return table;
}

/** The position of store id `id` in the ascending `ids`, or the sentinel `id` itself when negative. */
function positionOf(ids: Float64Array, id: number): number {
  if (id < 0) return id;
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = ids[middle] as number;
    if (at === id) return middle;
    if (at < id) low = middle + 1;
    else high = middle - 1;
  }
  return UNKNOWN_MESSAGE;
}
