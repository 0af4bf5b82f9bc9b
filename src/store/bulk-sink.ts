import { type Kysely, PostgresAdapter } from 'kysely';
import type { MessageInput } from '../model/input.js';
import { PoulsError } from '../model/pouls-error.js';
import { postgresSink } from './bulk-sink-postgres.js';
import { sqliteSink } from './bulk-sink-sqlite.js';
import { sqliteOf } from './raw-sqlite.js';
import type { Database } from './schema.js';

/** An identity row to add (the member it belongs to, kind, source, normalised value). */
export interface IdentityRow {
  readonly memberId: number;
  readonly kind: 'email' | 'handle' | 'name';
  readonly source: string;
  readonly value: string;
}

/** The values of a roster member (every column but its id, community and merge). */
export interface MemberValues {
  readonly name: string;
  readonly organization: string | null;
  readonly role: string | null;
  readonly region: string | null;
  /** JSON array of strings. */
  readonly disciplines: string;
  readonly org_type: string | null;
  readonly joined_at: string | null;
  readonly left_at: string | null;
  /** 0 or 1. */
  readonly staff: number;
}

/** A member whose values are replaced. */
export interface MemberUpdate extends MemberValues {
  readonly id: number;
}

/** An attendance row to add: who came to which event, in what role. */
export interface AttendanceRow {
  readonly eventId: number;
  readonly memberId: number;
  readonly role: 'participant' | 'speaker' | 'host';
}

/** A contribution row to add. */
export interface ContributionRow {
  readonly authorId: number;
  readonly date: string;
  readonly kind: string;
  readonly title: string;
}

/** A declared tie row to add (`date` is `''` when undated). */
export interface TieRow {
  readonly sourceId: number;
  readonly targetId: number;
  readonly weight: number;
  readonly date: string;
}

/**
 * The bulk writes of an import, in rows of one community, with the same meaning on both
 * databases: SQLite runs prepared better-sqlite3 statements reused for every row, PostgreSQL
 * sends whole chunks as arrays (`unnest`) in one statement each. Rows keep their order, so ids
 * are given in the order of the file. Every method works inside the caller's transaction.
 */
export interface BulkSink {
  /** Adds members known only by a display name (people a record names first); their ids, in order. */
  addMembers(names: readonly string[]): Promise<number[]>;
  /** Adds roster members with all their values; their ids, in order. */
  addMemberRows(rows: readonly MemberValues[]): Promise<number[]>;
  /** Replaces the values of members (each id given once). */
  updateMembers(rows: readonly MemberUpdate[]): Promise<void>;
  /** Adds attendance rows not yet stored (same event and member); how many were new. */
  addAttendance(rows: readonly AttendanceRow[]): Promise<number>;
  /** Adds identities, ignoring those already stored. */
  addIdentities(rows: readonly IdentityRow[]): Promise<void>;
  /**
   * Adds messages not yet stored (by external id), each written by the member at the same
   * position in `authorIds` (given apart, so that no row object is made per message); for each
   * message, its new id, or undefined when its external id was already stored (or came earlier
   * in `messages`).
   */
  addMessages(
    messages: readonly MessageInput[],
    authorIds: readonly number[],
  ): Promise<(number | undefined)[]>;
  /** Adds mentions (message id, member id); the caller gives each pair once. */
  addMentions(rows: readonly (readonly [number, number])[]): Promise<void>;
  /** Adds contributions not yet stored (same author, date, kind and title); how many were new. */
  addContributions(rows: readonly ContributionRow[]): Promise<number>;
  /** Adds ties not yet stored (same source, target and date); how many were new. */
  addTies(rows: readonly TieRow[]): Promise<number>;
  /**
   * Puts back what a large load set aside to go faster (SQLite rebuilds the message indexes it
   * dropped): call it once all rows are written, before committing.
   */
  finish(): Promise<void>;
}

/**
 * The bulk writer of one community inside a transaction `trx` opened on `root` (a store from
 * `createDb`): SQLite through its better-sqlite3 connection, PostgreSQL through `trx`.
 */
export function bulkSink(
  root: Kysely<Database>,
  trx: Kysely<Database>,
  communityId: number,
): BulkSink {
  const sqlite = sqliteOf(root);
  if (sqlite) return sqliteSink(sqlite, communityId);
  if (root.getExecutor().adapter instanceof PostgresAdapter) return postgresSink(trx, communityId);
  throw new PoulsError('internal', 'bulk writes need a store opened by createDb');
}
