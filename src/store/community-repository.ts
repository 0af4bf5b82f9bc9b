import type { Kysely } from 'kysely';
import type { Community } from '../model/community.js';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

/** Lists every community of the store, by slug. */
export async function listCommunities(db: Db): Promise<Community[]> {
  return db.selectFrom('communities').selectAll().orderBy('slug').execute();
}

/** Finds a community by its slug, or `undefined`. */
export async function findCommunityBySlug(db: Db, slug: string): Promise<Community | undefined> {
  return db.selectFrom('communities').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** Creates a community and returns it. */
export async function createCommunity(
  db: Db,
  values: { slug: string; name: string; host: string | null },
): Promise<Community> {
  return db.insertInto('communities').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Deletes a community and everything it holds (members, events, exchanges, ties, imports). */
export async function deleteCommunity(db: Db, communityId: number): Promise<void> {
  const members = db.selectFrom('members').select('id').where('community_id', '=', communityId);
  const events = db.selectFrom('events').select('id').where('community_id', '=', communityId);
  const messages = db.selectFrom('messages').select('id').where('community_id', '=', communityId);
  await db.deleteFrom('mentions').where('message_id', 'in', messages).execute();
  await db.deleteFrom('attendance').where('event_id', 'in', events).execute();
  await db.deleteFrom('attendance').where('member_id', 'in', members).execute();
  await db.deleteFrom('merges').where('community_id', '=', communityId).execute();
  await db.deleteFrom('consents').where('member_id', 'in', members).execute();
  await db.deleteFrom('profiles').where('member_id', 'in', members).execute();
  await db.deleteFrom('profile_tokens').where('member_id', 'in', members).execute();
  await db.deleteFrom('erasures').where('community_id', '=', communityId).execute();
  await db.deleteFrom('retention_policies').where('community_id', '=', communityId).execute();
  for (const table of [
    'snapshots',
    'log_hours',
    'log_deliverables',
    'log_phases',
    'survey_responses',
    'judgements',
    'community_settings',
    'messages',
    'contributions',
    'ties',
    'events',
    'identities',
    'erased_identities',
    'distinct_members',
    'imports',
  ] as const) {
    await db.deleteFrom(table).where('community_id', '=', communityId).execute();
  }
  await db.deleteFrom('members').where('community_id', '=', communityId).execute();
  await db.deleteFrom('communities').where('id', '=', communityId).execute();
}
