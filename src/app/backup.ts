import { resolve } from 'node:path';
import {
  backupStore,
  createDb,
  recordAudit,
  restoreStore,
  type Store,
  type StoreConfig,
} from '../store/index.js';
import type { AuditContext } from './audit-context.js';

/**
 * Copies the store to `path` while it stays in use (`pouls backup`): SQLite's online backup,
 * or pg_dump's custom format for PostgreSQL; audited before the copy, so the copy holds it.
 */
export async function backup(store: Store, path: string, context: AuditContext): Promise<void> {
  await recordAudit(store.db, {
    at: context.at,
    actor: context.actor,
    action: 'backup',
    communityId: null,
    target: 'store',
    detail: {},
  });
  await backupStore(store, resolve(path));
}

/**
 * Replaces the store with a backup (`pouls restore`), all or nothing, after checking it is a
 * Pouls store this version can open; then opens it (migrating an older backup) and audits.
 */
export async function restore(
  config: StoreConfig,
  path: string,
  context: AuditContext,
): Promise<void> {
  await restoreStore(config, resolve(path));
  const store = await createDb(config);
  try {
    await recordAudit(store.db, {
      at: context.at,
      actor: context.actor,
      action: 'restore',
      communityId: null,
      target: 'store',
      detail: {},
    });
  } finally {
    await store.close();
  }
}
