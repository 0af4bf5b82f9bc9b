import { describe, expect, it } from 'vitest';
import { addUser, sessionPrincipal, signIn } from '../../src/app/auth.js';
import { DashboardCache } from '../../src/app/dashboard.js';
import { seedDemo } from '../../src/app/seed-demo.js';
import { createSurveyLinks } from '../../src/app/survey-links.js';
import {
  dataVersion,
  findCommunityBySlug,
  insertReport,
  saveJudgement,
} from '../../src/store/index.js';
import { STORE_CASES } from '../support/stores.js';

const NOW = new Date('2024-11-15T12:00:00Z');

describe.each(STORE_CASES)('web app tables on $name', (storeCase) => {
  it('go with their community when it is replaced (the demo run again)', async () => {
    const store = await storeCase.open();
    try {
      await seedDemo(store);
      await addUser(store, {
        email: 's@x.org',
        password: 'assez long mot',
        role: 'steward',
        community: 'demo',
        now: NOW,
      });
      const community = await findCommunityBySlug(store.db, 'demo');
      if (!community) throw new Error('no demo');
      const [member] = await store.db.selectFrom('members').select('id').limit(1).execute();
      await createSurveyLinks(store, {
        community,
        kind: 'personal',
        memberIds: [member?.id as number],
        lang: 'fr',
        now: NOW,
      });
      await insertReport(store.db, {
        id: '0'.repeat(32),
        communityId: community.id,
        format: 'html',
        lang: 'fr',
        createdAt: NOW.toISOString(),
        createdBy: 's@x.org',
        content: new TextEncoder().encode('<html></html>'),
      });
      const session = await signIn(store, {
        email: 's@x.org',
        password: 'assez long mot',
        now: NOW,
        ttlHours: 1,
      });
      await seedDemo(store);
      for (const table of ['memberships', 'survey_links', 'reports'] as const) {
        expect(await store.db.selectFrom(table).selectAll().execute(), table).toEqual([]);
      }
      // The account and its session survive; it simply has no role any more.
      const principal = await sessionPrincipal(store, session?.sessionId as string, NOW);
      expect(principal).toMatchObject({ email: 's@x.org', memberships: [] });
    } finally {
      await store.close();
    }
  });

  it('changes the data version with a judgement, and the cache recomputes', async () => {
    const store = await storeCase.open();
    try {
      const { asOf } = await seedDemo(store);
      const community = await findCommunityBySlug(store.db, 'demo');
      if (!community) throw new Error('no demo');
      const cache = new DashboardCache();
      const before = await dataVersion(store.db, community.id);
      const first = await cache.dashboard(store, community, { asOf });
      expect(await cache.dashboard(store, community, { asOf })).toBe(first);
      const finding = cache.plan(first, {}).findings[0]?.id as string;
      expect(finding).toBeTruthy();
      await saveJudgement(store.db, community.id, {
        findingId: finding,
        status: 'dismissed',
        note: '',
        madeOn: asOf,
      });
      expect(await dataVersion(store.db, community.id)).not.toBe(before);
      const second = await cache.dashboard(store, community, { asOf });
      expect(second).not.toBe(first);
      expect(second.diagnosis.findings.find((f) => f.id === finding)?.judgement?.status).toBe(
        'dismissed',
      );
      // The plan leaves out the dismissed finding.
      const plan = cache.plan(second, {});
      expect(plan.findings.some((f) => f.id === finding)).toBe(false);
    } finally {
      await store.close();
    }
  });
});
