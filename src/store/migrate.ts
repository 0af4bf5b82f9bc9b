import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { PoulsError } from '../model/pouls-error.js';
import * as initial from './migrations/0001-initial.js';
import * as merges from './migrations/0002-merges.js';
import * as survey from './migrations/0003-survey-judgements.js';
import * as privacy from './migrations/0004-privacy.js';
import * as auth from './migrations/0005-auth.js';
import * as follow from './migrations/0006-follow.js';
import * as privacyRetention from './migrations/0007-privacy-retention.js';
import * as erasedIdentities from './migrations/0008-erased-identities.js';
import * as distinctMembers from './migrations/0009-distinct-members.js';
import type { Database } from './schema.js';
import type { Dialect } from './store-config.js';

type Step = { up(db: Kysely<unknown>, dialect: Dialect): Promise<void> };

/** Every migration, in order; names sort in the order they apply. */
const STEPS: Record<string, Step> = {
  '0001-initial': initial,
  '0002-merges': merges,
  '0003-survey-judgements': survey,
  '0004-privacy': privacy,
  '0005-auth': auth,
  '0006-follow': follow,
  '0007-privacy-retention': privacyRetention,
  '0008-erased-identities': erasedIdentities,
  '0009-distinct-members': distinctMembers,
};

/** The names of every migration this version of Pouls knows, in order. */
export const MIGRATION_NAMES: readonly string[] = Object.freeze(Object.keys(STEPS));

function provider(dialect: Dialect): MigrationProvider {
  return {
    async getMigrations() {
      const migrations: Record<string, Migration> = {};
      for (const [name, step] of Object.entries(STEPS)) {
        migrations[name] = { up: (db) => step.up(db, dialect) };
      }
      return migrations;
    },
  };
}

/** Brings the store's schema up to date; runs on every start. */
export async function migrateToLatest(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: provider(dialect),
    migrationTableName: 'pouls_migrations',
    migrationLockTableName: 'pouls_migrations_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw new PoulsError('internal', 'migration failed', { cause: error });
}
