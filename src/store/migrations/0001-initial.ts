import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Dialect } from '../store-config.js';

type AnyDb = Kysely<unknown>;

/** The first schema: communities and their members, identities, events, exchanges, ties. */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  const id = dialect === 'postgres' ? 'serial' : 'integer';
  const table = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', id, (c) =>
        dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
      );
  const community = (c: ColumnDefinitionBuilder) => c.notNull().references('communities.id');

  await table('communities')
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('host', 'text')
    .execute();
  await table('members')
    .addColumn('community_id', 'integer', community)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organization', 'text')
    .addColumn('role', 'text')
    .addColumn('region', 'text')
    .addColumn('disciplines', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('org_type', 'text')
    .addColumn('joined_at', 'text')
    .addColumn('left_at', 'text')
    .addColumn('staff', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await table('identities')
    .addColumn('community_id', 'integer', community)
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addUniqueConstraint('identities_unique', ['community_id', 'kind', 'source', 'value'])
    .execute();
  await table('events')
    .addColumn('community_id', 'integer', community)
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('end_at', 'text')
    .addColumn('format', 'text')
    .addColumn('kind', 'text')
    .addColumn('theme', 'text')
    .addColumn('organizer_id', 'integer', (c) => c.references('members.id'))
    .addColumn('registrants', 'integer')
    .addUniqueConstraint('events_unique', ['community_id', 'external_id'])
    .execute();
  await db.schema
    .createTable('attendance')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id'))
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('attendance_pk', ['event_id', 'member_id'])
    .execute();
  await table('messages')
    .addColumn('community_id', 'integer', community)
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('ts', 'text', (c) => c.notNull())
    .addColumn('reply_to', 'text')
    .addColumn('thread', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addUniqueConstraint('messages_unique', ['community_id', 'external_id'])
    .execute();
  await db.schema
    .createTable('mentions')
    .addColumn('message_id', 'integer', (c) => c.notNull().references('messages.id'))
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id'))
    .addPrimaryKeyConstraint('mentions_pk', ['message_id', 'member_id'])
    .execute();
  await table('contributions')
    .addColumn('community_id', 'integer', community)
    .addColumn('author_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addUniqueConstraint('contributions_unique', [
      'community_id',
      'author_id',
      'date',
      'kind',
      'title',
    ])
    .execute();
  await table('ties')
    .addColumn('community_id', 'integer', community)
    .addColumn('source_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('target_id', 'integer', (c) => c.notNull().references('members.id'))
    .addColumn('weight', 'double precision', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addUniqueConstraint('ties_unique', ['community_id', 'source_id', 'target_id', 'date'])
    .execute();
  await table('imports')
    .addColumn('community_id', 'integer', community)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .execute();
  for (const [name, tableName, columns] of [
    ['members_community', 'members', ['community_id']],
    ['identities_member', 'identities', ['member_id']],
    ['attendance_member', 'attendance', ['member_id']],
    ['messages_community_ts', 'messages', ['community_id', 'ts']],
    ['mentions_member', 'mentions', ['member_id']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on(tableName)
      .columns([...columns])
      .execute();
  }
}
