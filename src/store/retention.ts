import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

/** Sets a community's retention period in months, or removes it (`null`: keep everything). */
export async function setRetention(db: Db, communityId: number, months: number | null) {
  await db.deleteFrom('retention_policies').where('community_id', '=', communityId).execute();
  if (months !== null)
    await db
      .insertInto('retention_policies')
      .values({ community_id: communityId, months })
      .execute();
}

/** A community's retention period in months, or null when none is set. */
export async function getRetention(db: Db, communityId: number): Promise<number | null> {
  const row = await db
    .selectFrom('retention_policies')
    .select('months')
    .where('community_id', '=', communityId)
    .executeTakeFirst();
  return row?.months ?? null;
}

/** The ids of a community's erased members. */
export async function erasedMembers(db: Db, communityId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('erasures')
    .select('member_id')
    .where('community_id', '=', communityId)
    .execute();
  return new Set(rows.map((r) => r.member_id));
}

function keepLatest(latest: Map<number, string>, id: number, date: string | null | undefined) {
  const day = date?.slice(0, 10);
  if (!day) return;
  const before = latest.get(id);
  if (!before || day > before) latest.set(id, day);
}

/**
 * The day each member was last seen: the latest of joining, leaving, attending, writing,
 * contributing, answering the survey or a dated tie. Members with no dated trace are absent.
 */
export async function lastSeenByMember(db: Db, communityId: number): Promise<Map<number, string>> {
  const latest = new Map<number, string>();
  const members = await db
    .selectFrom('members')
    .select(['id', 'joined_at', 'left_at'])
    .where('community_id', '=', communityId)
    .execute();
  for (const m of members) {
    keepLatest(latest, m.id, m.joined_at);
    keepLatest(latest, m.id, m.left_at);
  }
  const attended = await db
    .selectFrom('attendance')
    .innerJoin('events', 'events.id', 'attendance.event_id')
    .select(['attendance.member_id as id', (eb) => eb.fn.max('events.date').as('day')])
    .where('events.community_id', '=', communityId)
    .groupBy('attendance.member_id')
    .execute();
  const wrote = await db
    .selectFrom('messages')
    .select(['author_id as id', (eb) => eb.fn.max('ts').as('day')])
    .where('community_id', '=', communityId)
    .groupBy('author_id')
    .execute();
  const contributed = await db
    .selectFrom('contributions')
    .select(['author_id as id', (eb) => eb.fn.max('date').as('day')])
    .where('community_id', '=', communityId)
    .groupBy('author_id')
    .execute();
  const answered = await db
    .selectFrom('survey_responses')
    .select(['member_id as id', (eb) => eb.fn.max('submitted_at').as('day')])
    .where('community_id', '=', communityId)
    .where('member_id', 'is not', null)
    .groupBy('member_id')
    .execute();
  const tied = await db
    .selectFrom('ties')
    .select(['source_id', 'target_id', 'date'])
    .where('community_id', '=', communityId)
    .where('date', '!=', '')
    .execute();
  for (const row of [...attended, ...wrote, ...contributed, ...answered]) {
    if (row.id !== null) keepLatest(latest, row.id, row.day);
  }
  for (const tie of tied) {
    keepLatest(latest, tie.source_id, tie.date);
    keepLatest(latest, tie.target_id, tie.date);
  }
  return latest;
}

/** The ids of a community's members that are not merged into another, in order. */
export async function unmergedMemberIds(db: Db, communityId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('members')
    .select('id')
    .where('community_id', '=', communityId)
    .where('merged_into', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
