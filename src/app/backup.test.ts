import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpAllTables, seedPrivacyCommunity } from '../../test/support/privacy-fixture.js';
import { STORE_CASES } from '../../test/support/stores.js';
import { createDb, type Store } from '../store/index.js';
import { storeHandle } from '../store/store-handles.js';
import { backup, restore } from './backup.js';
import { eraseMember } from './member-privacy.js';

const who = { actor: 'cli:steward', at: '2024-11-15T10:00:00.000Z' };

/** Every table, rows sorted, the restore's own audit line left out. */
async function contents(store: Store) {
  const dump = await dumpAllTables(store);
  const sorted: Record<string, string[]> = {};
  for (const [table, rows] of Object.entries(dump)) {
    sorted[table] = rows
      .filter((r) => !(table === 'audit_log' && (r as { action: string }).action === 'restore'))
      .map((r) => JSON.stringify(r))
      .sort();
  }
  return sorted;
}

/** A store that outlives `close()`: the SQLite case of STORE_CASES deletes its folder. */
function opener(name: string, open: () => Promise<Store>): () => Promise<Store> {
  if (name !== 'sqlite') return open;
  return () =>
    createDb({ kind: 'sqlite', path: join(mkdtempSync(join(tmpdir(), 'pouls-db-')), 'p.db') });
}

describe.each(STORE_CASES)('backup and restore on $name', ({ name, open: openCase }) => {
  const open = opener(name, openCase);
  it('restores every table, row for row, after later changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pouls-backup-'));
    const file = join(dir, 'pouls.backup');
    const store = await open();
    const { config } = storeHandle(store.db);
    await seedPrivacyCommunity(store);
    await backup(store, file, who);
    const saved = await contents(store);
    expect(saved.members?.length).toBe(2);
    await eraseMember(store, { member: 'Alice Tremblay' }, who);
    expect(await contents(store)).not.toEqual(saved);
    await store.db.deleteFrom('audit_log').execute();
    await store.close();

    await restore(config, file, who);
    const reopened = await createDb(config);
    try {
      expect(await contents(reopened)).toEqual(saved);
      const actions = await reopened.db.selectFrom('audit_log').select('action').execute();
      expect(actions.map((a) => a.action)).toEqual(['backup', 'restore']);
    } finally {
      await reopened.close();
    }
  });

  it('refuses a file that is not a Pouls backup and leaves the store as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pouls-backup-'));
    const bogus = join(dir, 'bogus.backup');
    writeFileSync(bogus, 'SQLite format 3\0 but not really');
    const store = await open();
    const { config } = storeHandle(store.db);
    await seedPrivacyCommunity(store);
    const before = await contents(store);
    await store.close();
    await expect(restore(config, bogus, who)).rejects.toMatchObject({
      params: { key: 'privacy:error.notABackup' },
    });
    const reopened = await createDb(config);
    try {
      expect(await contents(reopened)).toEqual(before);
    } finally {
      await reopened.close();
    }
  });
});
