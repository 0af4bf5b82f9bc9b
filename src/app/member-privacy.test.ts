import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ALICE_TRACES,
  dumpAllTables,
  PRIVACY_BATCH,
  PRIVACY_SURVEY,
  seedPrivacyCommunity,
} from '../../test/support/privacy-fixture.js';
import { STORE_CASES, TEST_STORE } from '../../test/support/stores.js';
import { MemberExportSchema } from '../model/member-export.js';
import { PoulsError } from '../model/pouls-error.js';
import {
  createDb,
  listAudit,
  loadDataset,
  loadSurveyResponses,
  type Store,
  saveProfileRow,
  saveProfileToken,
  writeBatch,
  writeSurvey,
} from '../store/index.js';
import { eraseMember, exportMember, setMemberConsent, showMember } from './member-privacy.js';

const who = { actor: 'cli:steward', at: '2024-11-15T10:00:00.000Z' };

function tracesIn(text: string): string[] {
  const lower = text.toLowerCase();
  return ALICE_TRACES.filter((t) => lower.includes(t.toLowerCase()));
}

describe.each(STORE_CASES)('member privacy on $name', ({ open }) => {
  let store: Store;
  beforeEach(async () => {
    store = await open();
    await seedPrivacyCommunity(store);
  });
  afterEach(async () => {
    await store.close();
  });

  it('finds a member by id, email or exact name, and says when a name is ambiguous', async () => {
    const byEmail = await showMember(store, { member: 'ALICE.TREMBLAY@example.org' });
    const byName = await showMember(store, { member: 'Alice Tremblay' });
    const byId = await showMember(store, { member: String(byEmail.record.member.id) });
    expect(byName.record.member.id).toBe(byEmail.record.member.id);
    expect(byId.record.member.name).toBe('Alice Tremblay');
    await store.db.updateTable('members').set({ name: 'Alice Tremblay' }).execute();
    const ambiguous = await showMember(store, { member: 'Alice Tremblay' }).catch((e) => e);
    expect(ambiguous).toBeInstanceOf(PoulsError);
    expect(ambiguous.params.key).toBe('privacy:error.memberAmbiguous');
    const missing = await showMember(store, { member: 'nobody@example.org' }).catch((e) => e);
    expect(missing.params.key).toBe('privacy:error.memberNotFound');
  });

  it('records consent per use, shows it, and audits the change', async () => {
    await setMemberConsent(store, { member: 'Alice Tremblay', use: 'quotes', granted: false }, who);
    const { record } = await showMember(store, { member: 'Alice Tremblay' });
    expect(record.consents).toContainEqual({
      use: 'quotes',
      granted: false,
      decidedOn: '2024-11-15',
      source: 'steward',
    });
    const [entry] = await listAudit(store.db);
    expect(entry).toMatchObject({ actor: 'cli:steward', action: 'change' });
    expect(JSON.stringify(entry)).not.toContain('Alice');
  });

  it('propagates survey consent to a known member, and exports everything about her', async () => {
    const exported = await exportMember(store, { member: 'alice.tremblay@example.org' }, who);
    expect(MemberExportSchema.parse(exported)).toEqual(exported);
    expect(exported.member).toMatchObject({
      name: 'Alice Tremblay',
      organization: 'Théâtre Secret',
    });
    expect(exported.identities.map((i) => i.value)).toContain('alice.t');
    expect(exported.consents.map((c) => [c.use, c.granted, c.source])).toEqual([
      ['directory', true, 'steward'],
      ['identified_survey', false, 'survey'],
      ['quotes', true, 'survey'],
    ]);
    expect(exported.messages.map((m) => m.text)).toEqual(['Mon secret zorglub : la billetterie.']);
    expect(exported.mentionedIn).toHaveLength(1);
    expect(exported.attendance).toHaveLength(1);
    expect(exported.eventsOrganised).toHaveLength(1);
    expect(exported.contributions[0]?.title).toBe('Guide zorglub');
    expect(exported.ties).toEqual([
      { otherId: expect.any(Number), direction: 'from', weight: 2, date: '2022-03-01' },
    ]);
    expect(exported.surveyResponses[0]?.answers.STORY).toBe('zorglub a changé ma pratique');
    expect(exported.findingNotes.map((n) => n.findingId)).toEqual(['constat-C2']);
    expect(exported.audit.map((a) => a.action)).toEqual(['export']);
    expect(JSON.stringify(exported)).not.toContain('Bob Gagnon');
  });

  it('erases her everywhere, keeps the aggregates, and audits it without her name', async () => {
    const community = (await store.db.selectFrom('communities').selectAll().execute())[0]!;
    const before = await loadDataset(store.db, community);
    const alice = (await showMember(store, { member: 'Alice Tremblay' })).record.member.id;
    await saveProfileRow(store.db, {
      memberId: alice,
      expertise: ['marionnettes géantes'],
      interests: ['infolettres'],
      organization: 'Théâtre du Nord',
      region: 'Montréal',
      updatedOn: '2024-11-01',
    });
    await saveProfileToken(store.db, {
      hash: 'f'.repeat(64),
      memberId: alice,
      createdOn: '2024-11-01',
      expiresOn: '2025-11-01',
    });
    const { memberId, summary } = await eraseMember(store, { member: 'Alice Tremblay' }, who);
    // Her directory profile and personal links are her own words: gone, not anonymised.
    expect(await store.db.selectFrom('profiles').selectAll().execute()).toEqual([]);
    expect(await store.db.selectFrom('profile_tokens').selectAll().execute()).toEqual([]);
    expect(summary).toMatchObject({
      members: 1,
      messages: 1,
      contributions: 1,
      surveyResponses: 1,
    });
    const dump = JSON.stringify(await dumpAllTables(store));
    expect(tracesIn(dump)).toEqual([]);
    const after = await loadDataset(store.db, community);
    expect(after.members).toHaveLength(before.members.length);
    expect(after.messages).toHaveLength(before.messages.length);
    expect(after.attendance).toEqual(before.attendance);
    expect(after.ties).toEqual(before.ties);
    const reply = after.messages.find((m) => m.authorId !== memberId)!;
    expect(reply.text).toBe('Merci […] ! Écris à […] ou @[…]');
    const erasedMessage = after.messages.find((m) => m.authorId === memberId)!;
    expect(reply.replyTo).toBe(erasedMessage.externalId);
    expect(reply.mentions).toEqual([memberId]);
    const [entry] = await listAudit(store.db);
    expect(entry).toMatchObject({ action: 'erase', target: `member:${memberId}` });
    const shown = await showMember(store, { member: String(memberId) });
    expect(shown.record.member).toMatchObject({ name: `#${memberId}`, erasedOn: '2024-11-15' });
    expect(shown.record.identities).toEqual([]);
    expect(shown.record.surveyResponses[0]?.answers).toEqual({ D1: 4, LEVEL: 'core' });
  });

  it('keeps her out of a later import of the same files: no trace, nothing counted twice', async () => {
    const community = (await store.db.selectFrom('communities').selectAll().execute())[0]!;
    const { memberId } = await eraseMember(store, { member: 'Alice Tremblay' }, who);
    const erased = await loadDataset(store.db, community);
    const again = await writeBatch(store.db, community.id, PRIVACY_BATCH, { file: 'again.csv' });
    // Her roster row, her message and her contribution; then her survey response.
    expect(again).toMatchObject({ ok: true, value: { erased: 3, messages: 0 } });
    const survey = await writeSurvey(
      store.db,
      { slug: 'cppn', name: 'CPPN', host: null },
      PRIVACY_SURVEY,
    );
    expect(survey).toMatchObject({ ok: true, value: { erased: 1 } });
    const dump = JSON.stringify(await dumpAllTables(store));
    expect(tracesIn(dump)).toEqual([]);
    const after = await loadDataset(store.db, community);
    expect(after.members).toEqual(erased.members);
    expect(after.messages).toHaveLength(erased.messages.length);
    expect(after.contributions).toHaveLength(erased.contributions.length);
    expect(after.attendance).toEqual(erased.attendance);
    expect(after.ties).toEqual(erased.ties);
    const responses = await store.db.selectFrom('survey_responses').selectAll().execute();
    expect(responses.filter((r) => r.member_id === memberId)).toHaveLength(1);
    expect(responses).toHaveLength((await loadSurveyResponses(store.db, community.id)).length);
  });
});

describe.skipIf(TEST_STORE === 'postgres')('erasure on a SQLite file', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pouls-erase-'));
    path = join(dir, 'pouls.db');
  });

  it('leaves no byte of her data in the database file or its write-ahead log', async () => {
    const store = await createDb({ kind: 'sqlite', path });
    await seedPrivacyCommunity(store);
    await exportMember(store, { member: 'Alice Tremblay' }, who);
    const raw = () =>
      [path, `${path}-wal`]
        .filter(existsSync)
        .map((p) => readFileSync(p).toString('latin1') + readFileSync(p).toString('utf8'))
        .join('');
    expect(tracesIn(raw()).length).toBeGreaterThan(0);
    await eraseMember(store, { member: 'Alice Tremblay' }, who);
    expect(tracesIn(raw())).toEqual([]);
    await store.close();
    expect(tracesIn(raw())).toEqual([]);
  });
});
