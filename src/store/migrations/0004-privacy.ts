import type { Kysely } from 'kysely';
import type { Dialect } from '../store-config.js';

/** Consent per member and per use (Law 25), and the audit log of who did what to personal data. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  await db.schema
    .createTable('consents')
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('use', 'text', (c) => c.notNull())
    .addColumn('granted', 'integer', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('consents_pk', ['member_id', 'use'])
    .execute();
  await db.schema
    .createTable('audit_log')
    .addColumn('id', id, (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('community_id', 'integer')
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_log_community')
    .on('audit_log')
    .column('community_id')
    .execute();
}
