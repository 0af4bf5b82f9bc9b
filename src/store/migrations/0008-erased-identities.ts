import type { Kysely } from 'kysely';
import type { Dialect } from '../store-config.js';

/**
 * The identities of erased members, kept only as one-way hashes pointing at their anonymous
 * placeholders, so that a later import of a file that still names them finds the placeholder
 * instead of bringing the person back (docs/privacy.md).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('erased_identities')
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id'))
    .addPrimaryKeyConstraint('erased_identities_pk', ['community_id', 'key_hash'])
    .execute();
}
