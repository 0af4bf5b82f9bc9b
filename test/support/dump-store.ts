import type { Kysely } from 'kysely';
import type { Database } from '../../src/store/schema.js';

/** Every row that imports write, in a stable order, to compare two stores whole. */
export async function dumpStore(db: Kysely<Database>) {
  return {
    communities: await db.selectFrom('communities').selectAll().orderBy('id').execute(),
    members: await db.selectFrom('members').selectAll().orderBy('id').execute(),
    identities: await db.selectFrom('identities').selectAll().orderBy('id').execute(),
    messages: await db.selectFrom('messages').selectAll().orderBy('id').execute(),
    mentions: await db
      .selectFrom('mentions')
      .selectAll()
      .orderBy('message_id')
      .orderBy('member_id')
      .execute(),
    contributions: await db.selectFrom('contributions').selectAll().orderBy('id').execute(),
    ties: await db.selectFrom('ties').selectAll().orderBy('id').execute(),
    imports: await db.selectFrom('imports').select(['kind', 'summary']).orderBy('id').execute(),
  };
}
