import type { Kysely } from 'kysely';
import type { Dialect } from '../store-config.js';

/**
 * Pairs of members a steward said are two people (not one): merge suggestions leave them out,
 * for every steward and on every device.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('distinct_members')
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('first_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('second_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('distinct_members_pk', ['community_id', 'first_id', 'second_id'])
    .execute();
}
