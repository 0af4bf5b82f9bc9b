import type { Kysely } from 'kysely';
import type { ContributionInput, MessageInput, TieInput } from '../model/input.js';
import type { PersonResolver } from './person-resolver.js';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

/** Rows per INSERT: under SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 2000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Adds messages not yet stored (keyed by external id) and their mentions. */
export async function writeMessages(
  db: Db,
  communityId: number,
  messages: readonly MessageInput[],
  people: PersonResolver,
  progress: (records: number) => void = () => {},
): Promise<number> {
  let added = 0;
  for (const chunk of chunks(messages)) {
    const rows = [];
    for (const m of chunk) {
      rows.push({
        community_id: communityId,
        external_id: m.externalId,
        author_id: await people.resolve(m.author),
        channel: m.channel,
        ts: m.timestamp,
        reply_to: m.replyTo,
        thread: m.thread,
        text: m.text,
      });
    }
    const inserted = await db
      .insertInto('messages')
      .values(rows)
      .onConflict((oc) => oc.columns(['community_id', 'external_id']).doNothing())
      .returning(['id', 'external_id'])
      .execute();
    added += inserted.length;
    progress(chunk.length);
    const byExternalId = new Map(chunk.map((m) => [m.externalId, m]));
    const mentions = [];
    for (const { id, external_id } of inserted) {
      const seen = new Set<number>();
      for (const ref of byExternalId.get(external_id)?.mentions ?? []) {
        const memberId = await people.resolve(ref);
        if (!seen.has(memberId)) mentions.push({ message_id: id, member_id: memberId });
        seen.add(memberId);
      }
    }
    for (const part of chunks(mentions)) await db.insertInto('mentions').values(part).execute();
  }
  return added;
}

/** Adds contributions not yet stored (same author, date, kind and title). */
export async function writeContributions(
  db: Db,
  communityId: number,
  contributions: readonly ContributionInput[],
  people: PersonResolver,
  progress: (records: number) => void = () => {},
): Promise<number> {
  let added = 0;
  for (const chunk of chunks(contributions)) {
    const rows = [];
    for (const c of chunk) {
      const authorId = await people.resolve(c.author);
      rows.push({
        community_id: communityId,
        author_id: authorId,
        date: c.date,
        kind: c.kind,
        title: c.title,
      });
    }
    const result = await db
      .insertInto('contributions')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['community_id', 'author_id', 'date', 'kind', 'title']).doNothing(),
      )
      .returning('id')
      .execute();
    added += result.length;
    progress(chunk.length);
  }
  return added;
}

/** Adds declared ties not yet stored (same source, target and date). */
export async function writeTies(
  db: Db,
  communityId: number,
  ties: readonly TieInput[],
  people: PersonResolver,
  progress: (records: number) => void = () => {},
): Promise<number> {
  let added = 0;
  for (const chunk of chunks(ties)) {
    const rows = [];
    for (const t of chunk) {
      const source_id = await people.resolve(t.source);
      const target_id = await people.resolve(t.target);
      rows.push({
        community_id: communityId,
        source_id,
        target_id,
        weight: t.weight,
        date: t.date ?? '',
      });
    }
    const result = await db
      .insertInto('ties')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['community_id', 'source_id', 'target_id', 'date']).doNothing(),
      )
      .returning('id')
      .execute();
    added += result.length;
    progress(chunk.length);
  }
  return added;
}
