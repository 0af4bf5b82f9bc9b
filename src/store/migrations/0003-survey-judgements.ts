import type { Kysely } from 'kysely';
import type { Dialect } from '../store-config.js';

/** Survey responses, the steward's judgements on findings, and per-community settings. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  await db.schema
    .createTable('survey_responses')
    .addColumn('id', id, (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'integer', (c) => c.references('members.id'))
    .addColumn('respondent', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('consent_quotes', 'integer', (c) => c.notNull())
    .addColumn('consent_identified', 'integer', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addUniqueConstraint('survey_responses_unique', ['community_id', 'source', 'external_id'])
    .execute();
  await db.schema
    .createTable('judgements')
    .addColumn('id', id, (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
    .addColumn('finding_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('made_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('community_settings')
    .addColumn('community_id', 'integer', (c) => c.primaryKey().references('communities.id'))
    .addColumn('settings', 'text', (c) => c.notNull())
    .execute();
}
