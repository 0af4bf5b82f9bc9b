import { type Kysely, sql } from 'kysely';
import type { Community } from '../model/community.js';
import type { Dataset } from '../model/dataset.js';
import type { Identity, Member } from '../model/member.js';
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
}

/** The one empty mention list shared by every message without mentions (frozen: never mutated). */
const NO_MENTIONS = Object.freeze([]) as unknown as number[];

async function loadMessages(
  db: Kysely<Database>,
  communityId: number,
  withTexts: boolean,
): Promise<Dataset['messages']> {
  // `+community_id` makes SQLite scan the table in id order instead of sorting a million rows
  // found through the (community_id, ts) index; PostgreSQL reads it as the same integer.
  const rows = await db
    .selectFrom('messages')
    .select([
      'id',
      'external_id as externalId',
      'author_id as authorId',
      'channel',
      'ts as timestamp',
      'reply_to as replyTo',
      'thread',
      withTexts ? 'text' : sql<string>`''`.as('text'),
    ])
    .where(sql<number>`+${sql.ref('community_id')}`, '=', communityId)
    .orderBy('id')
    .execute();
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
  // Rows become messages in place, and channel names are shared, not copied per row.
  const channels = new Map<string, string>();
  return rows.map((row) => {
    const channel = channels.get(row.channel);
    if (channel === undefined) channels.set(row.channel, row.channel);
    else row.channel = channel;
    return Object.assign(row, { mentions: byMessage.get(row.id) ?? NO_MENTIONS });
  });
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
    messages: await loadMessages(db, id, options.messageTexts ?? true),
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
