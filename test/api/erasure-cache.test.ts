import { describe, expect, it } from 'vitest';
import { DashboardCache } from '../../src/app/dashboard.js';
import { eraseMember } from '../../src/app/member-privacy.js';
import { seedDemo } from '../../src/app/seed-demo.js';
import { dataVersion, findCommunityBySlug } from '../../src/store/index.js';
import { STORE_CASES } from '../support/stores.js';

describe.each(STORE_CASES)('a cached dashboard and an erasure on $name', (storeCase) => {
  it('an erasure made elsewhere (the CLI) changes the data version: no cached name survives', async () => {
    const store = await storeCase.open();
    try {
      const { asOf } = await seedDemo(store);
      const community = await findCommunityBySlug(store.db, 'demo');
      if (!community) throw new Error('no demo');
      const member = await store.db
        .selectFrom('members')
        .innerJoin('messages', 'messages.author_id', 'members.id')
        .select(['members.id', 'members.name'])
        .where('members.community_id', '=', community.id)
        .orderBy('members.id')
        .limit(1)
        .executeTakeFirstOrThrow();
      const cache = new DashboardCache(4, (s, id) => dataVersion(s.db, id));
      const first = await cache.dashboard(store, community, { asOf });
      expect(JSON.stringify(first.analysis)).toContain(member.name);
      const before = await dataVersion(store.db, community.id);
      await eraseMember(
        store,
        { community: 'demo', member: String(member.id) },
        { actor: 'cli:test', at: `${asOf}T12:00:00.000Z` },
      );
      expect(await dataVersion(store.db, community.id)).not.toBe(before);
      const second = await cache.dashboard(store, community, { asOf });
      expect(second).not.toBe(first);
      expect(JSON.stringify(second.analysis)).not.toContain(member.name);
    } finally {
      await store.close();
    }
  }, 120_000);
});
