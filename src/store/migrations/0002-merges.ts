import type { Kysely } from 'kysely';
import type { Dialect } from '../store-config.js';

/** Merges of two members into one, recorded so that they can be undone (`pouls identities split`). */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('members').addColumn('merged_into', 'integer').execute();
  await db.schema
    .createTable('merges')
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('kept_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('merged_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('moved', 'text', (c) => c.notNull())
    .addColumn('undone', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
