import { type Batch, EMPTY_BATCH } from '../../src/model/input.js';
import type { SurveyBatch } from '../../src/model/survey.js';
import {
  createCommunity,
  type Store,
  saveJudgement,
  saveSettings,
  setConsent,
  writeBatch,
  writeSurvey,
} from '../../src/store/index.js';

/** Everything that identifies Alice: none of it may remain after she is erased. */
export const ALICE_TRACES = [
  'Alice Tremblay',
  'alice.tremblay@example.org',
  'alice.t',
  'Théâtre Secret',
  'zorglub',
] as const;

const alice = { email: 'alice.tremblay@example.org' };
const bob = { email: 'bob@example.org', name: 'Bob Gagnon' };

/** A small community where Alice appears in every table, and others mention her. */
export const PRIVACY_BATCH: Batch = {
  ...EMPTY_BATCH,
  members: [
    {
      name: 'Alice Tremblay',
      emails: ['Alice.Tremblay@example.org'],
      handles: [{ source: 'slack', value: 'alice.t' }],
      organization: 'Théâtre Secret',
      role: 'direction',
      region: 'Montréal',
      disciplines: ['théâtre'],
      orgType: 'compagnie',
      joinedAt: '2021-01-10',
      leftAt: null,
      staff: false,
    },
  ],
  events: [
    {
      externalId: 'e1',
      title: 'Atelier avec Alice Tremblay',
      date: '2022-03-01T18:00:00.000Z',
      end: null,
      format: 'virtual',
      kind: 'atelier',
      theme: null,
      organizer: alice,
      registrants: 10,
    },
  ],
  attendance: [
    { event: { externalId: 'e1' }, person: alice, role: 'host' },
    { event: { externalId: 'e1' }, person: bob, role: 'participant' },
  ],
  messages: [
    {
      externalId: '<zorglub-1.alice.tremblay@example.org>',
      author: { handle: { source: 'slack', value: 'alice.t' } },
      channel: 'général',
      timestamp: '2022-03-02T10:00:00.000Z',
      replyTo: null,
      thread: null,
      text: 'Mon secret zorglub : la billetterie.',
      mentions: [],
    },
    {
      externalId: 'b1',
      author: bob,
      channel: 'général',
      timestamp: '2022-03-02T11:00:00.000Z',
      replyTo: '<zorglub-1.alice.tremblay@example.org>',
      thread: '<zorglub-1.alice.tremblay@example.org>',
      text: 'Merci Alice Tremblay ! Écris à alice.tremblay@example.org ou @alice.t',
      mentions: [alice],
    },
  ],
  contributions: [{ author: alice, date: '2022-04-01', kind: 'guide', title: 'Guide zorglub' }],
  ties: [{ source: alice, target: bob, weight: 2, date: '2022-03-01' }],
};

/** Alice's survey answers (an open text among them) and Bob's, which names her. */
export const PRIVACY_SURVEY: SurveyBatch = {
  instrumentId: 'pouls-vitalite',
  instrumentVersion: 1,
  source: 'pouls',
  columns: [],
  ties: [],
  responses: [
    {
      id: 'r1',
      respondent: { email: 'alice.tremblay@example.org', name: 'Alice Tremblay' },
      submittedAt: '2022-05-01T12:00:00.000Z',
      consent: { quotes: true, identified: false },
      answers: { D1: 4, STORY: 'zorglub a changé ma pratique', LEVEL: 'core' },
    },
    {
      id: 'r2',
      respondent: { email: 'bob@example.org' },
      submittedAt: '2022-05-02T12:00:00.000Z',
      consent: { quotes: false, identified: false },
      answers: { D1: 5, NET: [{ name: 'Alice Tremblay', email: 'alice.tremblay@example.org' }] },
    },
  ],
};

/** Writes the fixture into a new community `cppn` and returns its id. */
export async function seedPrivacyCommunity(store: Store): Promise<number> {
  const community = await createCommunity(store.db, { slug: 'cppn', name: 'CPPN', host: null });
  const written = await writeBatch(store.db, community.id, PRIVACY_BATCH, {
    file: 'alice-tremblay.csv',
    kind: 'members',
  });
  if (!written.ok) throw new Error(JSON.stringify(written.issues));
  await writeSurvey(store.db, { slug: 'cppn', name: 'CPPN', host: null }, PRIVACY_SURVEY);
  await saveJudgement(store.db, community.id, {
    findingId: 'constat-C2',
    status: 'noted',
    note: 'Alice Tremblay porte tout le groupe',
    madeOn: '2022-06-01',
  });
  await saveSettings(store.db, community.id, { facts: { champion: 'Alice Tremblay' } });
  const ids = await store.db.selectFrom('members').select(['id', 'name']).orderBy('id').execute();
  for (const row of ids) {
    await setConsent(store.db, {
      memberId: row.id,
      use: 'directory',
      granted: true,
      decidedOn: '2022-01-01',
      source: 'steward',
    });
  }
  return community.id;
}

/** Every row of every table, as text, for a scan. */
export async function dumpAllTables(store: Store): Promise<Record<string, unknown[]>> {
  const tables = await store.db.introspection.getTables();
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows = await store.db
      .selectFrom(table.name as 'members')
      .selectAll()
      .execute();
    dump[table.name] = rows;
  }
  return dump;
}
