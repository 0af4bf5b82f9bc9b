import { describe, expect, it } from 'vitest';
import { STORE_CASES } from '../../test/support/stores.js';
import { EMPTY_BATCH } from '../model/input.js';
import { listAudit, recordAudit } from './audit-repository.js';
import { createCommunity, deleteCommunity } from './community-repository.js';
import { consentsOf, membersConsenting, setConsent } from './consent-repository.js';
import { writeBatch } from './write-batch.js';

describe.each(STORE_CASES)('consents and audit log on $name', (storeCase) => {
  it('keeps the latest decision per use and lists only members who granted it', async () => {
    const store = await storeCase.open();
    try {
      const community = await createCommunity(store.db, { slug: 'c', name: 'C', host: null });
      const person = (name: string) => ({
        name,
        emails: [`${name.toLowerCase()}@example.org`],
        handles: [],
        organization: null,
        role: null,
        region: null,
        disciplines: [],
        orgType: null,
        joinedAt: null,
        leftAt: null,
        staff: false,
      });
      await writeBatch(
        store.db,
        community.id,
        {
          ...EMPTY_BATCH,
          members: [person('Ana'), person('Ben')],
        },
        { file: 'roster.csv' },
      );
      const ids = (await store.db.selectFrom('members').select('id').orderBy('id').execute()).map(
        (row) => row.id,
      );
      const [ana, ben] = ids as [number, number];
      await setConsent(store.db, {
        memberId: ana,
        use: 'directory',
        granted: true,
        decidedOn: '2024-01-01',
        source: 'survey',
      });
      await setConsent(store.db, {
        memberId: ben,
        use: 'directory',
        granted: true,
        decidedOn: '2024-01-01',
        source: 'survey',
      });
      await setConsent(store.db, {
        memberId: ben,
        use: 'directory',
        granted: false,
        decidedOn: '2024-02-01',
        source: 'self',
      });
      expect([...(await membersConsenting(store.db, community.id, 'directory'))]).toEqual([ana]);
      expect(await consentsOf(store.db, ben)).toEqual([
        {
          memberId: ben,
          use: 'directory',
          granted: false,
          decidedOn: '2024-02-01',
          source: 'self',
        },
      ]);
      await recordAudit(store.db, {
        at: '2024-03-01T10:00:00Z',
        actor: 'cli:steward',
        action: 'export',
        communityId: community.id,
        target: `member:${ana}`,
        detail: { format: 'json' },
      });
      const log = await listAudit(store.db, { communityId: community.id });
      expect(log.map((entry) => [entry.action, entry.target, entry.detail])).toEqual([
        ['export', `member:${ana}`, { format: 'json' }],
      ]);
      await deleteCommunity(store.db, community.id);
      expect(await consentsOf(store.db, ana)).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
