import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Dialect } from '../store-config.js';

/**
 * Follow-up and connection: dated snapshots of the analysis, diagnosis and plan; the
 * accompaniment log (phases, hours, deliverables); member profiles for the directory and the
 * personal links members edit them through (only a hash of each token is kept).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  const table = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', id, (c) =>
        dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
      );
  const community = (c: ColumnDefinitionBuilder) => c.notNull().references('communities.id');
  await table('snapshots')
    .addColumn('community_id', 'integer', community)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('scenario', 'text')
    .addColumn('targets', 'text', (c) => c.notNull())
    .addColumn('analysis', 'text', (c) => c.notNull())
    .addColumn('diagnosis', 'text', (c) => c.notNull())
    .addColumn('plan', 'text', (c) => c.notNull())
    .addUniqueConstraint('snapshots_unique', ['community_id', 'name'])
    .execute();
  await table('log_phases')
    .addColumn('community_id', 'integer', community)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('budget_hours', 'double precision', (c) => c.notNull())
    .addUniqueConstraint('log_phases_unique', ['community_id', 'name'])
    .execute();
  await table('log_hours')
    .addColumn('community_id', 'integer', community)
    .addColumn('phase_id', 'integer', (c) => c.references('log_phases.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('person', 'text', (c) => c.notNull())
    .addColumn('activity', 'text', (c) => c.notNull())
    .addColumn('hours', 'double precision', (c) => c.notNull())
    .execute();
  await table('log_deliverables')
    .addColumn('community_id', 'integer', community)
    .addColumn('phase_id', 'integer', (c) => c.references('log_phases.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('profiles')
    .addColumn('member_id', 'integer', (c) => c.primaryKey().references('members.id'))
    .addColumn('expertise', 'text', (c) => c.notNull())
    .addColumn('interests', 'text', (c) => c.notNull())
    .addColumn('organization', 'text')
    .addColumn('region', 'text')
    .addColumn('updated_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('profile_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('created_on', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'text', (c) => c.notNull())
    .addColumn('revoked', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
