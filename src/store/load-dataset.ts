import { type Kysely, sql } from 'kysely';
import type { Community } from '../model/community.js';
import type { Dataset } from '../model/dataset.js';
import type { Identity, Member } from '../model/member.js';
import type { Message } from '../model/message.js';
import { type LoadMessageTableOptions, loadMessageTable } from './load-message-table.js';
import { sqliteOf } from './raw-sqlite.js';
import type { Database } from './schema.js';

async function loadMembers(db: Kysely<Database>, communityId: number): Promise<Member[]> {
  const rows = await db
    .selectFrom('members')
    .selectAll()
    .where('community_id', '=', communityId)
    .where('merged_into', 'is', null)
    .orderBy('id')
    .execute();
  const identities = await db
    .selectFrom('identities')
    .select(['member_id', 'kind', 'source', 'value'])
    .where('community_id', '=', communityId)
    .orderBy('id')
    .execute();
  const byMember = new Map<number, Identity[]>();
  for (const { member_id, ...identity } of identities) {
    const list = byMember.get(member_id) ?? [];
    list.push(identity);
    byMember.set(member_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    identities: byMember.get(r.id) ?? [],
    organization: r.organization,
    role: r.role,
    region: r.region,
    disciplines: JSON.parse(r.disciplines) as string[],
    orgType: r.org_type,
    joinedAt: r.joined_at,
    leftAt: r.left_at,
    staff: r.staff === 1,
  }));
}

/** Options of `loadDataset`. */
export interface LoadDatasetOptions {
  /**
   * Whether to read message texts (default true). The analytics never read them: leaving them
   * out (texts become '') saves most of the time and memory of loading millions of messages.
   */
  readonly messageTexts?: boolean;
  /**
   * `'objects'` (default): `messages` holds one `Message` per message. `'table'`: `messages` is
   * empty and `messageTable` holds the messages in columns (`loadMessageTable`), all that the
   * analytics read: on 5,000,000 messages it loads in half the time and a fraction of the memory.
   */
  readonly messages?: 'objects' | 'table';
  /** How the table is read (threads): see `loadMessageTable`. */
  readonly table?: LoadMessageTableOptions;
}

/** The one empty mention list shared by every message without mentions (frozen: never mutated). */
const NO_MENTIONS = Object.freeze([]) as unknown as number[];

/** A message row as both readers produce it: id, external id, author, channel, ts, reply_to, thread, text. */
type MessageRow = [number, string, number, string, string, string | null, string | null, string];

async function loadMentions(
  db: Kysely<Database>,
  communityId: number,
): Promise<Map<number, number[]>> {
  const mentions = await db
    .selectFrom('mentions')
    .innerJoin('messages', 'messages.id', 'mentions.message_id')
    .select(['mentions.message_id', 'mentions.member_id'])
    .where('messages.community_id', '=', communityId)
    .orderBy('mentions.message_id')
    .orderBy('mentions.member_id')
    .execute();
  const byMessage = new Map<number, number[]>();
  for (const m of mentions) {
    const list = byMessage.get(m.message_id) ?? [];
    list.push(m.member_id);
    byMessage.set(m.message_id, list);
  }
  return byMessage;
}

/**
 * Calls `each` with every message row of a community in id order. On a SQLite store the rows
 * are stepped through one at a time on the better-sqlite3 connection (under Kysely's connection
 * lock): collecting a million row objects in one array first made every young-generation
 * collection rescan that array (measured on 1,000,000 messages: 3.8 s of garbage collection
 * instead of 0.9 s, and it grows faster than the rows). PostgreSQL goes through Kysely.
 */
