import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORE_CASES } from '../../test/support/stores.js';
import { generateDemo } from '../demo/generate-demo.js';
import { demoSurveyResponses } from '../demo/survey-responses.js';
import { PoulsError } from '../model/pouls-error.js';
import { SURVEY_INSTRUMENT } from '../model/survey-instrument.js';
import {
  loadDataset,
  replaceCommunity,
  type Store,
  setConsent,
  writeSurvey,
} from '../store/index.js';
import { createProfileLink, directoryEntries, profileForToken, saveProfile } from './directory.js';
import { recommendForMember, writeDigests } from './recommend-members.js';

const AS_OF = '2024-11-15';

/**
 * The demo with decisions: most members grant recommendations; some declined them (one of them
 * had granted the directory), some were never asked. Returns who may and may not appear.
 */
async function demoWithConsents(store: Store) {
  const demo = generateDemo();
  const written = await replaceCommunity(store.db, demo.community, demo.batch);
  if (!written.ok) throw new Error('demo');
  await writeSurvey(store.db, demo.community, {
    instrumentId: SURVEY_INSTRUMENT.id,
    instrumentVersion: SURVEY_INSTRUMENT.version,
    source: 'pouls-demo',
    responses: demoSurveyResponses(demo),
    ties: [],
    columns: [],
  });
  const members = (await loadDataset(store.db, written.value.community)).members.filter(
    (m) => !m.staff,
  );
  const declined = members.filter((_, i) => i % 7 === 3);
  const unasked = members.filter((_, i) => i % 7 === 5);
  const eligible = members.filter((m) => !declined.includes(m) && !unasked.includes(m));
  const decide = (memberId: number, use: 'directory' | 'recommendations', granted: boolean) =>
    setConsent(store.db, { memberId, use, granted, decidedOn: '2024-10-01', source: 'survey' });
  for (const m of eligible) await decide(m.id, 'recommendations', true);
  for (const m of declined) await decide(m.id, 'recommendations', false);
  await decide(declined[0]!.id, 'directory', true);
  return { eligible, excluded: [...declined, ...unasked], declined };
}

describe.each(STORE_CASES)('connect on $name', (storeCase) => {
  it('never shows a member who declined or was not asked, in any recommendation or digest', async () => {
    const store = await storeCase.open();
    try {
      const { eligible, excluded, declined } = await demoWithConsents(store);
      const excludedIds = new Set(excluded.map((m) => m.id));
      let peers = 0;
      let answerers = 0;
      // Every sixth member's own recommendations; the digests below cover every eligible member.
      for (const m of eligible.filter((_, i) => i % 6 === 0)) {
        const recs = await recommendForMember(store, { memberId: m.id, asOf: AS_OF, k: 10 });
        const json = JSON.stringify(recs);
        for (const x of excluded) expect(json).not.toContain(x.name);
        for (const r of [...recs.peers, ...recs.answerers])
          expect(excludedIds.has(r.memberId ?? -1)).toBe(false);
        peers += recs.peers.length;
        answerers += recs.answerers.length;
        expect(recs.peers.every((r) => r.reasons.length > 0)).toBe(true);
      }
      expect(peers).toBeGreaterThan(eligible.length / 6);
      expect(answerers).toBeGreaterThan(0);
      await expect(
        recommendForMember(store, { memberId: declined[0]!.id, asOf: AS_OF }),
      ).rejects.toThrow(PoulsError);
      for (const format of ['md', 'html'] as const) {
        const dir = mkdtempSync(join(tmpdir(), 'pouls-digest-'));
        const paths = await writeDigests(store, { asOf: AS_OF, lang: 'fr', format, outDir: dir });
        expect(paths.length).toBeGreaterThan(0);
        expect(readdirSync(dir)).toHaveLength(paths.length);
        for (const x of excluded)
          expect(readdirSync(dir)).not.toContain(`digest-${x.id}.${format}`);
        for (const path of paths) {
          const text = readFileSync(path, 'utf8');
          for (const x of excluded) expect(text).not.toContain(x.name);
        }
      }
      // The directory lists only who granted it: here, one member who declined recommendations.
      expect((await directoryEntries(store)).map((e) => e.memberId)).toEqual([declined[0]!.id]);
    } finally {
      await store.close();
    }
  }, 180_000);

  it('lets a member edit their profile and decisions through their personal link only', async () => {
    const store = await storeCase.open();
    try {
      const demo = generateDemo();
      const written = await replaceCommunity(store.db, demo.community, demo.batch);
      if (!written.ok) throw new Error('demo');
      const member = (await loadDataset(store.db, written.value.community)).members[20]!;
      const link = await createProfileLink(store, {
        memberId: member.id,
        today: '2024-11-15',
        days: 30,
      });
      expect(link).toMatchObject({ name: member.name, expiresOn: '2024-12-15' });
      const own = await profileForToken(store, link.token, '2024-11-16');
      expect(own).toMatchObject({
        memberId: member.id,
        consents: { directory: false, recommendations: false },
      });
      const saved = await saveProfile(
        store,
        link.token,
        {
          profile: {
            expertise: ['Infolettres'],
            interests: ['TikTok', 'billetterie'],
            organization: null,
            region: 'Estrie',
          },
          consents: { directory: true, recommendations: true },
        },
        '2024-11-16',
      );
      expect(saved.ok).toBe(true);
      expect((await profileForToken(store, link.token, '2024-11-17')).consents).toEqual({
        directory: true,
        recommendations: true,
      });
      expect(await directoryEntries(store)).toEqual([
        {
          memberId: member.id,
          name: member.name,
          organization: member.organization,
          region: 'Estrie',
          expertise: ['Infolettres'],
          interests: ['TikTok', 'billetterie'],
        },
      ]);
      const bad = await saveProfile(
        store,
        link.token,
        { profile: { expertise: 'all', interests: [] } },
        '2024-11-16',
      );
      expect(bad.ok).toBe(false);
      await expect(profileForToken(store, 'not-a-token', '2024-11-16')).rejects.toThrow(PoulsError);
      await expect(profileForToken(store, link.token, '2024-12-16')).rejects.toThrow(PoulsError);
      const second = await createProfileLink(store, { memberId: member.id, today: '2024-11-20' });
      await expect(profileForToken(store, link.token, '2024-11-21')).rejects.toThrow(PoulsError);
      expect((await profileForToken(store, second.token, '2024-11-21')).memberId).toBe(member.id);
    } finally {
      await store.close();
    }
  }, 60_000);
});
