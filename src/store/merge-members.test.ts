import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_CASES } from '../../test/support/stores.js';
import { type Batch, EMPTY_BATCH } from '../model/input.js';
import {
  createCommunity,
  loadDataset,
  mergeMembers,
  type Store,
  splitMember,
  writeBatch,
} from './index.js';

const jf = { email: 'jf.tremblay@theatre.ca', name: 'Jean-François Tremblay' };
const initials = { email: 'jft@gmail.com', name: 'J.-F. Tremblay' };
const other = { email: 'alice@ex.org', name: 'Alice Roy' };

const batch: Batch = {
  ...EMPTY_BATCH,
  events: [
    {
      externalId: 'e1',
      title: 'Atelier',
      date: '2024-01-10',
      end: null,
      format: null,
      kind: null,
      theme: null,
      organizer: initials,
      registrants: null,
    },
  ],
  attendance: [
    { event: { externalId: 'e1' }, person: jf, role: 'participant' },
    { event: { externalId: 'e1' }, person: initials, role: 'host' },
    { event: { externalId: 'e1' }, person: other, role: 'participant' },
  ],
  messages: [
    {
      externalId: 'm1',
      author: initials,
      channel: 'g',
      timestamp: '2024-01-11T10:00:00.000Z',
      replyTo: null,
      thread: 'm1',
      text: 'Bonjour',
      mentions: [jf, other],
    },
  ],
  ties: [{ source: other, target: initials, weight: 1, date: null }],
};

describe.each(STORE_CASES)('merge and split on $name', ({ open }) => {
  let store: Store;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('merges two identities of one person and splits them back exactly', async () => {
    const community = await createCommunity(store.db, { slug: 'c', name: 'C', host: null });
    await writeBatch(store.db, community.id, batch, { file: 'a' });
    const before = await loadDataset(store.db, community);
    const keep = before.members.find((m) => m.name === jf.name)!.id;
    const merged = before.members.find((m) => m.name === initials.name)!.id;

    expect((await mergeMembers(store.db, community.id, keep, merged)).ok).toBe(true);
    const after = await loadDataset(store.db, community);
    expect(after.members.map((m) => m.name)).toEqual([jf.name, other.name]);
    expect(after.attendance.filter((a) => a.memberId === keep)).toHaveLength(1);
    expect(after.messages[0]).toMatchObject({
      authorId: keep,
      mentions: [keep, after.members[1]!.id],
    });
    expect(after.events[0]?.organizerId).toBe(keep);
    expect(after.ties[0]?.targetId).toBe(keep);
    expect(after.members[0]!.identities.map((i) => i.value)).toContain('jft@gmail.com');

    expect(await splitMember(store.db, community.id, merged)).toEqual({
      ok: true,
      value: { keptId: keep, restoredId: merged },
    });
    expect(await loadDataset(store.db, community)).toEqual(before);
  });

  it('refuses to merge a member with itself or an unknown member', async () => {
    const community = await createCommunity(store.db, { slug: 'c', name: 'C', host: null });
    await writeBatch(store.db, community.id, batch, { file: 'a' });
    const [first] = (await loadDataset(store.db, community)).members;
    expect((await mergeMembers(store.db, community.id, first!.id, first!.id)).ok).toBe(false);
    expect((await mergeMembers(store.db, community.id, first!.id, 9999)).ok).toBe(false);
    expect((await splitMember(store.db, community.id, first!.id)).ok).toBe(false);
  });
});
