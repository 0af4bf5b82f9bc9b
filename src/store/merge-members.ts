import type { Kysely } from 'kysely';
import { fail, ok, type Result } from '../model/issue.js';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

/** What a merge moved from the merged member to the kept one: enough to undo it exactly. */
interface Moved {
  identities: number[];
  attendance: { eventId: number; role: 'participant' | 'speaker' | 'host'; dropped: boolean }[];
  messages: number[];
  mentions: { messageId: number; dropped: boolean }[];
  contributions: number[];
  tiesSource: number[];
  tiesTarget: number[];
  organizer: number[];
  /** Fields of the kept member that were empty and filled from the merged one. */
  filled: Record<string, null>;
}

const FILLABLE = ['organization', 'role', 'region', 'org_type', 'joined_at', 'left_at'] as const;

async function activeMember(db: Db, communityId: number, id: number) {
  return db
    .selectFrom('members')
    .selectAll()
    .where('id', '=', id)
    .where('community_id', '=', communityId)
    .where('merged_into', 'is', null)
    .executeTakeFirst();
}

async function moveAttendance(db: Db, keep: number, other: number): Promise<Moved['attendance']> {
  const rows = await db
    .selectFrom('attendance')
    .selectAll()
    .where('member_id', '=', other)
    .execute();
  const kept = new Set(
    (
      await db.selectFrom('attendance').select('event_id').where('member_id', '=', keep).execute()
    ).map((r) => r.event_id),
  );
  for (const row of rows) {
    const query = db
      .deleteFrom('attendance')
      .where('event_id', '=', row.event_id)
      .where('member_id', '=', other);
    await query.execute();
    if (!kept.has(row.event_id))
      await db
        .insertInto('attendance')
        .values({ ...row, member_id: keep })
        .execute();
  }
  return rows.map((r) => ({ eventId: r.event_id, role: r.role, dropped: kept.has(r.event_id) }));
}

async function moveMentions(db: Db, keep: number, other: number): Promise<Moved['mentions']> {
  const rows = await db
    .selectFrom('mentions')
    .select('message_id')
    .where('member_id', '=', other)
    .execute();
  const kept = new Set(
    (
      await db.selectFrom('mentions').select('message_id').where('member_id', '=', keep).execute()
    ).map((r) => r.message_id),
  );
  await db.deleteFrom('mentions').where('member_id', '=', other).execute();
  const fresh = rows.filter((r) => !kept.has(r.message_id));
  if (fresh.length > 0) {
    await db
      .insertInto('mentions')
      .values(fresh.map((r) => ({ message_id: r.message_id, member_id: keep })))
      .execute();
  }
  return rows.map((r) => ({ messageId: r.message_id, dropped: kept.has(r.message_id) }));
}

async function moveIdentities(db: Db, keep: number, other: number): Promise<number[]> {
  const rows = await db
    .selectFrom('identities')
    .select('id')
    .where('member_id', '=', other)
    .execute();
  await db
    .updateTable('identities')
    .set({ member_id: keep })
    .where('member_id', '=', other)
    .execute();
  return rows.map((r) => r.id);
}

async function moveAuthored(
  db: Db,
  table: 'messages' | 'contributions',
  keep: number,
  other: number,
) {
  const rows = await db.selectFrom(table).select('id').where('author_id', '=', other).execute();
  await db.updateTable(table).set({ author_id: keep }).where('author_id', '=', other).execute();
  return rows.map((r) => r.id);
}

