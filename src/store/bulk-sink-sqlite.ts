import type SQLite from 'better-sqlite3';
import { PoulsError } from '../model/pouls-error.js';
import type { BulkSink, MemberValues } from './bulk-sink.js';

/** The statements of one connection, prepared once and reused by every import. */
interface Statements {
  readonly member: SQLite.Statement;
  readonly memberRow: SQLite.Statement;
  readonly memberUpdate: SQLite.Statement;
  readonly attendance: SQLite.Statement;
  readonly identity: SQLite.Statement;
  readonly message: SQLite.Statement;
  readonly mention: SQLite.Statement;
  readonly contribution: SQLite.Statement;
  readonly tie: SQLite.Statement;
}

const PREPARED = new WeakMap<SQLite.Database, Statements>();

function statementsOf(db: SQLite.Database): Statements {
  const known = PREPARED.get(db);
  if (known) return known;
  const statements: Statements = {
    member: db.prepare(
      "insert into members (community_id, name, disciplines, staff) values (?, ?, '[]', 0)",
    ),
    memberRow: db.prepare(
      `insert into members (community_id, name, organization, role, region, disciplines, org_type,
       joined_at, left_at, staff) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    memberUpdate: db.prepare(
      `update members set name = ?, organization = ?, role = ?, region = ?, disciplines = ?,
       org_type = ?, joined_at = ?, left_at = ?, staff = ? where id = ?`,
    ),
    attendance: db.prepare(
      `insert into attendance (event_id, member_id, role) values (?, ?, ?)
       on conflict (event_id, member_id) do nothing`,
    ),
    identity: db.prepare(
      `insert into identities (community_id, member_id, kind, source, value) values (?, ?, ?, ?, ?)
       on conflict (community_id, kind, source, value) do nothing`,
    ),
    message: db.prepare(
      `insert into messages (community_id, external_id, author_id, channel, ts, reply_to, thread, text)
       values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (community_id, external_id) do nothing`,
    ),
    mention: db.prepare('insert into mentions (message_id, member_id) values (?, ?)'),
    contribution: db.prepare(
      `insert into contributions (community_id, author_id, date, kind, title) values (?, ?, ?, ?, ?)
       on conflict (community_id, author_id, date, kind, title) do nothing`,
    ),
    tie: db.prepare(
      `insert into ties (community_id, source_id, target_id, weight, date) values (?, ?, ?, ?, ?)
       on conflict (community_id, source_id, target_id, date) do nothing`,
    ),
  };
  PREPARED.set(db, statements);
  return statements;
}

/**
 * Messages added in one transaction past which the secondary indexes of `messages` are
 * dropped and built again at the end, when the table held fewer messages than that before:
 * inserting into an index of random timestamps costs more, row by row, than sorting them all
 * once (about 2.5 times, measured on 1,000,000 messages).
 */
export const DEFER_INDEXES_AFTER = 100_000;

/** The non-unique indexes of `messages`, with the SQL that builds them. */
function deferrableIndexes(db: SQLite.Database): { name: string; sql: string }[] {
  return db
    .prepare(
      `select name, sql from sqlite_master
       where type = 'index' and tbl_name = 'messages' and sql is not null
       and lower(sql) not like 'create unique%' order by name`,
    )
    .all() as { name: string; sql: string }[];
}

/**
 * The bulk writer on SQLite: one prepared statement per table, run row by row on the
 * better-sqlite3 connection, inside the transaction Kysely has begun on that same connection.
 * A large load into a table that held fewer messages sets the secondary message indexes aside
 * and `finish` builds them again, all inside the transaction: readers never see them missing.
 */
export function sqliteSink(
  db: SQLite.Database,
  communityId: number,
  deferIndexesAfter = DEFER_INDEXES_AFTER,
): BulkSink {
  if (!db.inTransaction) throw new PoulsError('internal', 'bulk writes run inside a transaction');
  const s = statementsOf(db);
  let added = 0;
  let deferred: { name: string; sql: string }[] | undefined;
  let considered = false;
  const considerDeferring = () => {
    if (considered || added < deferIndexesAfter) return;
    considered = true;
    const { n } = db.prepare('select count(*) as n from messages').get() as { n: number };
    if (n - added > added) return;
    deferred = deferrableIndexes(db);
    for (const index of deferred) db.exec(`drop index "${index.name}"`);
  };
  return {
    async addMembers(names) {
      return names.map((name) => Number(s.member.run(communityId, name).lastInsertRowid));
    },
    async addMemberRows(rows) {
      return rows.map((r) =>
        Number(s.memberRow.run(communityId, ...memberValues(r)).lastInsertRowid),
      );
    },
    async updateMembers(rows) {
      for (const r of rows) {
        s.memberUpdate.run(...memberValues(r), r.id);
      }
    },
    async addAttendance(rows) {
      let fresh = 0;
      for (const r of rows) fresh += s.attendance.run(r.eventId, r.memberId, r.role).changes;
      return fresh;
    },
    async addIdentities(rows) {
      for (const r of rows) s.identity.run(communityId, r.memberId, r.kind, r.source, r.value);
    },
    async addMessages(messages, authorIds) {
      const ids: (number | undefined)[] = new Array(messages.length);
      for (let i = 0; i < messages.length; i++) {
        const m = messages[i]!;
        const info = s.message.run(
          communityId,
          m.externalId,
          authorIds[i],
          m.channel,
          m.timestamp,
          m.replyTo,
          m.thread,
          m.text,
        );
        ids[i] = info.changes > 0 ? Number(info.lastInsertRowid) : undefined;
        added += info.changes;
      }
      considerDeferring();
      return ids;
    },
    async addMentions(rows) {
      for (const [message, member] of rows) s.mention.run(message, member);
    },
    async addContributions(rows) {
      let fresh = 0;
      for (const r of rows)
        fresh += s.contribution.run(communityId, r.authorId, r.date, r.kind, r.title).changes;
      return fresh;
    },
    async addTies(rows) {
      let fresh = 0;
      for (const r of rows)
        fresh += s.tie.run(communityId, r.sourceId, r.targetId, r.weight, r.date).changes;
      return fresh;
    },
    async finish() {
      for (const index of deferred ?? []) db.exec(index.sql);
      deferred = undefined;
    },
  };
}

/** A member's columns in the order of the `memberRow` and `memberUpdate` statements. */
function memberValues(r: MemberValues) {
  return [
    r.name,
    r.organization,
    r.role,
    r.region,
    r.disciplines,
    r.org_type,
    r.joined_at,
    r.left_at,
    r.staff,
  ] as const;
}