async function eachMessageRow(
  db: Kysely<Database>,
  communityId: number,
  withTexts: boolean,
  each: (row: MessageRow) => void,
): Promise<void> {
  const text = withTexts ? 'text' : "''";
  // `+community_id` makes SQLite scan the table in id order instead of sorting a million rows
  // found through the (community_id, ts) index; PostgreSQL reads it as the same integer.
  const sqlite = sqliteOf(db);
  if (sqlite) {
    await db.connection().execute(async () => {
      const statement = sqlite
        .prepare(
          `select id, external_id, author_id, channel, ts, reply_to, thread, ${text}
           from messages where +community_id = ? order by id`,
        )
        .raw(true);
      for (const row of statement.iterate(communityId)) each(row as MessageRow);
    });
    return;
  }
  const rows = await db
    .selectFrom('messages')
    .select([
      'id',
      'external_id',
      'author_id',
      'channel',
      'ts',
      'reply_to',
      'thread',
      withTexts ? 'text' : sql<string>`''`.as('text'),
    ])
    .where(sql<number>`+${sql.ref('community_id')}`, '=', communityId)
    .orderBy('id')
    .execute();
  for (const r of rows)
    each([r.id, r.external_id, r.author_id, r.channel, r.ts, r.reply_to, r.thread, r.text]);
}

async function loadMessages(
  db: Kysely<Database>,
  communityId: number,
  withTexts: boolean,
): Promise<Dataset['messages']> {
  const mentions = await loadMentions(db, communityId);
  // Channel names are shared, not copied per message.
  const channels = new Map<string, string>();
  const messages: Message[] = [];
  await eachMessageRow(db, communityId, withTexts, (row) => {
    const [id, externalId, authorId, name, timestamp, replyTo, thread, text] = row;
    let channel = channels.get(name);
    if (channel === undefined) {
      channel = name;
      channels.set(name, name);
    }
    messages.push({
      id,
      externalId,
      authorId,
      channel,
      timestamp,
      replyTo,
      thread,
      text,
      mentions: mentions.get(id) ?? NO_MENTIONS,
    });
  });
  return messages;
}

/** Reads one community's whole data into memory, in a stable order, for the analytics. */
export async function loadDataset(
  db: Kysely<Database>,
  community: Community,
  options: LoadDatasetOptions = {},
): Promise<Dataset> {
  const id = community.id;
  const events = await db
    .selectFrom('events')
    .selectAll()
    .where('community_id', '=', id)
    .orderBy('id')
    .execute();
  const attendance = await db
    .selectFrom('attendance')
    .innerJoin('events', 'events.id', 'attendance.event_id')
    .select(['attendance.event_id', 'attendance.member_id', 'attendance.role'])
    .where('events.community_id', '=', id)
    .orderBy('attendance.event_id')
    .orderBy('attendance.member_id')
    .execute();
  const contributions = await db
    .selectFrom('contributions')
    .selectAll()
    .where('community_id', '=', id)
    .orderBy('id')
    .execute();
  const ties = await db
    .selectFrom('ties')
    .selectAll()
    .where('community_id', '=', id)
    .orderBy('id')
    .execute();
  return {
    community,
    members: await loadMembers(db, id),
    events: events.map((e) => ({
      id: e.id,
      externalId: e.external_id,
      title: e.title,
      date: e.date,
      end: e.end_at,
      format: e.format,
      kind: e.kind,
      theme: e.theme,
      organizerId: e.organizer_id,
      registrants: e.registrants,
    })),
    attendance: attendance.map((a) => ({
      eventId: a.event_id,
      memberId: a.member_id,
      role: a.role,
    })),
    ...(options.messages === 'table'
      ? { messages: [], messageTable: await loadMessageTable(db, id, options.table) }
      : { messages: await loadMessages(db, id, options.messageTexts ?? true) }),
    contributions: contributions.map((c) => ({
      id: c.id,
      authorId: c.author_id,
      date: c.date,
      kind: c.kind,
      title: c.title,
    })),
    ties: ties.map((t) => ({
      sourceId: t.source_id,
      targetId: t.target_id,
      weight: t.weight,
      date: t.date || null,
    })),
  };
}
