import type SQLite from 'better-sqlite3';
import { PoulsError } from '../model/pouls-error.js';
import type { BulkSink } from './bulk-sink.js';

/** The statements of one connection, prepared once and reused by every import. */
interface Statements {
  readonly member: SQLite.Statement;
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
 * The bulk writer on SQLite: one prepared statement per table, run row by row on the
 * better-sqlite3 connection, inside the transaction Kysely has begun on that same connection.
 */
export function sqliteSink(db: SQLite.Database, communityId: number): BulkSink {
  if (!db.inTransaction) throw new PoulsError('internal', 'bulk writes run inside a transaction');
  const s = statementsOf(db);
  return {
    async addMembers(names) {
      return names.map((name) => Number(s.member.run(communityId, name).lastInsertRowid));
    },
    async addIdentities(rows) {
      for (const r of rows) s.identity.run(communityId, r.memberId, r.kind, r.source, r.value);
    },
    async addMessages(rows) {
      const ids: (number | undefined)[] = new Array(rows.length);
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i]!;
        const info = s.message.run(
          communityId,
          r.externalId,
          r.authorId,
          r.channel,
          r.ts,
          r.replyTo,
          r.thread,
          r.text,
        );
        ids[i] = info.changes > 0 ? Number(info.lastInsertRowid) : undefined;
      }
      return ids;
    },
    async addMentions(rows) {
      for (const [message, member] of rows) s.mention.run(message, member);
    },
    async addContributions(rows) {
      let added = 0;
      for (const r of rows)
        added += s.contribution.run(communityId, r.authorId, r.date, r.kind, r.title).changes;
      return added;
    },
    async addTies(rows) {
      let added = 0;
      for (const r of rows)
        added += s.tie.run(communityId, r.sourceId, r.targetId, r.weight, r.date).changes;
      return added;
    },
  };
}