async function moveTies(db: Db, column: 'source_id' | 'target_id', keep: number, other: number) {
  const rows = await db.selectFrom('ties').select('id').where(column, '=', other).execute();
  await db
    .updateTable('ties')
    .set({ [column]: keep })
    .where(column, '=', other)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Merges member `otherId` into `keepId` (one person known under two identities): identities,
 * attendance, messages, mentions, contributions, ties and organised events move to the kept
 * member, and the merged one is hidden. The merge is recorded so `splitMember` can undo it.
 */
export async function mergeMembers(
  db: Db,
  communityId: number,
  keepId: number,
  otherId: number,
): Promise<Result<{ mergeId: number }>> {
  return db.transaction().execute(async (trx) => {
    const keep = await activeMember(trx, communityId, keepId);
    const other = await activeMember(trx, communityId, otherId);
    if (!keep || !other || keepId === otherId) {
      const value = String(!keep ? keepId : otherId);
      return fail([{ code: 'unknown_reference', file: 'identities', params: { value } }]);
    }
    const filled: Moved['filled'] = {};
    const updates: Record<string, string> = {};
    for (const field of FILLABLE) {
      const value = other[field];
      if (keep[field] === null && value !== null) {
        filled[field] = null;
        updates[field] = value;
      }
    }
    if (Object.keys(updates).length > 0)
      await trx.updateTable('members').set(updates).where('id', '=', keepId).execute();
    const moved: Moved = {
      identities: await moveIdentities(trx, keepId, otherId),
      attendance: await moveAttendance(trx, keepId, otherId),
      messages: await moveAuthored(trx, 'messages', keepId, otherId),
      mentions: await moveMentions(trx, keepId, otherId),
      contributions: await moveAuthored(trx, 'contributions', keepId, otherId),
      tiesSource: await moveTies(trx, 'source_id', keepId, otherId),
      tiesTarget: await moveTies(trx, 'target_id', keepId, otherId),
      organizer: (
        await trx.selectFrom('events').select('id').where('organizer_id', '=', otherId).execute()
      ).map((r) => r.id),
      filled,
    };
    await trx
      .updateTable('events')
      .set({ organizer_id: keepId })
      .where('organizer_id', '=', otherId)
      .execute();
    await trx
      .updateTable('members')
      .set({ merged_into: keepId })
      .where('id', '=', otherId)
      .execute();
    const { id } = await trx
      .insertInto('merges')
      .values({
        community_id: communityId,
        kept_id: keepId,
        merged_id: otherId,
        moved: JSON.stringify(moved),
        undone: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return ok({ mergeId: id });
  });
}

/**
 * Undoes the latest merge of a member (`pouls identities split ID`): the merged member comes back
 * with exactly what it had. Merges are undone in the reverse order they were made.
 */
export async function splitMember(
  db: Db,
  communityId: number,
  memberId: number,
): Promise<Result<{ keptId: number; restoredId: number }>> {
  return db.transaction().execute(async (trx) => {
    const merge = await trx
      .selectFrom('merges')
      .selectAll()
      .where('community_id', '=', communityId)
      .where('undone', '=', 0)
      .where((eb) => eb.or([eb('merged_id', '=', memberId), eb('kept_id', '=', memberId)]))
      .orderBy('id', 'desc')
      .executeTakeFirst();
    if (!merge)
      return fail([
        { code: 'unknown_reference', file: 'identities', params: { value: String(memberId) } },
      ]);
    const { kept_id: keep, merged_id: other } = merge;
    const moved = JSON.parse(merge.moved) as Moved;
    const byIds = (ids: number[]) => (ids.length > 0 ? ids : [-1]);
    await trx
      .updateTable('identities')
      .set({ member_id: other })
      .where('id', 'in', byIds(moved.identities))
      .execute();
    await trx
      .updateTable('messages')
      .set({ author_id: other })
      .where('id', 'in', byIds(moved.messages))
      .execute();
    await trx
      .updateTable('contributions')
      .set({ author_id: other })
      .where('id', 'in', byIds(moved.contributions))
      .execute();
    await trx
      .updateTable('ties')
      .set({ source_id: other })
      .where('id', 'in', byIds(moved.tiesSource))
      .execute();
    await trx
      .updateTable('ties')
      .set({ target_id: other })
      .where('id', 'in', byIds(moved.tiesTarget))
      .execute();
    await trx
      .updateTable('events')
      .set({ organizer_id: other })
      .where('id', 'in', byIds(moved.organizer))
      .execute();
    for (const row of moved.attendance) {
      if (!row.dropped)
        await trx
          .deleteFrom('attendance')
          .where('event_id', '=', row.eventId)
          .where('member_id', '=', keep)
          .execute();
      await trx
        .insertInto('attendance')
        .values({ event_id: row.eventId, member_id: other, role: row.role })
        .execute();
    }
    for (const row of moved.mentions) {
      if (!row.dropped)
        await trx
          .deleteFrom('mentions')
          .where('message_id', '=', row.messageId)
          .where('member_id', '=', keep)
          .execute();
      await trx
        .insertInto('mentions')
        .values({ message_id: row.messageId, member_id: other })
        .execute();
    }
    if (Object.keys(moved.filled).length > 0)
      await trx.updateTable('members').set(moved.filled).where('id', '=', keep).execute();
    await trx.updateTable('members').set({ merged_into: null }).where('id', '=', other).execute();
    await trx.updateTable('merges').set({ undone: 1 }).where('id', '=', merge.id).execute();
    return ok({ keptId: keep, restoredId: other });
  });
}
