import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_CASES } from '../../test/support/stores.js';
import { type Batch, EMPTY_BATCH } from '../model/input.js';
import {
  createCommunity,
  deleteCommunity,
  findCommunityBySlug,
  listCommunities,
  loadDataset,
  type Store,
  writeBatch,
} from './index.js';

const alice = { email: 'alice@example.org' };
const bob = { email: 'bob@example.org' };

const roster: Batch = {
  ...EMPTY_BATCH,
  members: [
    {
      name: 'Alice Tremblay',
      emails: ['Alice@Example.org'],
      handles: [{ source: 'slack', value: 'alice' }],
      organization: 'Théâtre du Nord',
      role: null,
      region: 'Montréal',
      disciplines: ['théâtre', 'danse'],
      orgType: null,
      joinedAt: '2022-01-10',
      leftAt: null,
      staff: false,
    },
  ],
};

const activity: Batch = {
  ...EMPTY_BATCH,
  events: [
    {
      externalId: 'e1',
      title: 'Rencontre de lancement',
      date: '2023-03-01T18:00:00.000Z',
      end: null,
      format: 'virtual',
      kind: 'rencontre',
      theme: null,
      organizer: alice,
      registrants: 12,
    },
  ],
  attendance: [
    { event: { externalId: 'e1' }, person: alice, role: 'host' },
    {
      event: { title: 'rencontre de lancement' },
      person: { name: 'Bob Gagnon', ...bob },
      role: 'participant',
    },
  ],
  messages: [
    {
      externalId: 'm1',
      author: { handle: { source: 'slack', value: 'alice' } },
      channel: 'général',
      timestamp: '2023-03-02T10:00:00.000Z',
      replyTo: null,
      thread: 'm1',
      text: 'Bonjour',
      mentions: [bob],
    },
    {
      externalId: 'm2',
      author: bob,
      channel: 'général',
      timestamp: '2023-03-02T11:00:00.000Z',
      replyTo: 'm1',
      thread: 'm1',
      text: 'Salut',
      mentions: [],
    },
  ],
  contributions: [{ author: bob, date: '2023-04-01', kind: 'guide', title: 'Guide infolettre' }],
  ties: [{ source: alice, target: bob, weight: 2, date: null }],
};

describe.each(STORE_CASES)('store on $name', ({ open }) => {
  let store: Store;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('creates, finds and lists communities', async () => {
    await createCommunity(store.db, { slug: 'cppn', name: 'CPPN', host: null });
    expect((await findCommunityBySlug(store.db, 'cppn'))?.name).toBe('CPPN');
    expect(await findCommunityBySlug(store.db, 'none')).toBeUndefined();
    expect((await listCommunities(store.db)).map((c) => c.slug)).toEqual(['cppn']);
  });

  it('writes a batch and loads it back as one person per member', async () => {
    const community = await createCommunity(store.db, { slug: 'cppn', name: 'CPPN', host: null });
    const first = await writeBatch(store.db, community.id, roster, { file: 'members.csv' });
    expect(first).toMatchObject({ ok: true, value: { members: { added: 1, updated: 0 } } });
    const second = await writeBatch(store.db, community.id, activity, { file: 'activity' });
    expect(second).toMatchObject({
      ok: true,
      value: {
        members: { added: 1 },
        events: { added: 1 },
        attendance: 2,
        messages: 2,
        contributions: 1,
        ties: 1,
      },
    });
    const data = await loadDataset(store.db, community);
    expect(data.members.map((m) => m.name)).toEqual(['Alice Tremblay', 'Bob Gagnon']);
    const [aliceRow, bobRow] = data.members;
    expect(aliceRow?.disciplines).toEqual(['théâtre', 'danse']);
    expect(aliceRow?.identities).toContainEqual({
      kind: 'email',
      source: '',
      value: 'alice@example.org',
    });
    expect(data.events[0]?.organizerId).toBe(aliceRow?.id);
    expect(data.attendance).toHaveLength(2);
    expect(data.messages[0]).toMatchObject({ authorId: aliceRow?.id, mentions: [bobRow?.id] });
    expect(data.messages[1]).toMatchObject({ replyTo: 'm1', thread: 'm1' });
    expect(data.ties).toEqual([
      { sourceId: aliceRow?.id, targetId: bobRow?.id, weight: 2, date: null },
    ]);
  });

  it('is idempotent: the same batch twice changes nothing', async () => {
    const community = await createCommunity(store.db, { slug: 'cppn', name: 'CPPN', host: null });
    await writeBatch(
      store.db,
      community.id,
      { ...activity, members: roster.members },
      { file: 'a' },
    );
    const again = await writeBatch(
      store.db,
      community.id,
      { ...activity, members: roster.members },
      { file: 'a' },
    );
    expect(again).toEqual({
      ok: true,
      value: {
        members: { added: 0, updated: 0 },
        events: { added: 0, updated: 0 },
        attendance: 0,
        messages: 0,
        contributions: 0,
        ties: 0,
      },
    });
  });

  it('writes nothing on a dry run or when a reference is unknown', async () => {
    const community = await createCommunity(store.db, { slug: 'cppn', name: 'CPPN', host: null });
    const dry = await writeBatch(store.db, community.id, activity, { file: 'a', dryRun: true });
    expect(dry).toMatchObject({ ok: true, value: { messages: 2 } });
    const bad: Batch = {
      ...roster,
      attendance: [{ event: { title: 'Inconnu' }, person: bob, role: 'participant' }],
    };
    const failed = await writeBatch(store.db, community.id, bad, { file: 'attendance.csv' });
    expect(failed).toEqual({
      ok: false,
      issues: [{ code: 'unknown_reference', file: 'attendance.csv', params: { value: 'Inconnu' } }],
    });
    const data = await loadDataset(store.db, community);
    expect([data.members.length, data.events.length, data.messages.length]).toEqual([0, 0, 0]);
  });

  it('deletes a community with everything it holds', async () => {
    const community = await createCommunity(store.db, { slug: 'cppn', name: 'CPPN', host: null });
    await writeBatch(store.db, community.id, activity, { file: 'a' });
    await deleteCommunity(store.db, community.id);
    expect(await listCommunities(store.db)).toEqual([]);
    const other = await createCommunity(store.db, { slug: 'cppn', name: 'CPPN', host: null });
    expect((await loadDataset(store.db, other)).members).toEqual([]);
  });
});
