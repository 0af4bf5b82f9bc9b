import type { Kysely } from 'kysely';
import type { Dialect } from '../store-config.js';

/**
 * The retention period of each community, and the members already erased (by `pouls member
 * erase` or by retention), so that they are neither erased twice nor shown as people.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('retention_policies')
    .addColumn('community_id', 'integer', (c) => c.primaryKey().references('communities.id'))
    .addColumn('months', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('erasures')
    .addColumn('member_id', 'integer', (c) => c.primaryKey().references('members.id'))
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('erased_on', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
}
